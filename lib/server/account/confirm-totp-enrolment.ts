import "server-only";
import { eq } from "drizzle-orm";
import { recoveryCodes, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZTotpCodeInput, type TTotpCodeInput } from "@/lib/schemas/users";
import { writeAudit } from "@/lib/server/audit";
import { hashRecoveryCode, newRecoveryCodes, verifyTotp } from "@/lib/server/auth/totp";

/** Turns on two-factor authentication once a code from the app matches; returns recovery codes, shown once. */
export async function confirmTotpEnrolment(opts: { actor: Actor | null; input: TTotpCodeInput }): Promise<{ recoveryCodes: string[] }> {
  const { actor } = opts;
  if (!actor) throw new AppError("UNAUTHORIZED");
  const { code } = parseInput(ZTotpCodeInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId));
    if (!user?.totpSecret) throw new AppError("INVALID_STATE_TRANSITION", "Start the set-up again.");
    if (user.totpEnabledAt) throw new AppError("INVALID_STATE_TRANSITION", "Two-factor authentication is already set up.");
    if (!verifyTotp(user.totpSecret, code)) throw new AppError("VALIDATION", undefined, { code: ["validation.totpWrong"] });
    const codes = newRecoveryCodes();
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId: actor.userId, codeHash: hashRecoveryCode(c) })));
    await tx.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, actor.userId));
    await writeAudit(tx, { actor, action: "auth.totp_enabled", targetType: "user", targetId: actor.userId, memberStateId: actor.memberStateId });
    return { recoveryCodes: codes };
  });
}

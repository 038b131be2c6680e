import "server-only";
import { eq } from "drizzle-orm";
import { recoveryCodes, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isSecretariatRole } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { isTwoFactorRequiredForSecretariat } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZTotpCodeInput, type TTotpCodeInput } from "@/lib/schemas/users";
import { writeAudit } from "@/lib/server/audit";
import { verifyTotp } from "@/lib/server/auth/totp";

/** Turns two-factor authentication off (a current code is required); refused where the role requires it. */
export async function disableTotp(opts: { actor: Actor | null; input: TTotpCodeInput }): Promise<void> {
  const { actor } = opts;
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (isSecretariatRole(actor.role) && isTwoFactorRequiredForSecretariat()) {
    throw new AppError("FORBIDDEN", "Your role requires two-factor authentication.");
  }
  const { code } = parseInput(ZTotpCodeInput, opts.input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId));
    if (!user?.totpSecret || !user.totpEnabledAt) throw new AppError("INVALID_STATE_TRANSITION", "Two-factor authentication is not set up.");
    if (!verifyTotp(user.totpSecret, code)) throw new AppError("VALIDATION", undefined, { code: ["validation.totpWrong"] });
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, actor.userId));
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null }).where(eq(users.id, actor.userId));
    await writeAudit(tx, { actor, action: "auth.totp_disabled", targetType: "user", targetId: actor.userId, memberStateId: actor.memberStateId });
  });
}

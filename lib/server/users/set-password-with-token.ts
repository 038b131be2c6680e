import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZSetPasswordWithTokenInput, type TSetPasswordWithTokenInput } from "@/lib/schemas/users";
import { writeAudit } from "@/lib/server/audit";
import { checkPassword, hashPassword } from "@/lib/server/passwords";
import { consumeToken, type TokenPurpose } from "@/lib/server/tokens";

const INVALID_LINK = "This link is invalid, has expired or has already been used.";

/**
 * Accepts an invitation or completes a password reset: checks the password against the policy,
 * uses the token (once), sets the password and ends every other session of the user.
 */
export async function setPasswordWithToken(opts: {
  input: TSetPasswordWithTokenInput;
  purpose: TokenPurpose;
}): Promise<{ email: string }> {
  const input = parseInput(ZSetPasswordWithTokenInput, opts.input);
  const db = await getDb();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const used = await consumeToken(tx, { token: input.token, purpose: opts.purpose });
    if (!used) throw new AppError("NOT_FOUND", INVALID_LINK);
    const [user] = await tx.select().from(users).where(eq(users.id, used.userId));
    if (!user || user.disabled) throw new AppError("NOT_FOUND", INVALID_LINK);
    const problem = checkPassword(input.password, user.email);
    if (problem) throw new AppError("VALIDATION", undefined, { password: [problem] });
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await writeAudit(tx, {
      actor: { userId: user.id, email: user.email },
      action: opts.purpose === "INVITATION" ? "user.invitation_accepted" : "user.password_reset",
      targetType: "user",
      targetId: user.id,
      memberStateId: user.memberStateId,
    });
    return { email: user.email };
  });
}

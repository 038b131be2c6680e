import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZUserIdInput } from "@/lib/schemas/users";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getUser } from "./get-user";

/**
 * Disables or re-enables an account. Disabling bumps the session version, so the user's open
 * sessions fail on their next request. An admin cannot disable their own account.
 */
export async function setUserDisabled(opts: {
  actor: Actor | null;
  input: { userId: string };
  disabled: boolean;
}): Promise<void> {
  const { actor } = opts;
  assertCan(actor, "user:manage:any");
  const { userId } = parseInput(ZUserIdInput, opts.input);
  if (userId === actor.userId && opts.disabled) {
    throw new AppError("VALIDATION", "You cannot disable your own account.", { userId: ["validation.notSelf"] });
  }
  const db = await getDb();
  await db.transaction(async (tx) => {
    const user = await getUser({ actor, userId, tx });
    if (user.disabled === opts.disabled) return;
    await tx
      .update(users)
      .set({ disabled: opts.disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await writeAudit(tx, {
      actor,
      action: opts.disabled ? "user.disabled" : "user.enabled",
      targetType: "user",
      targetId: userId,
      memberStateId: user.memberStateId,
      details: { email: user.email },
    });
  });
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { memberStates, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZChangeUserRoleInput, type TChangeUserRoleInput } from "@/lib/schemas/users";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getUser } from "./get-user";

/** Changes a user's role (and Member State). The user's sessions pick up the new role on their next request. */
export async function changeUserRole(opts: { actor: Actor | null; input: TChangeUserRoleInput }): Promise<void> {
  const { actor } = opts;
  assertCan(actor, "user:manage:any");
  const input = parseInput(ZChangeUserRoleInput, opts.input);
  if (input.userId === actor.userId) {
    throw new AppError("VALIDATION", "You cannot change your own role.", { role: ["validation.notSelf"] });
  }
  const memberStateId = input.memberStateId ?? null;
  const db = await getDb();
  await db.transaction(async (tx) => {
    const user = await getUser({ actor, userId: input.userId, tx });
    if (memberStateId) {
      const [state] = await tx.select({ id: memberStates.id }).from(memberStates).where(eq(memberStates.id, memberStateId));
      if (!state) throw new AppError("VALIDATION", undefined, { memberStateId: ["validation.memberState"] });
    }
    if (user.role === input.role && user.memberStateId === memberStateId) return;
    await tx
      .update(users)
      .set({ role: input.role, memberStateId, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
      .where(eq(users.id, input.userId));
    await writeAudit(tx, {
      actor,
      action: "user.role_changed",
      targetType: "user",
      targetId: input.userId,
      memberStateId: memberStateId ?? user.memberStateId,
      details: { from: user.role, to: input.role, fromState: user.memberStateId, toState: memberStateId },
    });
  });
}

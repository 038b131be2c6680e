import "server-only";
import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";
import { userScope } from "@/lib/server/scopes";
import { selectUserRows, toUserSummary, type UserSummary } from "./user-summary";
import { can } from "@/lib/auth/permissions";

/**
 * One user the actor may see, or NOT_FOUND, whether the id does not exist or belongs to another
 * Member State: the two cases are indistinguishable to the caller.
 */
export async function getUser(opts: { actor: Actor | null; userId: string; tx?: DbOrTx }): Promise<UserSummary> {
  const { actor } = opts;
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (can(actor.role, "user:list:any")) assertCan(actor, "user:list:any");
  else assertCan(actor, "user:list:own-state");
  if (!/^[0-9a-f-]{36}$/i.test(opts.userId)) throw new AppError("NOT_FOUND");
  const db = opts.tx ?? (await getDb());
  const [row] = await selectUserRows(db).where(and(eq(users.id, opts.userId), userScope(actor)));
  if (!row) throw new AppError("NOT_FOUND");
  return toUserSummary(row);
}

import "server-only";
import { and, asc, eq, ilike, or, type SQL } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZFindUsersInput, type TFindUsersInput } from "@/lib/schemas/users";
import { assertCan } from "@/lib/server/authorize";
import { userScope } from "@/lib/server/scopes";
import { selectUserRows, toUserSummary, type UserSummary } from "./user-summary";

/** Users the actor may see, filtered by role, Member State and a name/e-mail search. */
export async function findUsers(opts: { actor: Actor | null; input?: TFindUsersInput }): Promise<UserSummary[]> {
  const { actor } = opts;
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (!can(actor.role, "user:list:any")) assertCan(actor, "user:list:own-state");
  else assertCan(actor, "user:list:any");
  const input = parseInput(ZFindUsersInput, opts.input ?? {});
  const conditions: SQL[] = [userScope(actor)];
  if (input.role) conditions.push(eq(users.role, input.role));
  if (input.memberStateId) conditions.push(eq(users.memberStateId, input.memberStateId));
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.name, pattern), ilike(users.email, pattern));
    if (match) conditions.push(match);
  }
  const db = await getDb();
  const rows = await selectUserRows(db)
    .where(and(...conditions))
    .orderBy(asc(users.name), asc(users.email))
    .limit(1000);
  return rows.map(toUserSummary);
}

import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";

/** A condition that matches no row: what every scope returns when it does not recognise the actor. */
const NOTHING: SQL = sql`false`;

/**
 * Which user rows the actor may see. Admins see all; a focal point sees the users of their own
 * Member State; everyone else sees none. Used inside the `where` of every user query.
 */
export function userScope(actor: Actor): SQL {
  if (can(actor.role, "user:list:any")) return sql`true`;
  if (can(actor.role, "user:list:own-state") && actor.memberStateId) {
    return eq(users.memberStateId, actor.memberStateId);
  }
  return NOTHING;
}

/**
 * Which submissions the actor may see: a State user only their own State's; the secretariat all;
 * anyone else none.
 */
export function submissionScope(actor: Actor): SQL {
  if (can(actor.role, "area:state") && actor.memberStateId) return eq(submissions.memberStateId, actor.memberStateId);
  if (can(actor.role, "area:secretariat")) return sql`true`;
  return NOTHING;
}

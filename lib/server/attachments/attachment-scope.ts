import "server-only";
import { eq, sql, type SQL } from "drizzle-orm";
import { submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";

/**
 * Which submissions' attachments the actor may read: the secretariat (submission:read:any) all, a
 * State user only their own State's; anyone else is FORBIDDEN. Used inside the query's `where`.
 */
export function attachmentReadScope(actor: Actor | null): SQL {
  if (actor && can(actor.role, "submission:read:any")) {
    assertCan(actor, "submission:read:any");
    return sql`true`;
  }
  assertCan(actor, "area:state");
  if (!actor.memberStateId) throw new AppError("NOT_FOUND");
  return eq(submissions.memberStateId, actor.memberStateId);
}

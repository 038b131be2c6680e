import "server-only";
import { eq } from "drizzle-orm";
import { memberStates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";

/** The Member State of a State user (their workspace). */
export async function getOwnMemberState(opts: { actor: Actor | null }): Promise<typeof memberStates.$inferSelect> {
  const { actor } = opts;
  assertCan(actor, "area:state");
  if (!actor.memberStateId) throw new AppError("NOT_FOUND");
  const db = await getDb();
  const [state] = await db.select().from(memberStates).where(eq(memberStates.id, actor.memberStateId));
  if (!state) throw new AppError("NOT_FOUND");
  return state;
}

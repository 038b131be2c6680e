import "server-only";
import { asc } from "drizzle-orm";
import { memberStates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Names of all States in United Nations order (public reference data, for lists of States in answers). */
export async function findMemberStateNames(opts: { actor: Actor | null }): Promise<{ id: string; name: string }[]> {
  if (!opts.actor) throw new AppError("UNAUTHORIZED");
  const db = await getDb();
  return db.select({ id: memberStates.id, name: memberStates.name }).from(memberStates).orderBy(asc(memberStates.sortOrder));
}

import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberStates } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";

export type MemberState = typeof memberStates.$inferSelect;
export type RegionalGroup = NonNullable<MemberState["regionalGroup"]>;

/** Member States and observer States in United Nations order, optionally of one regional group. */
export async function findMemberStates(opts: { actor: Actor | null; regionalGroup?: RegionalGroup }): Promise<MemberState[]> {
  assertCan(opts.actor, "member-state:list");
  const db = await getDb();
  const query = db.select().from(memberStates);
  const filtered = opts.regionalGroup ? query.where(eq(memberStates.regionalGroup, opts.regionalGroup)) : query;
  return filtered.orderBy(asc(memberStates.sortOrder));
}

import "server-only";
import { desc, sql } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";

/** The cycle the secretariat's dashboard shows by default: the newest open one, else the newest; null when there is none. */
export async function findCurrentCycleSlug(opts: { actor: Actor | null }): Promise<string | null> {
  assertCan(opts.actor, "area:secretariat");
  const db = await getDb();
  const [row] = await db
    .select({ slug: reportingCycles.slug })
    .from(reportingCycles)
    .orderBy(sql`(${reportingCycles.status} = 'OPEN') desc`, desc(reportingCycles.opensOn), desc(reportingCycles.createdAt))
    .limit(1);
  return row?.slug ?? null;
}

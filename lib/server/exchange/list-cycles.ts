import "server-only";
import { desc } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";

/** Every reporting cycle (slug, title, status), newest first: the command line's `cycles`. */
export async function listCycles(opts: { actor: Actor | null }): Promise<{ slug: string; title: string; status: string }[]> {
  assertCan(opts.actor, "area:secretariat");
  const db = await getDb();
  return db
    .select({ slug: reportingCycles.slug, title: reportingCycles.title, status: reportingCycles.status })
    .from(reportingCycles)
    .orderBy(desc(reportingCycles.opensOn), desc(reportingCycles.createdAt));
}

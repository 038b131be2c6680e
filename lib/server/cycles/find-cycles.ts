import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { reportingCycles, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";

export interface CycleListItem {
  slug: string;
  title: string;
  organ: "SC" | "GA";
  status: "DRAFT" | "OPEN" | "CLOSED";
  opensOn: string;
  deadline: string;
  reportSymbol: string | null;
  /** Replies submitted and awaiting review (status SUBMITTED). */
  submitted: number;
  accepted: number;
}

/** Every reporting cycle for the secretariat, newest first, with its counts of submitted and accepted replies (one query). */
export async function findCycles(opts: { actor: Actor | null }): Promise<CycleListItem[]> {
  assertCan(opts.actor, "area:secretariat");
  const db = await getDb();
  return db
    .select({
      slug: reportingCycles.slug,
      title: reportingCycles.title,
      organ: reportingCycles.organ,
      status: reportingCycles.status,
      opensOn: reportingCycles.opensOn,
      deadline: reportingCycles.deadline,
      reportSymbol: reportingCycles.reportSymbol,
      submitted: sql<number>`cast(count(${submissions.id}) filter (where ${submissions.status} = 'SUBMITTED') as int)`,
      accepted: sql<number>`cast(count(${submissions.id}) filter (where ${submissions.status} = 'ACCEPTED') as int)`,
    })
    .from(reportingCycles)
    .leftJoin(submissions, eq(submissions.cycleId, reportingCycles.id))
    .groupBy(reportingCycles.id)
    .orderBy(desc(reportingCycles.opensOn), desc(reportingCycles.createdAt));
}

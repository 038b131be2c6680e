import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { reportingCycles, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";

/** The cycles a State sees (open and closed, newest first), with the State's submission status in each. */
export async function findCyclesForState(opts: { actor: Actor | null }) {
  const { actor } = opts;
  assertCan(actor, "area:state");
  if (!actor.memberStateId) throw new AppError("NOT_FOUND");
  const db = await getDb();
  return db
    .select({
      slug: reportingCycles.slug,
      title: reportingCycles.title,
      organ: reportingCycles.organ,
      status: reportingCycles.status,
      deadline: reportingCycles.deadline,
      periodFrom: reportingCycles.periodFrom,
      periodTo: reportingCycles.periodTo,
      submissionStatus: submissions.status,
      lastEditedAt: submissions.lastEditedAt,
    })
    .from(reportingCycles)
    .leftJoin(submissions, and(eq(submissions.cycleId, reportingCycles.id), eq(submissions.memberStateId, actor.memberStateId)))
    .where(ne(reportingCycles.status, "DRAFT"))
    .orderBy(desc(reportingCycles.opensOn));
}

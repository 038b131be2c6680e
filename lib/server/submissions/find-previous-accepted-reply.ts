import "server-only";
import { and, desc, eq, ne } from "drizzle-orm";
import { reportingCycles, submissionSnapshots, submissions } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import type { AnswerMap } from "@/lib/submission/diff";

/**
 * A State's accepted reply in the most recent cycle other than `exceptCycleId` — its newest
 * submitted version, which is the accepted one since an accepted reply takes no new version — or
 * null: what carry forward copies and what the review shows beside each answer.
 */
export async function findPreviousAcceptedReply(tx: DbOrTx, opts: { memberStateId: string; exceptCycleId: string }): Promise<{ cycleTitle: string; answers: AnswerMap } | null> {
  const [previous] = await tx
    .select({ answers: submissionSnapshots.answers, cycleTitle: reportingCycles.title })
    .from(submissionSnapshots)
    .innerJoin(submissions, eq(submissions.id, submissionSnapshots.submissionId))
    .innerJoin(reportingCycles, eq(reportingCycles.id, submissions.cycleId))
    .where(
      and(
        eq(submissions.memberStateId, opts.memberStateId),
        eq(submissions.status, "ACCEPTED"),
        ne(submissions.cycleId, opts.exceptCycleId),
      ),
    )
    .orderBy(desc(reportingCycles.periodTo), desc(submissionSnapshots.version))
    .limit(1);
  return previous ?? null;
}

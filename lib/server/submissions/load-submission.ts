import "server-only";
import { and, eq } from "drizzle-orm";
import { reportingCycles, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { submissionScope } from "@/lib/server/scopes";
import { transition, type SubmissionStatus } from "@/lib/submission/status-machine";

/**
 * A submission the actor may see, with its cycle, optionally locked for update; NOT_FOUND for an
 * unknown id or another State's submission alike.
 */
export async function loadSubmission(tx: DbOrTx, opts: { actor: Actor; submissionId: string; forUpdate?: boolean }) {
  const query = tx
    .select({ submission: submissions, cycle: reportingCycles })
    .from(submissions)
    .innerJoin(reportingCycles, eq(reportingCycles.id, submissions.cycleId))
    .where(and(eq(submissions.id, opts.submissionId), submissionScope(opts.actor)));
  const [row] = opts.forUpdate ? await query.for("update", { of: submissions }) : await query;
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

/**
 * States may change a submission only while the status machine allows EDIT (a draft or a returned
 * reply), in an open cycle.
 */
export function assertEditable(row: { submission: { status: SubmissionStatus }; cycle: { status: string } }): void {
  if (row.cycle.status !== "OPEN") throw new AppError("CYCLE_CLOSED");
  transition(row.submission.status, "EDIT");
}

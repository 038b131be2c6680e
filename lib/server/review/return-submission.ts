import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { reviewComments, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZReviewDecisionInput, type TReviewDecisionInput } from "@/lib/schemas/review";
import { getAppUrl } from "@/lib/server/app-url";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { queueMail } from "@/lib/server/mail/queue-mail";
import { loadSubmission } from "@/lib/server/submissions/load-submission";
import { findActiveFocalPoints } from "@/lib/server/users/find-active-focal-points";
import { transition } from "@/lib/submission/status-machine";
import { returnedMail } from "./review-mail";
import { findMemberStateName } from "@/lib/server/member-states/find-member-state-name";

/**
 * Returns a submitted reply to the State for clarification. Needs at least one comment for the
 * State written since the last return; those comments become visible to the State now, the reply
 * becomes editable again (RETURNED), and the State's focal points are e-mailed.
 */
export async function returnSubmission(opts: { actor: Actor | null; input: TReviewDecisionInput }): Promise<{ sharedComments: number; notified: number }> {
  const { actor } = opts;
  assertCan(actor, "submission:review");
  const input = parseInput(ZReviewDecisionInput, opts.input);
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    const status = transition(row.submission.status, "RETURN");
    if (row.submission.submittedVersion !== input.version) throw new AppError("CONFLICT", "The State has submitted a newer version; reload the page.");
    const now = new Date();
    const shared = await tx
      .update(reviewComments)
      .set({ sharedAt: now })
      .where(and(eq(reviewComments.submissionId, row.submission.id), eq(reviewComments.internal, false), isNull(reviewComments.sharedAt)))
      .returning({ questionId: reviewComments.questionId });
    if (shared.length === 0) throw new AppError("VALIDATION", "Add at least one comment for the State before returning the reply.", { comments: ["validation.commentNeeded"] });
    await tx.update(submissions).set({ status, returnedAt: now }).where(eq(submissions.id, row.submission.id));

    const focalPoints = await findActiveFocalPoints(tx, row.submission.memberStateId);
    const stateName = await findMemberStateName(tx, row.submission.memberStateId);
    const questions = [...new Set(shared.map((c) => c.questionId))].sort();
    const messageIds: string[] = [];
    for (const fp of focalPoints) {
      messageIds.push(
        await queueMail(
          tx,
          returnedMail({
            to: fp.email,
            name: fp.name,
            locale: fp.locale,
            stateName,
            cycleTitle: row.cycle.title,
            deadline: row.cycle.deadline,
            comments: shared.length,
            questions,
            url: `${getAppUrl()}/workspace/${encodeURIComponent(row.cycle.slug)}`,
          }),
        ),
      );
    }
    await writeAudit(tx, {
      actor,
      action: "submission.returned",
      targetType: "submission",
      targetId: row.submission.id,
      memberStateId: row.submission.memberStateId,
      details: { version: row.submission.submittedVersion, from: row.submission.status, to: status, comments: shared.length, questions, notified: focalPoints.length },
    });
    return { sharedComments: shared.length, notified: focalPoints.length, messageIds };
  });
  if (result.messageIds.length) await deliverOutbox({ messageIds: result.messageIds });
  return { sharedComments: result.sharedComments, notified: result.notified };
}

import "server-only";
import { and, eq } from "drizzle-orm";
import { reviewComments } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZAddCommentInput, type TAddCommentInput } from "@/lib/schemas/review";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { loadSubmission } from "@/lib/server/submissions/load-submission";

/**
 * A comment on one question of a reply.
 * - A reviewer's comment starts or continues a thread; unless it is an internal note, the State sees
 *   it when the reply is returned (at once if the reply is returned already). Internal notes never
 *   reach the State.
 * - A State user (focal point or contributor) may answer a thread the State can see, while the reply
 *   is returned to them; the answer is visible to the secretariat at once.
 */
export async function addComment(opts: { actor: Actor | null; input: TAddCommentInput }): Promise<{ id: string; shared: boolean }> {
  const { actor } = opts;
  const input = parseInput(ZAddCommentInput, opts.input);
  const isReviewer = !!actor && can(actor.role, "submission:review");
  if (!isReviewer) assertCan(actor, "submission:edit:own-state");
  if (!actor) throw new AppError("UNAUTHORIZED");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    const definition = await getQuestionnaireDefinition(tx, row.cycle.questionnaireVersionId);
    if (!definition.sections.some((s) => s.questions.some((q) => q.id === input.questionId))) {
      throw new AppError("VALIDATION", undefined, { questionId: ["validation.unknownQuestion"] });
    }
    if (input.parentId) {
      const [parent] = await tx
        .select({ internal: reviewComments.internal, sharedAt: reviewComments.sharedAt })
        .from(reviewComments)
        .where(and(eq(reviewComments.id, input.parentId), eq(reviewComments.submissionId, row.submission.id), eq(reviewComments.questionId, input.questionId)));
      // A State user cannot answer (or learn of) a thread it cannot see.
      if (!parent || (!isReviewer && (parent.internal || !parent.sharedAt))) throw new AppError("NOT_FOUND");
      if (isReviewer && input.internal !== parent.internal) {
        throw new AppError("VALIDATION", undefined, { internal: ["validation.commentThreadKind"] });
      }
    }
    if (!isReviewer) {
      if (row.cycle.status !== "OPEN") throw new AppError("CYCLE_CLOSED");
      if (row.submission.status !== "RETURNED") throw new AppError("INVALID_STATE_TRANSITION", "You can answer comments while your reply is returned for clarification.");
      if (!input.parentId) throw new AppError("VALIDATION", undefined, { parentId: ["validation.commentThreadRequired"] });
      if (input.internal) throw new AppError("FORBIDDEN");
    }
    const now = new Date();
    const shared = !input.internal && (!isReviewer || row.submission.status === "RETURNED");
    const [comment] = await tx
      .insert(reviewComments)
      .values({
        submissionId: row.submission.id,
        questionId: input.questionId,
        parentId: input.parentId ?? null,
        authorId: actor.userId,
        body: input.body,
        internal: input.internal,
        submissionVersion: row.submission.submittedVersion,
        sharedAt: shared ? now : null,
        createdAt: now,
      })
      .returning({ id: reviewComments.id });
    await writeAudit(tx, {
      actor,
      action: input.internal ? "review.internal_note_added" : "review.comment_added",
      targetType: "submission",
      targetId: row.submission.id,
      memberStateId: row.submission.memberStateId,
      details: { questionId: input.questionId, commentId: comment!.id, reply: !!input.parentId },
    });
    return { id: comment!.id, shared };
  });
}

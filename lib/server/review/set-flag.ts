import "server-only";
import { and, eq } from "drizzle-orm";
import { answerFlags } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZSetFlagInput, type TSetFlagInput } from "@/lib/schemas/review";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { loadSubmission } from "@/lib/server/submissions/load-submission";
import { acceptsGoodPracticeFlag } from "@/lib/submission/flags";

/**
 * Sets or clears a reviewer's flag on one answer: "needs clarification" on any question, "good
 * practice" on a question with a free-text or good-practice nomination field.
 */
export async function setFlag(opts: { actor: Actor | null; input: TSetFlagInput }): Promise<{ on: boolean }> {
  const { actor } = opts;
  assertCan(actor, "submission:review");
  const input = parseInput(ZSetFlagInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    const definition = await getQuestionnaireDefinition(tx, row.cycle.questionnaireVersionId);
    const question = definition.sections.flatMap((s) => s.questions).find((q) => q.id === input.questionId);
    if (!question) throw new AppError("VALIDATION", undefined, { questionId: ["validation.unknownQuestion"] });
    if (input.kind === "GOOD_PRACTICE" && !acceptsGoodPracticeFlag(question)) {
      throw new AppError("VALIDATION", undefined, { kind: ["validation.goodPracticeNeedsText"] });
    }
    const where = and(eq(answerFlags.submissionId, row.submission.id), eq(answerFlags.questionId, input.questionId), eq(answerFlags.kind, input.kind));
    const changed = input.on
      ? await tx.insert(answerFlags).values({ submissionId: row.submission.id, questionId: input.questionId, kind: input.kind, createdById: actor.userId }).onConflictDoNothing().returning({ id: answerFlags.id })
      : await tx.delete(answerFlags).where(where).returning({ id: answerFlags.id });
    if (changed.length) {
      await writeAudit(tx, {
        actor,
        action: input.on ? "review.flag_set" : "review.flag_cleared",
        targetType: "submission",
        targetId: row.submission.id,
        memberStateId: row.submission.memberStateId,
        details: { questionId: input.questionId, kind: input.kind },
      });
    }
    return { on: input.on };
  });
}

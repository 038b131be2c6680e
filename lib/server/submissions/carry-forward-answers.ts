import "server-only";
import { eq } from "drizzle-orm";
import { answers as answersTable } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { checkQuestionAnswer } from "@/lib/questionnaire/build-answer-schema";
import { parseInput } from "@/lib/schemas/parse";
import { ZCarryForwardInput, type TCarryForwardInput } from "@/lib/schemas/submissions";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { findPreviousAcceptedReply } from "./find-previous-accepted-reply";
import { assertEditable, loadSubmission } from "./load-submission";

/**
 * "Start from our previous reply": copies the State's last accepted answers from an earlier cycle
 * into this submission, for questions with the same ID that are not answered yet and whose old
 * answer is still valid for the current question. Each copy is marked carried forward until someone
 * saves it. Returns how many answers were copied (0 when there is no accepted earlier reply).
 */
export async function carryForwardAnswers(opts: { actor: Actor | null; input: TCarryForwardInput }): Promise<{ copied: number; fromCycle: string | null }> {
  const { actor } = opts;
  assertCan(actor, "submission:edit:own-state");
  const input = parseInput(ZCarryForwardInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    assertEditable(row);
    const previous = await findPreviousAcceptedReply(tx, { memberStateId: row.submission.memberStateId, exceptCycleId: row.cycle.id });
    if (!previous) return { copied: 0, fromCycle: null };

    const definition = await getQuestionnaireDefinition(tx, row.cycle.questionnaireVersionId);
    const existing = new Set((await tx.select({ questionId: answersTable.questionId }).from(answersTable).where(eq(answersTable.submissionId, row.submission.id))).map((a) => a.questionId));
    const values = [];
    for (const question of definition.sections.flatMap((s) => s.questions)) {
      const old = previous.answers[question.id];
      if (!old || existing.has(question.id)) continue;
      const { data, issues } = checkQuestionAnswer(question, old, "draft");
      if (issues.length || Object.keys(data).length === 0) continue;
      values.push({ submissionId: row.submission.id, questionId: question.id, value: data, version: 1, carriedForward: true, updatedById: actor.userId });
    }
    if (values.length) {
      await tx.insert(answersTable).values(values).onConflictDoNothing();
      await writeAudit(tx, {
        actor,
        action: "submission.answers_carried_forward",
        targetType: "submission",
        targetId: row.submission.id,
        memberStateId: row.submission.memberStateId,
        details: { questions: values.map((v) => v.questionId), fromCycle: previous.cycleTitle },
      });
    }
    return { copied: values.length, fromCycle: previous.cycleTitle };
  });
}

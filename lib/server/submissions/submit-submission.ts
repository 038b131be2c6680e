import "server-only";
import { eq } from "drizzle-orm";
import { answers as answersTable, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import { buildAnswerSchema } from "@/lib/questionnaire/build-answer-schema";
import { visibleAnswers } from "@/lib/questionnaire/conditions";
import { isLocale } from "@/lib/i18n/config";
import { parseInput } from "@/lib/schemas/parse";
import { ZSubmitSubmissionInput, type TSubmitSubmissionInput } from "@/lib/schemas/submissions";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { transition } from "@/lib/submission/status-machine";
import { createSnapshot } from "./create-snapshot";
import { assertEditable, loadSubmission } from "./load-submission";

/**
 * Submits a State's reply (focal point only): validates the stored answers in submit mode, stores
 * an immutable snapshot of the visible answers with its sha256, and marks the submission SUBMITTED.
 */
export async function submitSubmission(opts: { actor: Actor | null; input: TSubmitSubmissionInput; locale?: string }): Promise<{ version: number; sha256: string; submittedAt: Date }> {
  const { actor } = opts;
  assertCan(actor, "submission:submit:own-state");
  const input = parseInput(ZSubmitSubmissionInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    assertEditable(row);
    const status = transition(row.submission.status, "SUBMIT");
    const definition = await getQuestionnaireDefinition(tx, row.cycle.questionnaireVersionId);
    const ctx = { modules: row.cycle.modules };
    const stored = await tx.select().from(answersTable).where(eq(answersTable.submissionId, row.submission.id));
    const all: Record<string, Record<string, unknown>> = {};
    for (const a of stored) all[a.questionId] = a.value;
    const visible = visibleAnswers(definition, all, ctx);

    const result = buildAnswerSchema(definition, { mode: "submit", modules: ctx.modules }).safeParse(visible);
    if (!result.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of result.error.issues) (fieldErrors[issue.path.map(String).join(".")] ??= []).push(issue.message);
      throw new AppError("VALIDATION", "Some required questions are not answered yet.", fieldErrors);
    }

    const submitted = result.data;
    const version = row.submission.submittedVersion + 1;
    const submittedAt = new Date();
    const { sha256 } = await createSnapshot(tx, {
      cycleId: row.cycle.id,
      submissionId: row.submission.id,
      memberStateId: row.submission.memberStateId,
      version,
      questionnaireVersionId: row.cycle.questionnaireVersionId,
      answers: submitted,
      submittedById: actor.userId,
      submittedAt,
    });
    await tx
      .update(submissions)
      .set({ status, submittedVersion: version, receivedAt: submittedAt, channel: "ONLINE", language: isLocale(opts.locale) ? opts.locale : (actor.locale ?? null) })
      .where(eq(submissions.id, row.submission.id));
    await writeAudit(tx, {
      actor,
      action: "submission.submitted",
      targetType: "submission",
      targetId: row.submission.id,
      memberStateId: row.submission.memberStateId,
      details: { version, sha256, from: row.submission.status, to: status },
    });
    return { version, sha256, submittedAt };
  });
}

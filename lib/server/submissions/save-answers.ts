import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { answers as answersTable, attachments, submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError, type FieldErrors } from "@/lib/errors";
import { buildQuestionAnswerSchema } from "@/lib/questionnaire/build-answer-schema";
import { resolveVisibility } from "@/lib/questionnaire/conditions";
import type { Question, Section } from "@/lib/questionnaire/definition";
import { parseInput } from "@/lib/schemas/parse";
import { ZSaveAnswersInput, type TSaveAnswersInput } from "@/lib/schemas/submissions";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { assertEditable, loadSubmission } from "./load-submission";

export interface SavedAnswer {
  questionId: string;
  version: number;
  updatedAt: Date;
}

export interface AnswerConflict {
  questionId: string;
  /** What is in the database now, saved by a colleague since the client loaded the answer. */
  current: { value: Record<string, unknown> | null; version: number; updatedByName: string | null; updatedAt: Date | null };
}

/**
 * Saves answers of one submission (autosave). Each change names the version it was based on: a
 * change based on an older version is not written and comes back as a conflict with the current
 * value, so nobody's edit is silently overwritten; changes to other answers are saved. Invalid
 * input (unknown question, bad value, answer to a hidden question) refuses the whole batch.
 */
export async function saveAnswers(opts: { actor: Actor | null; input: TSaveAnswersInput }): Promise<{ saved: SavedAnswer[]; conflicts: AnswerConflict[] }> {
  const { actor } = opts;
  assertCan(actor, "submission:edit:own-state");
  const input = parseInput(ZSaveAnswersInput, opts.input);
  const ids = input.changes.map((c) => c.questionId);
  if (new Set(ids).size !== ids.length) throw new AppError("VALIDATION", "Each question may appear once per save.");
  const db = await getDb();

  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    assertEditable(row);
    const definition = await getQuestionnaireDefinition(tx, row.cycle.questionnaireVersionId);
    const ctx = { modules: row.cycle.modules };

    const questions = new Map<string, { question: Question; section: Section }>();
    for (const section of definition.sections) for (const question of section.questions) questions.set(question.id, { question, section });

    // Validate every change against the questionnaire (draft mode: partial answers are fine).
    const fieldErrors: FieldErrors = {};
    const parsed = new Map<string, Record<string, unknown>>();
    for (const change of input.changes) {
      const entry = questions.get(change.questionId);
      if (!entry || (entry.section.module && !ctx.modules.includes(entry.section.module))) {
        fieldErrors[change.questionId] = ["validation.unknownQuestion"];
        continue;
      }
      const result = buildQuestionAnswerSchema(entry.question, "draft").safeParse(change.value);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const key = [change.questionId, ...issue.path.map(String)].join(".");
          (fieldErrors[key] ??= []).push(issue.message);
        }
        continue;
      }
      parsed.set(change.questionId, result.data as Record<string, unknown>);
    }
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", undefined, fieldErrors);

    // A FILE field holds ids of attachments uploaded to this submission and question; anything else
    // (another question's file, another State's, a made-up id) is refused.
    const claimed: { questionId: string; fieldKey: string; ids: string[] }[] = [];
    for (const [questionId, value] of parsed) {
      for (const field of questions.get(questionId)!.question.fields) {
        const ids = field.type === "FILE" ? value[field.key] : undefined;
        if (Array.isArray(ids) && ids.length) claimed.push({ questionId, fieldKey: field.key, ids: ids as string[] });
      }
    }
    if (claimed.length) {
      const existing = await tx
        .select({ id: attachments.id, questionId: attachments.questionId })
        .from(attachments)
        .where(and(eq(attachments.submissionId, row.submission.id), inArray(attachments.id, claimed.flatMap((c) => c.ids))));
      const known = new Set(existing.map((a) => `${a.questionId}/${a.id}`));
      for (const c of claimed) {
        if (c.ids.some((id) => !known.has(`${c.questionId}/${id}`))) fieldErrors[`${c.questionId}.${c.fieldKey}`] = ["validation.unknownAttachment"];
      }
      if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", undefined, fieldErrors);
    }

    // A new answer may not be given to a question the (merged) answers hide; answers stored while a
    // question was visible are kept, and simply left out of validation and aggregation.
    const stored = await tx.select().from(answersTable).where(eq(answersTable.submissionId, row.submission.id));
    const merged: Record<string, Record<string, unknown>> = {};
    for (const a of stored) merged[a.questionId] = a.value;
    for (const [questionId, value] of parsed) merged[questionId] = value;
    const visibility = resolveVisibility(definition, merged, ctx);
    for (const [questionId, value] of parsed) {
      const hasContent = Object.values(value).some((v) => v !== null && v !== undefined);
      if (hasContent && !visibility.isQuestionVisible(questionId)) {
        fieldErrors[questionId] = ["validation.hiddenQuestion"];
      }
    }
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", undefined, fieldErrors);

    const now = new Date();
    const saved: SavedAnswer[] = [];
    const conflicted: string[] = [];
    for (const change of input.changes) {
      const value = parsed.get(change.questionId)!;
      const written =
        change.baseVersion === 0
          ? await tx
              .insert(answersTable)
              .values({ submissionId: row.submission.id, questionId: change.questionId, value, version: 1, updatedById: actor.userId, updatedAt: now })
              .onConflictDoNothing()
              .returning({ version: answersTable.version })
          : await tx
              .update(answersTable)
              .set({ value, version: sql`${answersTable.version} + 1`, carriedForward: false, updatedById: actor.userId, updatedAt: now })
              .where(
                and(
                  eq(answersTable.submissionId, row.submission.id),
                  eq(answersTable.questionId, change.questionId),
                  eq(answersTable.version, change.baseVersion),
                ),
              )
              .returning({ version: answersTable.version });
      const first = written[0];
      if (first) saved.push({ questionId: change.questionId, version: first.version, updatedAt: now });
      else conflicted.push(change.questionId);
    }

    const conflicts: AnswerConflict[] = [];
    if (conflicted.length) {
      const current = await tx
        .select({ questionId: answersTable.questionId, value: answersTable.value, version: answersTable.version, updatedAt: answersTable.updatedAt, updatedByName: users.name })
        .from(answersTable)
        .leftJoin(users, eq(users.id, answersTable.updatedById))
        .where(and(eq(answersTable.submissionId, row.submission.id), inArray(answersTable.questionId, conflicted)));
      const byId = new Map(current.map((c) => [c.questionId, c]));
      for (const questionId of conflicted) {
        const c = byId.get(questionId);
        conflicts.push({
          questionId,
          current: c
            ? { value: c.value, version: c.version, updatedByName: c.updatedByName, updatedAt: c.updatedAt }
            : { value: null, version: 0, updatedByName: null, updatedAt: null },
        });
      }
    }

    if (saved.length) {
      await tx.update(submissions).set({ lastEditedAt: now, lastEditedById: actor.userId }).where(eq(submissions.id, row.submission.id));
      await writeAudit(tx, {
        actor,
        action: "submission.answers_saved",
        targetType: "submission",
        targetId: row.submission.id,
        memberStateId: row.submission.memberStateId,
        details: { questions: saved.map((s) => s.questionId) },
      });
    }
    return { saved, conflicts };
  });
}

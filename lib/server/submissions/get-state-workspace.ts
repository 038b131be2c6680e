import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { answers as answersTable, reportingCycles, submissionSnapshots, submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { assertCan } from "@/lib/server/authorize";
import type { Locale } from "@/lib/i18n/config";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { localiseQuestionnaire } from "@/lib/server/questionnaires/localise-questionnaire";

export interface StoredAnswer {
  value: Record<string, unknown>;
  version: number;
  carriedForward: boolean;
  updatedByName: string | null;
  updatedAt: Date;
}

export interface StateWorkspace {
  cycle: typeof reportingCycles.$inferSelect;
  definition: QuestionnaireDefinition;
  submission: typeof submissions.$inferSelect;
  answers: Record<string, StoredAnswer>;
  /** The newest submitted version (the receipt: version, time, sha256), or null before the first submission. */
  latestSnapshot: { version: number; sha256: string; submittedAt: Date } | null;
}

/**
 * The State user's reply in a cycle: the cycle, its questionnaire, the submission (created on first
 * visit of an open cycle) and the current answers with their versions. Only the actor's own State.
 */
export async function getStateWorkspace(opts: { actor: Actor | null; cycleSlug: string; locale?: Locale }): Promise<StateWorkspace> {
  const { actor } = opts;
  assertCan(actor, "area:state");
  const memberStateId = actor.memberStateId;
  if (!memberStateId) throw new AppError("NOT_FOUND");
  const db = await getDb();
  const [cycle] = await db.select().from(reportingCycles).where(eq(reportingCycles.slug, opts.cycleSlug));
  if (!cycle || cycle.status === "DRAFT") throw new AppError("NOT_FOUND");

  let [submission] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycle.id), eq(submissions.memberStateId, memberStateId)));
  if (!submission) {
    if (cycle.status !== "OPEN") throw new AppError("NOT_FOUND");
    await db.insert(submissions).values({ cycleId: cycle.id, memberStateId }).onConflictDoNothing();
    [submission] = await db
      .select()
      .from(submissions)
      .where(and(eq(submissions.cycleId, cycle.id), eq(submissions.memberStateId, memberStateId)));
  }
  if (!submission) throw new Error("submission not created");

  // Texts in the reader's language; IDs, codes and rules are the same, so answers do not depend on it.
  const definition = await localiseQuestionnaire(await getQuestionnaireDefinition(db, cycle.questionnaireVersionId), opts.locale);
  const rows = await db
    .select({ questionId: answersTable.questionId, value: answersTable.value, version: answersTable.version, carriedForward: answersTable.carriedForward, updatedAt: answersTable.updatedAt, updatedByName: users.name })
    .from(answersTable)
    .leftJoin(users, eq(users.id, answersTable.updatedById))
    .where(eq(answersTable.submissionId, submission.id));
  const answers: Record<string, StoredAnswer> = {};
  for (const r of rows) answers[r.questionId] = { value: r.value, version: r.version, carriedForward: r.carriedForward, updatedByName: r.updatedByName, updatedAt: r.updatedAt };
  const [latestSnapshot] = await db
    .select({ version: submissionSnapshots.version, sha256: submissionSnapshots.sha256, submittedAt: submissionSnapshots.submittedAt })
    .from(submissionSnapshots)
    .where(eq(submissionSnapshots.submissionId, submission.id))
    .orderBy(desc(submissionSnapshots.version))
    .limit(1);
  return { cycle, definition, submission, answers, latestSnapshot: latestSnapshot ?? null };
}

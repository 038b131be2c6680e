import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { answerFlags, answers as answersTable, memberStates, reviewComments, submissionSnapshots, submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat, type ReportingCycle } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { findPreviousAcceptedReply } from "@/lib/server/submissions/find-previous-accepted-reply";
import type { AnswerMap } from "@/lib/submission/diff";

export interface ReviewComment {
  id: string;
  questionId: string;
  parentId: string | null;
  body: string;
  internal: boolean;
  authorName: string;
  authorIsState: boolean;
  submissionVersion: number;
  sharedAt: Date | null;
  createdAt: Date;
}

export interface SnapshotSummary {
  version: number;
  sha256: string;
  submittedAt: Date;
  submittedByName: string | null;
}

export interface ReplyForReview {
  cycle: ReportingCycle;
  definition: QuestionnaireDefinition;
  memberState: { id: string; name: string };
  submission: typeof submissions.$inferSelect | null;
  /** Submitted versions, newest first. */
  versions: SnapshotSummary[];
  /** The answers under review: the newest submitted version, else the current draft. */
  answers: AnswerMap;
  answersAreDraft: boolean;
  /** The version before the newest, for "what changed" (null before a second submission). */
  previousVersionAnswers: AnswerMap | null;
  /** The State's accepted reply in the most recent earlier cycle. */
  previousCycle: { title: string; answers: AnswerMap } | null;
  comments: ReviewComment[];
  flags: { questionId: string; kind: "NEEDS_CLARIFICATION" | "GOOD_PRACTICE" }[];
}

/**
 * Everything the secretariat needs to read one State's reply question by question: the submitted
 * answers, the version before, the accepted answers of the previous cycle, comments (internal notes
 * included) and flags. Secretariat only.
 */
export async function getReplyForReview(opts: { actor: Actor | null; cycleSlug: string; memberStateId: string }): Promise<ReplyForReview> {
  const { actor } = opts;
  assertCan(actor, "submission:read:any");
  const cycle = await getCycleForSecretariat({ actor, slug: opts.cycleSlug });
  const db = await getDb();
  const [memberState] = await db
    .select({ id: memberStates.id, name: memberStates.name })
    .from(memberStates)
    .where(eq(memberStates.id, opts.memberStateId.toUpperCase()));
  if (!memberState) throw new AppError("NOT_FOUND");
  const definition = await getQuestionnaireDefinition(db, cycle.questionnaireVersionId);
  const [submission] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycle.id), eq(submissions.memberStateId, memberState.id)));

  const previous = await findPreviousAcceptedReply(db, { memberStateId: memberState.id, exceptCycleId: cycle.id });
  const previousCycle = previous ? { title: previous.cycleTitle, answers: previous.answers } : null;

  if (!submission) {
    return { cycle, definition, memberState, submission: null, versions: [], answers: {}, answersAreDraft: true, previousVersionAnswers: null, previousCycle, comments: [], flags: [] };
  }

  const snapshots = await db
    .select({
      version: submissionSnapshots.version,
      sha256: submissionSnapshots.sha256,
      submittedAt: submissionSnapshots.submittedAt,
      submittedByName: users.name,
      answers: submissionSnapshots.answers,
    })
    .from(submissionSnapshots)
    .leftJoin(users, eq(users.id, submissionSnapshots.submittedById))
    .where(eq(submissionSnapshots.submissionId, submission.id))
    .orderBy(desc(submissionSnapshots.version));

  let answers: AnswerMap;
  let answersAreDraft = false;
  if (snapshots[0]) {
    answers = snapshots[0].answers;
  } else {
    answersAreDraft = true;
    const rows = await db.select({ questionId: answersTable.questionId, value: answersTable.value }).from(answersTable).where(eq(answersTable.submissionId, submission.id));
    answers = Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
  }

  const comments = await db
    .select({
      id: reviewComments.id,
      questionId: reviewComments.questionId,
      parentId: reviewComments.parentId,
      body: reviewComments.body,
      internal: reviewComments.internal,
      authorName: users.name,
      authorMemberStateId: users.memberStateId,
      submissionVersion: reviewComments.submissionVersion,
      sharedAt: reviewComments.sharedAt,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.submissionId, submission.id))
    .orderBy(asc(reviewComments.createdAt));
  const flags = await db
    .select({ questionId: answerFlags.questionId, kind: answerFlags.kind })
    .from(answerFlags)
    .where(eq(answerFlags.submissionId, submission.id));

  return {
    cycle,
    definition,
    memberState,
    submission,
    versions: snapshots.map(({ answers: _answers, ...s }) => s),
    answers,
    answersAreDraft,
    previousVersionAnswers: snapshots[1]?.answers ?? null,
    previousCycle,
    comments: comments.map(({ authorMemberStateId, ...c }) => ({ ...c, authorIsState: authorMemberStateId !== null })),
    flags,
  };
}

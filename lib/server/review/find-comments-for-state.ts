import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { reviewComments, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";
import { loadSubmission } from "@/lib/server/submissions/load-submission";

/**
 * A comment as a State user sees it. Deliberately without the `internal` flag or the reviewer's
 * name: internal notes are never selected, and the secretariat speaks as one.
 */
export interface StateComment {
  id: string;
  questionId: string;
  parentId: string | null;
  body: string;
  /** The colleague's name for a State user's reply; null for the secretariat. */
  stateAuthorName: string | null;
  createdAt: Date;
}

/** The comments of its own reply that a State may see: shared ones (after a return), never internal notes. */
export async function findCommentsForState(opts: { actor: Actor | null; submissionId: string }): Promise<StateComment[]> {
  const { actor } = opts;
  assertCan(actor, "area:state");
  if (!actor.memberStateId) throw new AppError("NOT_FOUND");
  const db = await getDb();
  const row = await loadSubmission(db, { actor, submissionId: opts.submissionId });
  const rows = await db
    .select({
      id: reviewComments.id,
      questionId: reviewComments.questionId,
      parentId: reviewComments.parentId,
      body: reviewComments.body,
      authorName: users.name,
      authorMemberStateId: users.memberStateId,
      createdAt: reviewComments.createdAt,
    })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(and(eq(reviewComments.submissionId, row.submission.id), eq(reviewComments.internal, false), isNotNull(reviewComments.sharedAt)))
    .orderBy(asc(reviewComments.createdAt));
  return rows.map((r) => ({
    id: r.id,
    questionId: r.questionId,
    parentId: r.parentId,
    body: r.body,
    stateAuthorName: r.authorMemberStateId ? r.authorName : null,
    createdAt: r.createdAt,
  }));
}

import "server-only";
import { desc, eq } from "drizzle-orm";
import { submissionSnapshots } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";
import { loadSubmission } from "@/lib/server/submissions/load-submission";
import type { AnswerMap } from "@/lib/submission/diff";

/** The State's own submitted versions, newest first, with their answers (to show what changed). */
export async function findVersionsForState(opts: { actor: Actor | null; submissionId: string }): Promise<{ version: number; sha256: string; submittedAt: Date; answers: AnswerMap }[]> {
  const { actor } = opts;
  assertCan(actor, "area:state");
  const db = await getDb();
  const row = await loadSubmission(db, { actor, submissionId: opts.submissionId });
  return db
    .select({ version: submissionSnapshots.version, sha256: submissionSnapshots.sha256, submittedAt: submissionSnapshots.submittedAt, answers: submissionSnapshots.answers })
    .from(submissionSnapshots)
    .where(eq(submissionSnapshots.submissionId, row.submission.id))
    .orderBy(desc(submissionSnapshots.version));
}

import "server-only";
import { submissionSnapshots } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { snapshotSha256 } from "@/lib/submission/snapshot-hash";

export { snapshotSha256 };

export interface SnapshotInput {
  cycleId: string;
  submissionId: string;
  memberStateId: string;
  version: number;
  questionnaireVersionId: string;
  /** The normalised visible answers. */
  answers: Record<string, Record<string, unknown>>;
  /** The user who submitted or recorded it; null for the command line's system actor. */
  submittedById: string | null;
  submittedAt: Date;
}

/**
 * Inserts an immutable submitted version (submit by a focal point, or a reply recorded by import)
 * and returns its sha256. Run it in the transaction that changes the submission's status.
 */
export async function createSnapshot(tx: DbOrTx, input: SnapshotInput): Promise<{ sha256: string }> {
  const sha256 = snapshotSha256(input);
  await tx.insert(submissionSnapshots).values({
    submissionId: input.submissionId,
    version: input.version,
    questionnaireVersionId: input.questionnaireVersionId,
    answers: input.answers,
    sha256,
    submittedById: input.submittedById,
    submittedAt: input.submittedAt,
  });
  return { sha256 };
}

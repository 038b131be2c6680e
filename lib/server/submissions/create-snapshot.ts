import "server-only";
import { createHash } from "node:crypto";
import { submissionSnapshots } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";

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

/** The sha256 of a snapshot: of the canonical JSON of cycle, State, version, questionnaire, time and answers. */
export function snapshotSha256(input: Omit<SnapshotInput, "submissionId" | "submittedById">): string {
  const payload = {
    cycleId: input.cycleId,
    memberStateId: input.memberStateId,
    version: input.version,
    questionnaireVersionId: input.questionnaireVersionId,
    submittedAt: input.submittedAt.toISOString(),
    answers: input.answers,
  };
  return createHash("sha256").update(canonicalJson(payload), "utf8").digest("hex");
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

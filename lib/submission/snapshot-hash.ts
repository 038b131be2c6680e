import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";

export interface SnapshotHashInput {
  cycleId: string;
  memberStateId: string;
  version: number;
  questionnaireVersionId: string;
  submittedAt: Date;
  /** The normalised visible answers. */
  answers: Readonly<Record<string, Record<string, unknown>>>;
}

/**
 * The sha256 of a submitted version: of the canonical JSON of cycle, State, version, questionnaire,
 * time and answers. The one definition used by submission, import, the demo seed and every check.
 */
export function snapshotSha256(input: SnapshotHashInput): string {
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

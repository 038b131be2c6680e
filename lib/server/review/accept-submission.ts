import "server-only";
import { eq } from "drizzle-orm";
import { submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZReviewDecisionInput, type TReviewDecisionInput } from "@/lib/schemas/review";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { loadSubmission } from "@/lib/server/submissions/load-submission";
import { transition } from "@/lib/submission/status-machine";

/** Accepts the submitted version the reviewer read; the reply is locked from then on (ACCEPTED). */
export async function acceptSubmission(opts: { actor: Actor | null; input: TReviewDecisionInput }): Promise<{ version: number; acceptedAt: Date }> {
  const { actor } = opts;
  assertCan(actor, "submission:review");
  const input = parseInput(ZReviewDecisionInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    const status = transition(row.submission.status, "ACCEPT");
    if (row.submission.submittedVersion !== input.version) throw new AppError("CONFLICT", "The State has submitted a newer version; reload the page.");
    const acceptedAt = new Date();
    await tx
      .update(submissions)
      .set({ status, acceptedVersion: input.version, acceptedAt, acceptedById: actor.userId })
      .where(eq(submissions.id, row.submission.id));
    await writeAudit(tx, {
      actor,
      action: "submission.accepted",
      targetType: "submission",
      targetId: row.submission.id,
      memberStateId: row.submission.memberStateId,
      details: { version: input.version, from: row.submission.status, to: status },
    });
    return { version: input.version, acceptedAt };
  });
}

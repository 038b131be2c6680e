import "server-only";
import { and, eq } from "drizzle-orm";
import { answers as answersTable, attachments, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZAttachmentId, type TAttachmentId } from "@/lib/schemas/attachments";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { submissionScope } from "@/lib/server/scopes";
import { assertEditable, loadSubmission } from "@/lib/server/submissions/load-submission";

/**
 * Removes an attachment of the State's own editable submission: its id leaves the answer (the
 * answer's version is bumped) and the stored file is deleted, with the audit event, in one
 * transaction. Another State's or an unknown attachment is NOT_FOUND.
 */
export async function removeAttachment(opts: {
  actor: Actor | null;
  input: TAttachmentId;
}): Promise<{ answer: { questionId: string; value: Record<string, unknown>; version: number } | null }> {
  const { actor } = opts;
  assertCan(actor, "submission:edit:own-state");
  const input = parseInput(ZAttachmentId, opts.input);
  const db = await getDb();

  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ id: attachments.id, submissionId: attachments.submissionId, questionId: attachments.questionId, fileName: attachments.fileName, sha256: attachments.sha256 })
      .from(attachments)
      .innerJoin(submissions, eq(submissions.id, attachments.submissionId))
      .where(and(eq(attachments.id, input.attachmentId), submissionScope(actor)));
    if (!found) throw new AppError("NOT_FOUND");
    const row = await loadSubmission(tx, { actor, submissionId: found.submissionId, forUpdate: true });
    assertEditable(row);

    const [current] = await tx
      .select()
      .from(answersTable)
      .where(and(eq(answersTable.submissionId, found.submissionId), eq(answersTable.questionId, found.questionId)));
    let answer: { questionId: string; value: Record<string, unknown>; version: number } | null = null;
    const now = new Date();
    if (current) {
      let changed = false;
      const value: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(current.value)) {
        if (Array.isArray(v) && v.includes(found.id)) {
          value[key] = v.filter((id) => id !== found.id);
          changed = true;
        } else value[key] = v;
      }
      if (changed) {
        const [updated] = await tx
          .update(answersTable)
          .set({ value, version: current.version + 1, carriedForward: false, updatedById: actor.userId, updatedAt: now })
          .where(and(eq(answersTable.id, current.id), eq(answersTable.version, current.version)))
          .returning({ version: answersTable.version });
        if (!updated) throw new AppError("CONFLICT");
        answer = { questionId: found.questionId, value, version: updated.version };
      } else answer = { questionId: found.questionId, value: current.value, version: current.version };
    }
    await tx.delete(attachments).where(eq(attachments.id, found.id));
    await tx.update(submissions).set({ lastEditedAt: now, lastEditedById: actor.userId }).where(eq(submissions.id, found.submissionId));
    await writeAudit(tx, {
      actor,
      action: "attachment.removed",
      targetType: "attachment",
      targetId: found.id,
      memberStateId: row.submission.memberStateId,
      details: { submissionId: found.submissionId, questionId: found.questionId, fileName: found.fileName, sha256: found.sha256 },
    });
    return { answer };
  });
}

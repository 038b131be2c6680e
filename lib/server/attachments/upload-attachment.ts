import "server-only";
import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { answers as answersTable, attachments, submissions } from "@/db/schema";
import { MAX_ATTACHMENT_BYTES, detectAttachmentType, refusalMessage } from "@/lib/attachments/detect-type";
import { sanitiseFileName } from "@/lib/attachments/sanitise-file-name";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { resolveVisibility } from "@/lib/questionnaire/conditions";
import { type AttachmentSummary, ZUploadAttachmentFields, type TUploadAttachmentFields } from "@/lib/schemas/attachments";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { assertEditable, loadSubmission } from "@/lib/server/submissions/load-submission";
import { findFileField, idsIn, toSummary } from "./file-field";

export interface UploadedAttachment {
  attachment: AttachmentSummary;
  /** The question's answer after the upload: the browser adopts this value and version. */
  answer: { questionId: string; value: Record<string, unknown>; version: number };
}

const fileError = (message: string) => new AppError("VALIDATION", message, { file: [message] });

/**
 * Attaches a file to a FILE question of the State's own submission: the type is decided from the
 * bytes, the name sanitised, the bytes stored with their sha256, and the attachment id appended to
 * the answer (its version bumped, like an autosave) in the same transaction, with the audit event.
 * Refused (nothing written): another State's or an unknown submission (NOT_FOUND), a reply that
 * cannot be edited, a question that is unknown, hidden or not a FILE question, a full field, an
 * empty or oversize file, a type not on the list.
 */
export async function uploadAttachment(opts: {
  actor: Actor | null;
  input: TUploadAttachmentFields & { fileName: string; bytes: Uint8Array };
}): Promise<UploadedAttachment> {
  const { actor } = opts;
  assertCan(actor, "submission:edit:own-state");
  const input = parseInput(ZUploadAttachmentFields, opts.input);
  const { bytes } = opts.input;
  const rawName = typeof opts.input.fileName === "string" ? opts.input.fileName : "";
  const db = await getDb();

  return db.transaction(async (tx) => {
    const row = await loadSubmission(tx, { actor, submissionId: input.submissionId, forUpdate: true });
    assertEditable(row);
    const definition = await getQuestionnaireDefinition(tx, row.cycle.questionnaireVersionId);
    const { question, field } = findFileField(definition, row.cycle.modules, input.questionId, input.fieldKey);

    const stored = await tx.select().from(answersTable).where(eq(answersTable.submissionId, row.submission.id));
    const merged: Record<string, Record<string, unknown>> = {};
    for (const a of stored) merged[a.questionId] = a.value;
    const visibility = resolveVisibility(definition, merged, { modules: row.cycle.modules });
    if (!visibility.isQuestionVisible(question.id) || !visibility.isFieldVisible(question.id, field.key)) {
      throw new AppError("VALIDATION", `Question ${question.id} is not shown with the current answers.`, { questionId: ["validation.hiddenQuestion"] });
    }

    const current = stored.find((a) => a.questionId === question.id) ?? null;
    const ids = idsIn(current?.value, field.key);
    const shownName = sanitiseFileName(rawName);
    if (ids.length >= field.maxFiles) {
      throw fileError(`"${shownName}" was not added: this question takes at most ${field.maxFiles} file${field.maxFiles === 1 ? "" : "s"}. Remove one first.`);
    }
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw fileError(`"${shownName}" is larger than 20 MB.`);
    const detected = await detectAttachmentType(bytes);
    if (!detected.ok) throw fileError(refusalMessage(shownName, detected));
    const fileName = sanitiseFileName(rawName, detected.type.extension);
    const sha256 = createHash("sha256").update(bytes).digest("hex");

    const [inserted] = await tx
      .insert(attachments)
      .values({
        submissionId: row.submission.id,
        questionId: question.id,
        fileName,
        mediaType: detected.type.mediaType,
        sizeBytes: bytes.byteLength,
        sha256,
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        uploadedById: actor.userId,
      })
      .returning();
    if (!inserted) throw new Error("attachment not inserted");

    const now = new Date();
    const value = { ...(current?.value ?? {}), [field.key]: [...ids, inserted.id] };
    let version: number;
    if (current) {
      const [updated] = await tx
        .update(answersTable)
        .set({ value, version: current.version + 1, carriedForward: false, updatedById: actor.userId, updatedAt: now })
        .where(and(eq(answersTable.id, current.id), eq(answersTable.version, current.version)))
        .returning({ version: answersTable.version });
      if (!updated) throw new AppError("CONFLICT");
      version = updated.version;
    } else {
      const [created] = await tx
        .insert(answersTable)
        .values({ submissionId: row.submission.id, questionId: question.id, value, version: 1, updatedById: actor.userId, updatedAt: now })
        .returning({ version: answersTable.version });
      if (!created) throw new Error("answer not inserted");
      version = created.version;
    }
    await tx.update(submissions).set({ lastEditedAt: now, lastEditedById: actor.userId }).where(eq(submissions.id, row.submission.id));
    await writeAudit(tx, {
      actor,
      action: "attachment.uploaded",
      targetType: "attachment",
      targetId: inserted.id,
      memberStateId: row.submission.memberStateId,
      details: { submissionId: row.submission.id, questionId: question.id, fileName, mediaType: inserted.mediaType, sizeBytes: inserted.sizeBytes, sha256 },
    });
    return { attachment: toSummary(inserted), answer: { questionId: question.id, value, version } };
  });
}

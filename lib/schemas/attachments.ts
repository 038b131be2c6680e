import { z } from "zod";

const ZQuestionId = z.string().regex(/^[A-Z]+-\d{2}$/, { error: "validation.unknownQuestion" });

/** The form fields of an upload besides the file (multipart: submission id from the URL, questionId, file). */
export const ZUploadAttachmentFields = z.object({
  submissionId: z.uuid({ error: "validation.id" }),
  questionId: ZQuestionId,
  /** The FILE field of the question; may be left out when the question has one. */
  fieldKey: z.string().min(1).max(64).optional(),
});
export type TUploadAttachmentFields = z.infer<typeof ZUploadAttachmentFields>;

export const ZAttachmentId = z.object({ attachmentId: z.uuid({ error: "validation.id" }) });
export type TAttachmentId = z.infer<typeof ZAttachmentId>;

export const ZListAttachmentsInput = z.union([
  z.object({ submissionId: z.uuid({ error: "validation.id" }), questionId: ZQuestionId }),
  z.object({ cycleSlug: z.string().min(1).max(100), questionId: ZQuestionId }),
]);
export type TListAttachmentsInput = z.infer<typeof ZListAttachmentsInput>;

/** What the browser is told about a stored attachment. */
export interface AttachmentSummary {
  id: string;
  questionId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

import "server-only";
import { attachments } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { LeafField, Question, QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import type { AttachmentSummary } from "@/lib/schemas/attachments";

export type FileFieldDef = Extract<LeafField, { type: "FILE" }>;

/**
 * The question and its top-level FILE field named by `fieldKey` (or its only FILE field). A question
 * that does not exist in the cycle (unknown, or in a module the cycle does not have) or has no such
 * field is a VALIDATION error on `questionId`.
 */
export function findFileField(
  definition: QuestionnaireDefinition,
  modules: readonly string[],
  questionId: string,
  fieldKey?: string,
): { question: Question; field: FileFieldDef } {
  for (const section of definition.sections) {
    if (section.module && !modules.includes(section.module)) continue;
    const question = section.questions.find((q) => q.id === questionId);
    if (!question) continue;
    const files = question.fields.filter((f): f is FileFieldDef => f.type === "FILE" && (fieldKey === undefined || f.key === fieldKey));
    if (files.length === 1 && files[0]) return { question, field: files[0] };
    throw new AppError("VALIDATION", `Question ${questionId} does not take attachments.`, { questionId: [`Question ${questionId} does not take attachments.`] });
  }
  throw new AppError("VALIDATION", `There is no question ${questionId} in this questionnaire.`, { questionId: ["validation.unknownQuestion"] });
}

/** The ids in a FILE field's stored value (read defensively). */
export function idsIn(value: Record<string, unknown> | null | undefined, key: string): string[] {
  const list = value?.[key];
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === "string") : [];
}

export const summaryColumns = {
  id: attachments.id,
  questionId: attachments.questionId,
  fileName: attachments.fileName,
  mediaType: attachments.mediaType,
  sizeBytes: attachments.sizeBytes,
  sha256: attachments.sha256,
  createdAt: attachments.createdAt,
};

export function toSummary(row: { id: string; questionId: string; fileName: string; mediaType: string; sizeBytes: number; sha256: string; createdAt: Date }): AttachmentSummary {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

const submissionId = z.uuid({ error: "validation.id" });
const questionId = z.string().regex(/^[A-Z]+-\d{2}$/, { error: "validation.unknownQuestion" });

export const COMMENT_MAX_LENGTH = 4000;

export const ZAddCommentInput = z.object({
  submissionId,
  questionId,
  body: z
    .string()
    .overwrite(plainText)
    .trim()
    .min(1, { error: "validation.commentRequired" })
    .max(COMMENT_MAX_LENGTH, { error: "validation.commentTooLong" }),
  /** An internal note: the secretariat only, never shown to the State. */
  internal: z.boolean().default(false),
  parentId: z.uuid({ error: "validation.id" }).optional(),
});
export type TAddCommentInput = z.input<typeof ZAddCommentInput>;

export const ZSetFlagInput = z.object({
  submissionId,
  questionId,
  kind: z.enum(["NEEDS_CLARIFICATION", "GOOD_PRACTICE"], { error: "validation.flagKind" }),
  on: z.boolean(),
});
export type TSetFlagInput = z.input<typeof ZSetFlagInput>;

export const ZReviewDecisionInput = z.object({
  submissionId,
  /** The submitted version the reviewer looked at: a newer one makes the decision a CONFLICT. */
  version: z.number().int().min(1),
});
export type TReviewDecisionInput = z.input<typeof ZReviewDecisionInput>;

import { z } from "zod";

export const ZAnswerChange = z.object({
  questionId: z.string().regex(/^[A-Z]+-\d{2}$/, { error: "validation.unknownQuestion" }),
  /** The answer to the question: an object keyed by field key (see lib/questionnaire/values.ts). */
  value: z.record(z.string(), z.unknown()),
  /** The answer version the client last saw; 0 when it saw no answer. */
  baseVersion: z.number().int().min(0),
});
export type TAnswerChange = z.infer<typeof ZAnswerChange>;

export const ZSaveAnswersInput = z.object({
  submissionId: z.uuid({ error: "validation.id" }),
  changes: z.array(ZAnswerChange).min(1).max(100),
});
export type TSaveAnswersInput = z.infer<typeof ZSaveAnswersInput>;

export const ZSubmitSubmissionInput = z.object({
  submissionId: z.uuid({ error: "validation.id" }),
  declaration: z.literal(true, { error: "validation.declaration" }),
});
export type TSubmitSubmissionInput = z.infer<typeof ZSubmitSubmissionInput>;

export const ZCarryForwardInput = z.object({ submissionId: z.uuid({ error: "validation.id" }) });
export type TCarryForwardInput = z.infer<typeof ZCarryForwardInput>;

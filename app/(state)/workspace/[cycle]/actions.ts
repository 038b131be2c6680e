"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { createAction } from "@/lib/actions";
import { ZCarryForwardInput, ZSaveAnswersInput, ZSubmitSubmissionInput } from "@/lib/schemas/submissions";
import { carryForwardAnswers } from "@/lib/server/submissions/carry-forward-answers";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { ZAddCommentInput } from "@/lib/schemas/review";
import { addComment } from "@/lib/server/review/add-comment";

export const saveAnswersAction = createAction(ZSaveAnswersInput, async ({ actor, input }) => saveAnswers({ actor, input }));

export const submitSubmissionAction = createAction(ZSubmitSubmissionInput, async ({ actor, input }) => {
  const receipt = await submitSubmission({ actor, input, locale: await getLocale() });
  revalidatePath("/workspace");
  return receipt;
});

export const carryForwardAction = createAction(ZCarryForwardInput, async ({ actor, input }) => {
  const result = await carryForwardAnswers({ actor, input });
  revalidatePath("/workspace");
  return result;
});

/** A State user's answer in a comment thread of a returned reply. */
export const replyToCommentAction = createAction(ZAddCommentInput, async ({ actor, input }) => {
  const result = await addComment({ actor, input: { ...input, internal: false } });
  revalidatePath("/workspace");
  return result;
});

"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZCarryForwardInput, ZSaveAnswersInput, ZSubmitSubmissionInput } from "@/lib/schemas/submissions";
import { carryForwardAnswers } from "@/lib/server/submissions/carry-forward-answers";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";

export const saveAnswersAction = createAction(ZSaveAnswersInput, async ({ actor, input }) => saveAnswers({ actor, input }));

export const submitSubmissionAction = createAction(ZSubmitSubmissionInput, async ({ actor, input }) => {
  const receipt = await submitSubmission({ actor, input });
  revalidatePath("/workspace");
  return receipt;
});

export const carryForwardAction = createAction(ZCarryForwardInput, async ({ actor, input }) => {
  const result = await carryForwardAnswers({ actor, input });
  revalidatePath("/workspace");
  return result;
});

"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZAddCommentInput, ZReviewDecisionInput, ZSetFlagInput } from "@/lib/schemas/review";
import { acceptSubmission } from "@/lib/server/review/accept-submission";
import { addComment } from "@/lib/server/review/add-comment";
import { returnSubmission } from "@/lib/server/review/return-submission";
import { setFlag } from "@/lib/server/review/set-flag";

export const addReviewCommentAction = createAction(ZAddCommentInput, async ({ actor, input }) => {
  const result = await addComment({ actor, input });
  revalidatePath("/cycles");
  return result;
});

export const setFlagAction = createAction(ZSetFlagInput, async ({ actor, input }) => {
  const result = await setFlag({ actor, input });
  revalidatePath("/cycles");
  return result;
});

export const returnSubmissionAction = createAction(ZReviewDecisionInput, async ({ actor, input }) => {
  const result = await returnSubmission({ actor, input });
  revalidatePath("/cycles");
  return result;
});

export const acceptSubmissionAction = createAction(ZReviewDecisionInput, async ({ actor, input }) => {
  const result = await acceptSubmission({ actor, input });
  revalidatePath("/cycles");
  return result;
});

"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZInviteUserInput, ZUserIdInput } from "@/lib/schemas/users";
import { inviteUser } from "@/lib/server/users/invite-user";
import { resendInvitation } from "@/lib/server/users/resend-invitation";

export const inviteContributorAction = createAction(ZInviteUserInput, async ({ actor, input }) => {
  const result = await inviteUser({ actor, input });
  revalidatePath("/workspace");
  return result;
});

export const resendContributorInvitationAction = createAction(ZUserIdInput, async ({ actor, input }) => {
  await resendInvitation({ actor, input });
  return null;
});

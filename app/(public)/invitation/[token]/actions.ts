"use server";

import { createAction } from "@/lib/actions";
import { ZSetPasswordWithTokenInput } from "@/lib/schemas/users";
import { setPasswordWithToken } from "@/lib/server/users/set-password-with-token";

export const acceptInvitationAction = createAction(ZSetPasswordWithTokenInput, async ({ input }) => {
  await setPasswordWithToken({ input, purpose: "INVITATION" });
  return null;
});

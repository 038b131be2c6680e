"use server";

import { createAction } from "@/lib/actions";
import { ZRequestPasswordResetInput, ZSetPasswordWithTokenInput } from "@/lib/schemas/users";
import { requestPasswordReset } from "@/lib/server/users/request-password-reset";
import { setPasswordWithToken } from "@/lib/server/users/set-password-with-token";

export const requestPasswordResetAction = createAction(ZRequestPasswordResetInput, async ({ input }) => {
  await requestPasswordReset({ input });
  return null;
});

export const resetPasswordAction = createAction(ZSetPasswordWithTokenInput, async ({ input }) => {
  await setPasswordWithToken({ input, purpose: "PASSWORD_RESET" });
  return null;
});

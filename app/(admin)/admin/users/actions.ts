"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZChangeUserRoleInput, ZInviteUserInput, ZUserIdInput } from "@/lib/schemas/users";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { inviteUser } from "@/lib/server/users/invite-user";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";

export const inviteUserAction = createAction(ZInviteUserInput, async ({ actor, input }) => {
  const result = await inviteUser({ actor, input });
  revalidatePath("/admin/users");
  revalidatePath("/workspace");
  return result;
});

export const resendInvitationAction = createAction(ZUserIdInput, async ({ actor, input }) => {
  await resendInvitation({ actor, input });
  return null;
});

export const disableUserAction = createAction(ZUserIdInput, async ({ actor, input }) => {
  await setUserDisabled({ actor, input, disabled: true });
  revalidatePath("/admin/users");
  return null;
});

export const enableUserAction = createAction(ZUserIdInput, async ({ actor, input }) => {
  await setUserDisabled({ actor, input, disabled: false });
  revalidatePath("/admin/users");
  return null;
});

export const changeUserRoleAction = createAction(ZChangeUserRoleInput, async ({ actor, input }) => {
  await changeUserRole({ actor, input });
  revalidatePath("/admin/users");
  return null;
});

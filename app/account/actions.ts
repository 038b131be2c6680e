"use server";

import { z } from "zod";
import { createAction } from "@/lib/actions";
import { ZTotpCodeInput } from "@/lib/schemas/users";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
import { confirmTotpEnrolment } from "@/lib/server/account/confirm-totp-enrolment";
import { disableTotp } from "@/lib/server/account/disable-totp";

export const signOutEverywhereAction = createAction(z.object({}), async ({ actor }) => {
  await signOutEverywhere({ actor });
  return null;
});

export const confirmTotpAction = createAction(ZTotpCodeInput, async ({ actor, input }) => confirmTotpEnrolment({ actor, input }));

export const disableTotpAction = createAction(ZTotpCodeInput, async ({ actor, input }) => {
  await disableTotp({ actor, input });
  return null;
});

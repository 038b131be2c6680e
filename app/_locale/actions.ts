"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { createAction } from "@/lib/actions";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/config";
import { setPreferredLocale } from "@/lib/server/account/set-preferred-locale";

/**
 * Chooses the interface language: a cookie for this browser (also before signing in), and the user's
 * saved preference when signed in.
 */
export const chooseLocaleAction = createAction(z.object({ locale: z.enum(LOCALES) }), async ({ actor, input }) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: false });
  if (actor) await setPreferredLocale({ actor, locale: input.locale });
  return { locale: input.locale };
});

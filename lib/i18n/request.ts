import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./config";
import { messagesFor } from "./messages";

/**
 * The locale of a request: the language chosen in this browser (cookie), else the signed-in user's saved
 * choice, else the browser's language.
 */
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const saved = isLocale(cookieLocale) ? undefined : (await getActor().catch(() => null))?.locale;
  const locale = isLocale(cookieLocale) ? cookieLocale : isLocale(saved) ? saved : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});

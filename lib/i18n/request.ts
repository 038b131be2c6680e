import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./config";
import { messagesFor } from "./messages";

/** The locale of a request: the user's saved choice (cookie), else the browser's language. */
export default getRequestConfig(async () => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(cookieLocale) ? cookieLocale : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: messagesFor(locale), timeZone: "UTC" };
});

import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, isLocale } from "./config";
import { messagesFor } from "./messages";

/** A translator usable outside a request (e-mails, scripts), for a user's saved locale. */
export function translatorFor(locale: string | null | undefined) {
  const resolved = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: resolved, messages: messagesFor(resolved) });
}

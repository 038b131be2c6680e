import en from "./messages/en.json";
import type { Locale } from "./config";

/** The English catalogue is the source; every other catalogue must have exactly its keys. */
export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

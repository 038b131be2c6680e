import core from "./messages/en.json";
import analysis from "./messages/en/analysis.json";
import attachments from "./messages/en/attachments.json";
import cycles from "./messages/en/cycles.json";
import dashboard from "./messages/en/dashboard.json";
import exchange from "./messages/en/exchange.json";
import reminders from "./messages/en/reminders.json";
import reports from "./messages/en/reports.json";
import review from "./messages/en/review.json";
import type { Locale } from "./config";

/**
 * The English catalogue is the source; every other catalogue must have exactly its keys. It is kept
 * as a core file (`en.json`) and one file per area (`en/<namespace>.json`, each holding one top-level
 * namespace), merged here.
 */
const en = { ...core, ...analysis, ...attachments, ...cycles, ...dashboard, ...exchange, ...reminders, ...reports, ...review };
export type Messages = typeof en;

const CATALOGUES: Record<Locale, Messages> = { en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

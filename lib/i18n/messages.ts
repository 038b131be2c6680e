import arCore from "./messages/ar.json";
import arAnalysis from "./messages/ar/analysis.json";
import arAttachments from "./messages/ar/attachments.json";
import arCycles from "./messages/ar/cycles.json";
import arDashboard from "./messages/ar/dashboard.json";
import arExchange from "./messages/ar/exchange.json";
import arReminders from "./messages/ar/reminders.json";
import arReports from "./messages/ar/reports.json";
import arReview from "./messages/ar/review.json";
import enCore from "./messages/en.json";
import enAnalysis from "./messages/en/analysis.json";
import enAttachments from "./messages/en/attachments.json";
import enCycles from "./messages/en/cycles.json";
import enDashboard from "./messages/en/dashboard.json";
import enExchange from "./messages/en/exchange.json";
import enReminders from "./messages/en/reminders.json";
import enReports from "./messages/en/reports.json";
import enReview from "./messages/en/review.json";
import esCore from "./messages/es.json";
import esAnalysis from "./messages/es/analysis.json";
import esAttachments from "./messages/es/attachments.json";
import esCycles from "./messages/es/cycles.json";
import esDashboard from "./messages/es/dashboard.json";
import esExchange from "./messages/es/exchange.json";
import esReminders from "./messages/es/reminders.json";
import esReports from "./messages/es/reports.json";
import esReview from "./messages/es/review.json";
import frCore from "./messages/fr.json";
import frAnalysis from "./messages/fr/analysis.json";
import frAttachments from "./messages/fr/attachments.json";
import frCycles from "./messages/fr/cycles.json";
import frDashboard from "./messages/fr/dashboard.json";
import frExchange from "./messages/fr/exchange.json";
import frReminders from "./messages/fr/reminders.json";
import frReports from "./messages/fr/reports.json";
import frReview from "./messages/fr/review.json";
import ruCore from "./messages/ru.json";
import ruAnalysis from "./messages/ru/analysis.json";
import ruAttachments from "./messages/ru/attachments.json";
import ruCycles from "./messages/ru/cycles.json";
import ruDashboard from "./messages/ru/dashboard.json";
import ruExchange from "./messages/ru/exchange.json";
import ruReminders from "./messages/ru/reminders.json";
import ruReports from "./messages/ru/reports.json";
import ruReview from "./messages/ru/review.json";
import zhCore from "./messages/zh.json";
import zhAnalysis from "./messages/zh/analysis.json";
import zhAttachments from "./messages/zh/attachments.json";
import zhCycles from "./messages/zh/cycles.json";
import zhDashboard from "./messages/zh/dashboard.json";
import zhExchange from "./messages/zh/exchange.json";
import zhReminders from "./messages/zh/reminders.json";
import zhReports from "./messages/zh/reports.json";
import zhReview from "./messages/zh/review.json";
import type { Locale } from "./config";

/**
 * The English catalogue is the source; every other catalogue must have exactly its keys. It is kept
 * as a core file (`en.json`) and one file per area (`en/<namespace>.json`, each holding one top-level
 * namespace), merged here.
 */
const ar = { ...arCore, ...arAnalysis, ...arAttachments, ...arCycles, ...arDashboard, ...arExchange, ...arReminders, ...arReports, ...arReview };
const en = { ...enCore, ...enAnalysis, ...enAttachments, ...enCycles, ...enDashboard, ...enExchange, ...enReminders, ...enReports, ...enReview };
const es = { ...esCore, ...esAnalysis, ...esAttachments, ...esCycles, ...esDashboard, ...esExchange, ...esReminders, ...esReports, ...esReview };
const fr = { ...frCore, ...frAnalysis, ...frAttachments, ...frCycles, ...frDashboard, ...frExchange, ...frReminders, ...frReports, ...frReview };
const ru = { ...ruCore, ...ruAnalysis, ...ruAttachments, ...ruCycles, ...ruDashboard, ...ruExchange, ...ruReminders, ...ruReports, ...ruReview };
const zh = { ...zhCore, ...zhAnalysis, ...zhAttachments, ...zhCycles, ...zhDashboard, ...zhExchange, ...zhReminders, ...zhReports, ...zhReview };
export type Messages = typeof en;

/**
 * Other catalogues are typed as the English one: their exact key parity is checked by the catalogue
 * test (lib/i18n/catalogue.test.ts), which names every missing or extra key, rather than by the
 * compiler, so that adding an English key does not stop the build while translations catch up.
 */
const translated = (catalogue: unknown) => catalogue as Messages;

const CATALOGUES: Record<Locale, Messages> = { ar: translated(ar), en, es: translated(es), fr: translated(fr), ru: translated(ru), zh: translated(zh) };

export function messagesFor(locale: Locale): Messages {
  return CATALOGUES[locale];
}

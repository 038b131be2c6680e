import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { encodeCell, exchangeSections, type CellValue, type ExchangeSection } from "./cells";

/**
 * The tables of an export: the same rows feed the XLSX writer (a sheet per section) and the CSV
 * writer (one wide table). Pure module.
 */

export const CHANNELS = ["ONLINE", "NOTE_VERBALE", "EMAIL"] as const;
export type Channel = (typeof CHANNELS)[number];

/** One State's latest submitted version, as exported. */
export interface ExportReply {
  /** ISO 3166-1 alpha-3 code. */
  state: string;
  stateName: string;
  status: string;
  /** The submitted version exported (the latest). */
  version: number;
  channel: Channel;
  /** The day the reply was received ("YYYY-MM-DD", UTC), or null. */
  receivedOn: string | null;
  submittedAt: string;
  sha256: string;
  /** The snapshot's answers: visible answers only, keyed by question ID. */
  answers: Record<string, Record<string, unknown>>;
}

/** The first sheet: one row per State with its status and how the reply came in. */
export const REPLIES_SHEET = "Replies";
export const REPLY_KEYS = ["state", "stateName", "status", "version", "channel", "receivedOn", "submittedAt", "sha256"] as const;
export const REPLY_LABELS = ["State (ISO code)", "State", "Status", "Version", "Channel", "Date received", "Submitted at (UTC)", "SHA-256"];
/** The two leading columns of every section sheet. */
export const STATE_KEYS = ["state", "stateName"] as const;
export const STATE_LABELS = ["State (ISO code)", "State"];

export interface Sheet {
  name: string;
  /** Row 1: the machine keys the import reads. */
  keys: string[];
  /** Row 2: what a person reads. */
  labels: string[];
  rows: CellValue[][];
}

/** An Excel sheet name: at most 31 characters, none of []:*?/\ */
export function sheetName(code: string, title: string): string {
  return `${code} ${title}`.replace(/[[\]:*?/\\]/g, " ").slice(0, 31).trim();
}

export function replyRow(reply: ExportReply): CellValue[] {
  return [reply.state, reply.stateName, reply.status, reply.version, reply.channel, reply.receivedOn, reply.submittedAt, reply.sha256];
}

function answerCells(section: ExchangeSection, reply: ExportReply): CellValue[] {
  return section.columns.map((c) => encodeCell(c.field, reply.answers[c.questionId]?.[c.field.key]));
}

/** The last sheet: which cycle and questionnaire the workbook belongs to (checked on import). */
export const ABOUT_SHEET = "About";
export const ABOUT_KEYS = ["format", "cycle", "questionnaire", "questionnaireVersion"] as const;
export const WORKBOOK_FORMAT = "rapporteur.replies.xlsx/1";

export interface WorkbookIdentity {
  cycleSlug: string;
  questionnaireKey: string;
  questionnaireVersion: number;
}

/** The sheets of the XLSX export (and, with no replies, of the blank template). */
export function buildSheets(
  definition: QuestionnaireDefinition,
  modules: readonly string[],
  replies: readonly ExportReply[],
  identity: WorkbookIdentity,
): Sheet[] {
  const sections = exchangeSections(definition, modules);
  const about: Sheet = {
    name: ABOUT_SHEET,
    keys: [...ABOUT_KEYS],
    labels: ["Format (do not change this sheet)", "Reporting cycle", "Questionnaire", "Questionnaire version"],
    rows: [[WORKBOOK_FORMAT, identity.cycleSlug, identity.questionnaireKey, identity.questionnaireVersion]],
  };
  return [
    { name: REPLIES_SHEET, keys: [...REPLY_KEYS], labels: REPLY_LABELS, rows: replies.map(replyRow) },
    ...sections.map((s) => ({
      name: sheetName(s.section.code, s.section.title),
      keys: [...STATE_KEYS, ...s.columns.map((c) => c.key)],
      labels: [...STATE_LABELS, ...s.columns.map((c) => c.label)],
      rows: replies.map((r) => [r.state, r.stateName, ...answerCells(s, r)]),
    })),
    about,
  ];
}

/** The CSV export: one header row of keys, then one row per State with every column of every section. */
export function buildCsvRows(definition: QuestionnaireDefinition, modules: readonly string[], replies: readonly ExportReply[]): CellValue[][] {
  const sections = exchangeSections(definition, modules);
  const header = [...REPLY_KEYS, ...sections.flatMap((s) => s.columns.map((c) => c.key))];
  return [header, ...replies.map((r) => [...replyRow(r), ...sections.flatMap((s) => answerCells(s, r))])];
}

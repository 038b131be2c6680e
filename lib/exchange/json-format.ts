import { isIsoDate } from "@/lib/questionnaire/values";
import { CHANNELS, type Channel, type ExportReply } from "./layout";

/**
 * The JSON exchange format ("rapporteur.replies", version 1), documented in docs/formats.md: the
 * cycle, the questionnaire version, and one entry per State with its answers exactly as stored
 * (values.ts). The import accepts the same document (status, version, sha256 and names are ignored).
 * Pure module.
 */
export const JSON_FORMAT = "rapporteur.replies";
export const JSON_FORMAT_VERSION = 1;

export interface RepliesDocument {
  format: typeof JSON_FORMAT;
  version: typeof JSON_FORMAT_VERSION;
  cycle: { slug: string; title: string };
  questionnaire: { key: string; version: number };
  exportedAt: string;
  replies: ExportReply[];
}

export function buildRepliesDocument(opts: {
  cycle: { slug: string; title: string };
  questionnaire: { key: string; version: number };
  replies: ExportReply[];
  exportedAt: Date;
}): RepliesDocument {
  return {
    format: JSON_FORMAT,
    version: JSON_FORMAT_VERSION,
    cycle: { slug: opts.cycle.slug, title: opts.cycle.title },
    questionnaire: { key: opts.questionnaire.key, version: opts.questionnaire.version },
    exportedAt: opts.exportedAt.toISOString(),
    replies: opts.replies,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One reply read from an import document, before validation against the questionnaire. */
export interface ImportedReply {
  /** Where it came from, for error messages: "replies[1]" or "Sheet A, row 3". */
  row: string;
  state: string;
  channel?: Channel;
  receivedOn?: string;
  answers: unknown;
}

export interface ImportProblem {
  row: string;
  state: string | null;
  questionId: string | null;
  reason: string;
}

/**
 * Reads a JSON import document. Throws a plain Error with a clear message when the file as a whole
 * is unusable (not JSON, wrong format, wrong cycle or questionnaire); problems of single replies are
 * returned so every one can be listed.
 */
export function readRepliesDocument(
  text: string,
  expected: { cycleSlug: string; questionnaire: { key: string; version: number } },
): { replies: ImportedReply[]; problems: ImportProblem[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new Error("The file is neither an XLSX workbook nor valid JSON.");
  }
  if (!isObject(doc) || doc.format !== JSON_FORMAT) throw new Error(`The JSON file is not in the "${JSON_FORMAT}" format.`);
  if (doc.version !== JSON_FORMAT_VERSION) throw new Error(`Only version ${JSON_FORMAT_VERSION} of the "${JSON_FORMAT}" format is supported.`);
  const cycle = isObject(doc.cycle) ? doc.cycle : {};
  if (cycle.slug !== expected.cycleSlug) throw new Error(`The file is for the cycle "${String(cycle.slug ?? "")}", not "${expected.cycleSlug}".`);
  const q = isObject(doc.questionnaire) ? doc.questionnaire : {};
  if (q.key !== expected.questionnaire.key || q.version !== expected.questionnaire.version) {
    throw new Error(
      `The file is for questionnaire ${String(q.key ?? "?")} version ${String(q.version ?? "?")}; this cycle uses ${expected.questionnaire.key} version ${expected.questionnaire.version}.`,
    );
  }
  if (!Array.isArray(doc.replies)) throw new Error('The JSON file has no "replies" list.');

  const replies: ImportedReply[] = [];
  const problems: ImportProblem[] = [];
  doc.replies.forEach((entry: unknown, i: number) => {
    const row = `replies[${i}]`;
    if (!isObject(entry)) return problems.push({ row, state: null, questionId: null, reason: "A reply must be an object." });
    const state = typeof entry.state === "string" ? entry.state.trim().toUpperCase() : "";
    if (!state) return problems.push({ row, state: null, questionId: null, reason: 'The reply has no "state" code.' });
    const reply: ImportedReply = { row, state, answers: entry.answers ?? {} };
    if (entry.channel !== undefined && entry.channel !== null) {
      if ((CHANNELS as readonly unknown[]).includes(entry.channel)) reply.channel = entry.channel as Channel;
      else problems.push({ row, state, questionId: null, reason: `"channel" must be one of ${CHANNELS.join(", ")}.` });
    }
    if (entry.receivedOn !== undefined && entry.receivedOn !== null) {
      if (isIsoDate(entry.receivedOn)) reply.receivedOn = entry.receivedOn;
      else problems.push({ row, state, questionId: null, reason: '"receivedOn" must be a date like 2026-03-01.' });
    }
    if (!isObject(reply.answers)) problems.push({ row, state, questionId: null, reason: '"answers" must be an object keyed by question ID.' });
    replies.push(reply);
  });
  return { replies, problems };
}

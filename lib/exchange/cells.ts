import type { LeafField, Question, QuestionField, QuestionnaireDefinition, Section } from "@/lib/questionnaire/definition";
import { isSectionOffered } from "@/lib/questionnaire/conditions";
import { GRID_VALUE_COLUMN, isFieldValueEmpty } from "@/lib/questionnaire/values";

/**
 * Spreadsheet cells of the exchange formats (XLSX and CSV): one column per question field, one
 * encoding per field type, chosen so that an exported workbook can be filled in and imported back
 * (docs/formats.md lists them with examples). Decoding turns a cell back into the raw answer value;
 * the questionnaire engine (`checkAnswers`) then validates it like any other input, so unknown option
 * codes and out-of-range values get the same reasons as in the web form.
 *
 * Pure module: no server imports.
 */

/** "Information not available" in an INT cell. */
export const NOT_AVAILABLE = "NA";
/** Separator of list items (MC codes, States, instruments, grid cells). */
export const LIST_SEPARATOR = "; ";

export interface ExchangeColumn {
  /** Header of the column: the question ID for a one-field question, else `QID.fieldKey`. */
  key: string;
  questionId: string;
  field: QuestionField;
  /** Human-readable label (question text, and the field label for multi-field questions). */
  label: string;
}

export interface ExchangeSection {
  section: Section;
  columns: ExchangeColumn[];
}

/** The columns of every section the cycle offers (its modules), in questionnaire order. */
export function exchangeSections(definition: QuestionnaireDefinition, modules: readonly string[]): ExchangeSection[] {
  return definition.sections
    .filter((section) => isSectionOffered(section, { modules }))
    .map((section) => ({ section, columns: section.questions.flatMap(questionColumns) }));
}

function questionColumns(question: Question): ExchangeColumn[] {
  const single = question.fields.length === 1;
  return question.fields.map((field) => ({
    key: single ? question.id : `${question.id}.${field.key}`,
    questionId: question.id,
    field,
    label: single ? question.text : `${question.text} — ${field.label}`,
  }));
}

/** The column a header names: `QID` (the question's first field) or `QID.fieldKey`. */
export function findColumn(sections: readonly ExchangeSection[], header: string): ExchangeColumn | { questionId: string; unknownField?: string } {
  const [questionId = "", fieldKey] = header.trim().split(".", 2);
  for (const { columns } of sections) {
    const ofQuestion = columns.filter((c) => c.questionId === questionId);
    if (ofQuestion.length === 0) continue;
    const column = fieldKey === undefined ? ofQuestion[0] : ofQuestion.find((c) => c.field.key === fieldKey);
    return column ?? { questionId, unknownField: fieldKey };
  }
  return { questionId };
}

// ---------------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------------

export type CellValue = string | number | null;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string => (typeof value === "string" ? value : "");

function encodeInstrument(entry: Record<string, unknown>): string {
  const parts = [str(entry.instrument), str(entry.date), str(entry.action)];
  while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  return parts.join(":");
}

/**
 * The cell of one stored field value (`null` for an unanswered field). Strings are not neutralised
 * here: the writers do it for every string cell (lib/exchange/neutralise.ts).
 */
export function encodeCell(field: QuestionField, value: unknown): CellValue {
  if (value === undefined || value === null || isFieldValueEmpty(value)) return null;
  switch (field.type) {
    case "YNP":
    case "DATE":
    case "TXT":
      return String(value);
    case "YEAR":
      return typeof value === "number" ? value : String(value);
    case "SC": {
      const v = value as Record<string, unknown>;
      return v.other ? `${str(v.code)}: ${str(v.other)}` : str(v.code);
    }
    case "MC": {
      const v = value as Record<string, unknown>;
      const codes = (Array.isArray(v.selected) ? v.selected : []).map(String).join(LIST_SEPARATOR);
      return v.other ? `${codes}: ${str(v.other)}` : codes;
    }
    case "INT": {
      const v = value as Record<string, unknown>;
      if (v.notAvailable === true) return NOT_AVAILABLE;
      const currency = typeof v.currency === "string" && v.currency ? v.currency : undefined;
      if (isObject(v.cells)) {
        const parts: string[] = [];
        for (const [row, cols] of Object.entries(v.cells)) {
          if (!isObject(cols)) continue;
          for (const [col, n] of Object.entries(cols)) {
            if (typeof n === "number") parts.push(`${col === GRID_VALUE_COLUMN ? row : `${row}:${col}`}=${n}`);
          }
        }
        if (currency) parts.push(currency);
        return parts.join(LIST_SEPARATOR);
      }
      if (typeof v.value !== "number") return null;
      return currency ? `${v.value} ${currency}` : v.value;
    }
    case "INSTR":
      return (value as Record<string, unknown>[]).map(encodeInstrument).join(LIST_SEPARATOR);
    case "STATE_LIST":
    case "FILE":
      return (value as string[]).join(LIST_SEPARATOR);
    case "GP":
    case "GROUP":
      return JSON.stringify(value);
  }
}

// ---------------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------------

export type DecodeResult = { ok: true; value: unknown } | { ok: false; reason: string };

/** Reverses formula neutralisation: the apostrophe an export put before `=`, `+`, `-`, `@`, tab or CR. */
export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * A raw cell as read from CSV (string) or exceljs (string, number, boolean, Date, rich text,
 * hyperlink or formula object) as text or number; `null` when empty. Formulas are refused.
 */
export function cellContent(raw: unknown): { ok: true; value: string | number | Date | null } | { ok: false; reason: string } {
  if (raw === undefined || raw === null) return { ok: true, value: null };
  if (typeof raw === "number") return { ok: true, value: raw };
  if (typeof raw === "boolean") return { ok: true, value: raw ? "TRUE" : "FALSE" };
  if (raw instanceof Date) return { ok: true, value: raw };
  if (typeof raw === "string") {
    const text = unneutralise(raw.trim());
    return { ok: true, value: text === "" ? null : text };
  }
  if (isObject(raw)) {
    if ("formula" in raw || "sharedFormula" in raw) return { ok: false, reason: "Formulas are not accepted; enter the value itself." };
    if (Array.isArray(raw.richText)) return cellContent(raw.richText.map((r: { text?: unknown }) => str(r.text)).join(""));
    if (typeof raw.text === "string") return cellContent(raw.text);
    if ("error" in raw) return { ok: false, reason: "The cell holds a spreadsheet error." };
  }
  return { ok: false, reason: "The cell content is not recognised." };
}

const INTEGER_RE = /^-?\d+$/;

function splitList(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** `CODES[: other text]`: codes are UPPER_SNAKE, so the first colon starts the "Other (specify)" text. */
function splitOther(text: string): { head: string; other?: string } {
  const at = text.indexOf(":");
  if (at < 0) return { head: text.trim() };
  const other = text.slice(at + 1).trim();
  return other ? { head: text.slice(0, at).trim(), other } : { head: text.slice(0, at).trim() };
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function decodeNumber(value: string | number, what: string): DecodeResult {
  if (typeof value === "number") return { ok: true, value };
  if (INTEGER_RE.test(value)) return { ok: true, value: Number(value) };
  return { ok: false, reason: `"${value}" is not ${what}.` };
}

function decodeInt(field: Extract<LeafField, { type: "INT" }>, value: string | number): DecodeResult {
  if (typeof value === "number") return { ok: true, value: { value } };
  if (value.toUpperCase() === NOT_AVAILABLE) return { ok: true, value: { notAvailable: true } };
  if (!field.grid) {
    const m = /^(-?\d+)(?:\s+([A-Za-z]{3}))?$/.exec(value);
    if (!m) return { ok: false, reason: `"${value}" is not a whole number (or ${NOT_AVAILABLE}).` };
    return { ok: true, value: m[2] ? { value: Number(m[1]), currency: m[2].toUpperCase() } : { value: Number(m[1]) } };
  }
  const cells: Record<string, Record<string, number>> = {};
  let currency: string | undefined;
  for (const token of splitList(value)) {
    const m = /^([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?\s*=\s*(-?\d+)$/.exec(token);
    if (m) {
      const row = m[1]!.toUpperCase();
      const column = m[2] ? m[2].toUpperCase() : GRID_VALUE_COLUMN;
      (cells[row] ??= {})[column] = Number(m[3]);
    } else if (/^[A-Za-z]{3}$/.test(token) && field.withCurrency) {
      currency = token.toUpperCase();
    } else {
      return { ok: false, reason: `"${token}" is not a grid figure like ROW:COLUMN=12.` };
    }
  }
  return { ok: true, value: currency ? { cells, currency } : { cells } };
}

function decodeJson(text: string): DecodeResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: "The cell must hold the answer as JSON (see docs/formats.md)." };
  }
}

/**
 * The raw answer value of one cell (`{ ok: true, value: undefined }` when the cell is empty). The
 * value still has to pass the questionnaire's validation.
 */
export function decodeCell(field: QuestionField, raw: unknown): DecodeResult {
  const content = cellContent(raw);
  if (!content.ok) return content;
  const cell = content.value;
  if (cell === null) return { ok: true, value: undefined };
  if (field.type === "DATE") return { ok: true, value: cell instanceof Date ? toIso(cell) : String(cell) };
  if (cell instanceof Date) return { ok: false, reason: "A date is not a valid answer here." };
  const text = String(cell);
  switch (field.type) {
    case "YNP":
      return { ok: true, value: text.toUpperCase() };
    case "TXT":
      return { ok: true, value: text };
    case "YEAR":
      return decodeNumber(cell, "a year");
    case "SC": {
      const { head, other } = splitOther(text);
      return { ok: true, value: other ? { code: head.toUpperCase(), other } : { code: head.toUpperCase() } };
    }
    case "MC": {
      const { head, other } = splitOther(text);
      const selected = splitList(head).map((c) => c.toUpperCase());
      return { ok: true, value: other ? { selected, other } : { selected } };
    }
    case "INT":
      return decodeInt(field, cell);
    case "INSTR": {
      const entries = splitList(text).map((item) => {
        const [instrument = "", date = "", action = ""] = item.split(":").map((s) => s.trim());
        const entry: Record<string, string> = { instrument: instrument.toUpperCase() };
        if (date) entry.date = date;
        if (action) entry.action = action.toUpperCase();
        return entry;
      });
      return { ok: true, value: entries };
    }
    case "STATE_LIST":
      return { ok: true, value: splitList(text).map((c) => c.toUpperCase()) };
    case "FILE":
      return { ok: false, reason: "Attachments cannot be imported; leave this column empty." };
    case "GP":
    case "GROUP":
      return decodeJson(text);
  }
}

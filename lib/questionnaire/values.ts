import { z } from "zod";
import { YNP_VALUES, type GroupField, type LeafField, type QuestionField, type YnpValue } from "./definition";
import { plainText } from "@/lib/text/plain-text";
import { countWords } from "./words";

/**
 * The value of each field type: TS types, validation and normalisation.
 *
 * An answer to a question is an object keyed by field key (`QuestionAnswer`); the answers of a
 * submission are keyed by question ID (`Answers`). A missing key, `null`, a blank string, `NaN`, an empty
 * list and the other "empty" forms listed on `isFieldValueEmpty` mean "unanswered"; validation turns them
 * into `null`, so stored answers have one form per meaning.
 *
 * Rules come in two kinds:
 * - **validity** (every mode): types, known option codes, no duplicates, exclusive options, word and
 *   character limits, ranges, real dates, list lengths. Bad data is never stored.
 * - **completeness** (submit mode only): the "Other (specify)" text, `minSelected`, the currency of an
 *   amount, the parts of a good-practice nomination, the required sub-fields of a repeating group. A
 *   draft may be incomplete.
 * Whether a field itself must be answered depends on its question (see build-answer-schema.ts).
 *
 * Every message is a message-catalogue key (`QUESTIONNAIRE_VALIDATION_KEYS`).
 *
 * Pure module: no server imports. `YNP_VALUES` is read inside functions only, so definition.ts may
 * import this module (through conditions.ts) without an import-order problem.
 */

// ---------------------------------------------------------------------------------------------------
// Limits and constants
// ---------------------------------------------------------------------------------------------------

/** Hard cap on the characters of any text value, whatever its word limit. */
export const MAX_TEXT_CHARS = 20_000;
/** Word limit of an "Other (specify)" text (SC and MC). */
export const OTHER_WORD_LIMIT = 100;
/** Word limits of a good-practice nomination. */
export const GP_TITLE_WORD_LIMIT = 20;
export const GP_TEXT_WORD_LIMIT = 150;
/** The column key of a grid without columns: `{ cells: { [row]: { VALUE: n } } }`. */
export const GRID_VALUE_COLUMN = "VALUE";
/** Consent to be named in a good-practice nomination. */
export const GP_CONSENTS = ["NAMED", "ANONYMOUS"] as const;

/** Every message this engine returns; each must exist in the message catalogue. */
export const QUESTIONNAIRE_VALIDATION_KEYS = [
  "validation.required",
  "validation.invalid",
  "validation.unknownQuestion",
  "validation.unknownField",
  "validation.option",
  "validation.specifyOther",
  "validation.exclusiveOption",
  "validation.duplicate",
  "validation.tooFew",
  "validation.tooMany",
  "validation.integer",
  "validation.nonNegative",
  "validation.tooLarge",
  "validation.currency",
  "validation.year",
  "validation.date",
  "validation.wordLimit",
  "validation.tooLong",
  "validation.memberState",
  "validation.id",
] as const;
export type ValidationKey = (typeof QUESTIONNAIRE_VALIDATION_KEYS)[number];

// ---------------------------------------------------------------------------------------------------
// Value types (the stored form, after validation)
// ---------------------------------------------------------------------------------------------------

/** SC: the chosen option; `other` only when that option has `specify: true` (dropped otherwise). */
export type ScValue = { code: string; other?: string };
/** MC: the chosen options in the order given; `other` only when a `specify` option is selected. */
export type McValue = { selected: string[]; other?: string };
/** INT without a grid. `currency` (ISO 4217) only on fields `withCurrency`. */
export type IntAmountValue = { value: number; currency?: string };
/**
 * INT with a grid: `cells[rowCode][columnCode]`, or `cells[rowCode].VALUE` when the grid has no columns.
 * Missing and `null` cells mean "no figure"; validation removes them (and rows left empty).
 */
export type IntGridValue = { cells: Record<string, Record<string, number | null>>; currency?: string };
/** INT: the State has no figure. Ticking it discards any figure sent with it. */
export type IntNotAvailableValue = { notAvailable: true };
export type IntValue = IntAmountValue | IntGridValue | IntNotAvailableValue;
/** INSTR: one instrument per entry; `date` only when the field has `withDate`, `action` only with `actions`. */
export type InstrumentEntry = { instrument: string; date?: string; action?: string };
export type GpConsent = (typeof GP_CONSENTS)[number];
/** GP: title and description may be "" in a draft; submit requires them and the consent. */
export type GoodPracticeEntry = { title: string; description: string; results?: string; consent?: GpConsent };
/**
 * A leaf value: YNP, SC, MC, INT, YEAR (number), DATE ("YYYY-MM-DD"), TXT (trimmed string), INSTR,
 * STATE_LIST (unique ISO alpha-3 codes; the server checks they exist), GP, FILE (unique attachment
 * UUIDs, lower-cased).
 */
export type LeafFieldValue =
  | YnpValue
  | ScValue
  | McValue
  | IntValue
  | number
  | string
  | InstrumentEntry[]
  | string[]
  | GoodPracticeEntry[];
/** One item of a repeating group, keyed by sub-field key; blank sub-fields are left out. */
export type GroupItem = Record<string, LeafFieldValue | null>;
export type FieldValue = LeafFieldValue | GroupItem[];
/** The answer to one question, keyed by field key. A missing key or `null` is unanswered. */
export type QuestionAnswer = Record<string, FieldValue | null>;
/** All answers of a submission, keyed by question ID. */
export type Answers = Record<string, QuestionAnswer>;
/**
 * Answers not (yet) validated: as read from storage (jsonb) or taken from a form. Conditions, visibility
 * and completeness accept them and read values defensively; `Answers` is one of them.
 */
export type UncheckedAnswers = Readonly<Record<string, Readonly<Record<string, unknown>> | null | undefined>>;

/** The value type of each field type. */
export interface FieldValueByType {
  YNP: YnpValue;
  SC: ScValue;
  MC: McValue;
  INT: IntValue;
  YEAR: number;
  DATE: string;
  TXT: string;
  INSTR: InstrumentEntry[];
  STATE_LIST: string[];
  GP: GoodPracticeEntry[];
  FILE: string[];
  GROUP: GroupItem[];
}

export type AnswerMode = "draft" | "submit";
export type IssuePath = (string | number)[];
export interface ValueIssue {
  path: IssuePath;
  message: ValidationKey;
}

// ---------------------------------------------------------------------------------------------------
// Emptiness and requirement
// ---------------------------------------------------------------------------------------------------

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** undefined, null, a blank string or NaN: the raw forms of "nothing entered" that a form control produces. */
function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === "string" && value.trim() === "") ||
    (typeof value === "number" && Number.isNaN(value))
  );
}

/**
 * True when a value (stored or straight from a form) is unanswered: missing, null, blank text, NaN, an
 * empty list, an SC without a code, an MC with nothing selected, an INT without a figure (and not marked
 * "not available"), a grid without any figure, or an object whose members are all empty.
 */
export function isFieldValueEmpty(value: unknown): boolean {
  if (isBlank(value)) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (!isPlainObject(value)) return false;
  if (value.notAvailable === true) return false;
  if ("selected" in value) return !Array.isArray(value.selected) || value.selected.length === 0;
  if ("code" in value) return isBlank(value.code);
  if ("cells" in value) {
    if (!isPlainObject(value.cells)) return true;
    return !Object.values(value.cells).some(
      (row) => isPlainObject(row) && Object.values(row).some((cell) => typeof cell === "number" && !Number.isNaN(cell)),
    );
  }
  if ("value" in value) return isBlank(value.value);
  // An INT answer without a figure ({ notAvailable: false }, { currency: "USD" }) is still unanswered.
  return Object.entries(value).every(([key, v]) => key === "notAvailable" || key === "currency" || isFieldValueEmpty(v));
}

/**
 * Whether a field must be filled when its question (or its group item) is required: its `required` flag,
 * by default true for the first field and false for the others.
 */
export function isFieldRequired(field: QuestionField | LeafField, index: number): boolean {
  return field.required ?? index === 0;
}

// ---------------------------------------------------------------------------------------------------
// Validity
// ---------------------------------------------------------------------------------------------------

class Issues {
  readonly list: ValueIssue[] = [];
  add(path: IssuePath, message: ValidationKey): void {
    this.list.push({ path, message });
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CURRENCY_RE = /^[A-Z]{3}$/;
const STATE_RE = /^[A-Z]{3}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** "YYYY-MM-DD" naming a day that exists in the proleptic Gregorian calendar. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function checkKeys(value: Record<string, unknown>, allowed: readonly string[], path: IssuePath, issues: Issues): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) issues.add([...path, key], "validation.unknownField");
  }
}

/** A trimmed text within the character cap and `wordLimit`; "" when blank; undefined when not a string. */
function checkText(value: unknown, wordLimit: number, path: IssuePath, issues: Issues): string | undefined {
  if (isBlank(value)) return "";
  if (typeof value !== "string") {
    issues.add(path, "validation.invalid");
    return undefined;
  }
  const text = plainText(value).trim();
  if (text.length > MAX_TEXT_CHARS) issues.add(path, "validation.tooLong");
  else if (countWords(text) > wordLimit) issues.add(path, "validation.wordLimit");
  return text;
}

function checkCount(value: unknown, max: number, path: IssuePath, issues: Issues): number | undefined {
  if (typeof value !== "number" || !Number.isFinite(value) || !Number.isInteger(value)) {
    issues.add(path, "validation.integer");
    return undefined;
  }
  if (value < 0) {
    issues.add(path, "validation.nonNegative");
    return undefined;
  }
  if (value > max) {
    issues.add(path, "validation.tooLarge");
    return undefined;
  }
  return value;
}

function checkArray(value: unknown, max: number | undefined, path: IssuePath, issues: Issues): unknown[] | undefined {
  if (!Array.isArray(value)) {
    issues.add(path, "validation.invalid");
    return undefined;
  }
  if (max !== undefined && value.length > max) {
    issues.add(path, "validation.tooMany");
    return undefined;
  }
  return value;
}

function checkCurrency(value: Record<string, unknown>, out: { currency?: string }, path: IssuePath, issues: Issues) {
  if (isBlank(value.currency)) return;
  if (typeof value.currency === "string" && CURRENCY_RE.test(value.currency)) out.currency = value.currency;
  else issues.add([...path, "currency"], "validation.currency");
}

/** Specify text of SC/MC: kept only when a `specify` option is chosen. */
function checkOther(value: Record<string, unknown>, keep: boolean, out: { other?: string }, path: IssuePath, issues: Issues) {
  const other = checkText(value.other, OTHER_WORD_LIMIT, [...path, "other"], issues);
  if (keep && other) out.other = other;
}

function validateInt(field: Extract<LeafField, { type: "INT" }>, value: unknown, path: IssuePath, issues: Issues): IntValue | null {
  if (!isPlainObject(value)) {
    issues.add(path, "validation.invalid");
    return null;
  }
  const max = field.max ?? Number.MAX_SAFE_INTEGER;
  const allowed = ["notAvailable", field.grid ? "cells" : "value", ...(field.withCurrency ? ["currency"] : [])];
  checkKeys(value, allowed, path, issues);
  if (!isBlank(value.notAvailable) && typeof value.notAvailable !== "boolean") {
    issues.add([...path, "notAvailable"], "validation.invalid");
    return null;
  }
  if (value.notAvailable === true) return { notAvailable: true };

  if (!field.grid) {
    if (isBlank(value.value)) return null;
    const n = checkCount(value.value, max, [...path, "value"], issues);
    if (n === undefined) return null;
    const out: IntAmountValue = { value: n };
    if (field.withCurrency) checkCurrency(value, out, path, issues);
    return out;
  }

  if (isBlank(value.cells)) return null;
  if (!isPlainObject(value.cells)) {
    issues.add([...path, "cells"], "validation.invalid");
    return null;
  }
  const rows = field.grid.rows.map((r) => r.code);
  const columns = field.grid.columns?.map((c) => c.code) ?? [GRID_VALUE_COLUMN];
  const cells: Record<string, Record<string, number>> = {};
  for (const [row, rowValue] of Object.entries(value.cells)) {
    const rowPath = [...path, "cells", row];
    if (!rows.includes(row)) {
      issues.add(rowPath, "validation.unknownField");
      continue;
    }
    if (isBlank(rowValue)) continue;
    if (!isPlainObject(rowValue)) {
      issues.add(rowPath, "validation.invalid");
      continue;
    }
    for (const [column, cell] of Object.entries(rowValue)) {
      if (!columns.includes(column)) {
        issues.add([...rowPath, column], "validation.unknownField");
        continue;
      }
      if (isBlank(cell)) continue;
      const n = checkCount(cell, max, [...rowPath, column], issues);
      if (n !== undefined) (cells[row] ??= {})[column] = n;
    }
  }
  if (Object.keys(cells).length === 0) return null;
  const out: IntGridValue = { cells };
  if (field.withCurrency) checkCurrency(value, out, path, issues);
  return out;
}

function validateLeaf(field: LeafField, value: unknown, path: IssuePath, issues: Issues): LeafFieldValue | null {
  if (isBlank(value)) return null;
  switch (field.type) {
    case "YNP": {
      const allowed = field.allowPartial === false ? YNP_VALUES.filter((v) => v !== "PARTIAL") : [...YNP_VALUES];
      if (typeof value !== "string" || !(allowed as string[]).includes(value)) {
        issues.add(path, "validation.option");
        return null;
      }
      return value as YnpValue;
    }
    case "SC": {
      if (!isPlainObject(value)) {
        issues.add(path, "validation.invalid");
        return null;
      }
      checkKeys(value, ["code", "other"], path, issues);
      if (isBlank(value.code)) return null;
      const option = field.options.find((o) => o.code === value.code);
      if (!option) {
        issues.add([...path, "code"], "validation.option");
        return null;
      }
      const out: ScValue = { code: option.code };
      checkOther(value, option.specify === true, out, path, issues);
      return out;
    }
    case "MC": {
      if (!isPlainObject(value)) {
        issues.add(path, "validation.invalid");
        return null;
      }
      checkKeys(value, ["selected", "other"], path, issues);
      const raw = isBlank(value.selected) ? [] : checkArray(value.selected, undefined, [...path, "selected"], issues);
      if (!raw) return null;
      const selected: string[] = [];
      raw.forEach((code, i) => {
        const option = field.options.find((o) => o.code === code);
        if (!option) issues.add([...path, "selected", i], "validation.option");
        else if (selected.includes(option.code)) issues.add([...path, "selected", i], "validation.duplicate");
        else selected.push(option.code);
      });
      const chosen = field.options.filter((o) => selected.includes(o.code));
      if (selected.length > 1 && chosen.some((o) => o.exclusive)) issues.add([...path, "selected"], "validation.exclusiveOption");
      const out: McValue = { selected };
      checkOther(value, chosen.some((o) => o.specify), out, path, issues);
      return selected.length ? out : null;
    }
    case "INT":
      return validateInt(field, value, path, issues);
    case "YEAR": {
      const ok = typeof value === "number" && Number.isInteger(value) && value >= field.min && value <= field.max;
      if (!ok) issues.add(path, "validation.year");
      return ok ? value : null;
    }
    case "DATE": {
      if (!isIsoDate(value)) {
        issues.add(path, "validation.date");
        return null;
      }
      return value;
    }
    case "TXT":
      return checkText(value, field.wordLimit, path, issues) || null;
    case "INSTR": {
      const raw = checkArray(value, field.instruments.length, path, issues);
      if (!raw) return null;
      const withDate = field.withDate !== false;
      const allowed = ["instrument", ...(withDate ? ["date"] : []), ...(field.actions ? ["action"] : [])];
      const out: InstrumentEntry[] = [];
      raw.forEach((entry, i) => {
        const at = [...path, i];
        if (!isPlainObject(entry)) return issues.add(at, "validation.invalid");
        checkKeys(entry, allowed, at, issues);
        const item: InstrumentEntry = { instrument: "" };
        if (isBlank(entry.instrument)) issues.add([...at, "instrument"], "validation.required");
        else if (!field.instruments.some((o) => o.code === entry.instrument)) issues.add([...at, "instrument"], "validation.option");
        else if (out.some((e) => e.instrument === entry.instrument)) issues.add([...at, "instrument"], "validation.duplicate");
        else item.instrument = entry.instrument as string;
        if (withDate && !isBlank(entry.date)) {
          if (isIsoDate(entry.date)) item.date = entry.date;
          else issues.add([...at, "date"], "validation.date");
        }
        if (field.actions && !isBlank(entry.action)) {
          const action = field.actions.find((o) => o.code === entry.action);
          if (action) item.action = action.code;
          else issues.add([...at, "action"], "validation.option");
        }
        out.push(item);
      });
      return out.length ? out : null;
    }
    case "STATE_LIST": {
      const raw = checkArray(value, undefined, path, issues);
      if (!raw) return null;
      const out: string[] = [];
      raw.forEach((code, i) => {
        if (typeof code !== "string" || !STATE_RE.test(code)) issues.add([...path, i], "validation.memberState");
        else if (out.includes(code)) issues.add([...path, i], "validation.duplicate");
        else out.push(code);
      });
      return out.length ? out : null;
    }
    case "GP": {
      const raw = checkArray(value, field.count, path, issues);
      if (!raw) return null;
      const out: GoodPracticeEntry[] = [];
      raw.forEach((entry, i) => {
        const at = [...path, i];
        if (!isPlainObject(entry)) return issues.add(at, "validation.invalid");
        checkKeys(entry, ["title", "description", "results", "consent"], at, issues);
        const item: GoodPracticeEntry = {
          title: checkText(entry.title, GP_TITLE_WORD_LIMIT, [...at, "title"], issues) ?? "",
          description: checkText(entry.description, GP_TEXT_WORD_LIMIT, [...at, "description"], issues) ?? "",
        };
        const results = checkText(entry.results, GP_TEXT_WORD_LIMIT, [...at, "results"], issues);
        if (results) item.results = results;
        if (!isBlank(entry.consent)) {
          if ((GP_CONSENTS as readonly unknown[]).includes(entry.consent)) item.consent = entry.consent as GpConsent;
          else issues.add([...at, "consent"], "validation.option");
        }
        out.push(item);
      });
      return out.length ? out : null;
    }
    case "FILE": {
      const raw = checkArray(value, field.maxFiles, path, issues);
      if (!raw) return null;
      const out: string[] = [];
      raw.forEach((id, i) => {
        if (typeof id !== "string" || !UUID_RE.test(id)) issues.add([...path, i], "validation.id");
        else if (out.includes(id.toLowerCase())) issues.add([...path, i], "validation.duplicate");
        else out.push(id.toLowerCase());
      });
      return out.length ? out : null;
    }
  }
}

function validateGroup(field: GroupField, value: unknown, path: IssuePath, issues: Issues): GroupItem[] | null {
  if (isBlank(value)) return null;
  const raw = checkArray(value, field.maxItems, path, issues);
  if (!raw) return null;
  const keys = field.fields.map((f) => f.key);
  const out: GroupItem[] = [];
  raw.forEach((entry, i) => {
    const at = [...path, i];
    if (!isPlainObject(entry)) return issues.add(at, "validation.invalid");
    checkKeys(entry, keys, at, issues);
    const item: GroupItem = {};
    for (const sub of field.fields) {
      const v = validateLeaf(sub, entry[sub.key], [...at, sub.key], issues);
      if (v !== null) item[sub.key] = v;
    }
    out.push(item);
  });
  return out.length ? out : null;
}

// ---------------------------------------------------------------------------------------------------
// Completeness (submit mode)
// ---------------------------------------------------------------------------------------------------

/** Decides whether a sub-field of a group is shown; by default every sub-field is. */
export type SubFieldVisibility = (subField: LeafField) => boolean;

function leafCompleteness(field: LeafField, value: LeafFieldValue, path: IssuePath, issues: Issues): void {
  switch (field.type) {
    case "SC": {
      const v = value as ScValue;
      if (field.options.find((o) => o.code === v.code)?.specify && !v.other) issues.add([...path, "other"], "validation.specifyOther");
      return;
    }
    case "MC": {
      const v = value as McValue;
      if (field.options.some((o) => o.specify && v.selected.includes(o.code)) && !v.other) {
        issues.add([...path, "other"], "validation.specifyOther");
      }
      if (field.minSelected !== undefined && v.selected.length < field.minSelected) issues.add([...path, "selected"], "validation.tooFew");
      return;
    }
    case "INT": {
      const v = value as IntValue;
      if (field.withCurrency && !("notAvailable" in v) && !v.currency) issues.add([...path, "currency"], "validation.required");
      return;
    }
    case "GP": {
      (value as GoodPracticeEntry[]).forEach((entry, i) => {
        if (!entry.title) issues.add([...path, i, "title"], "validation.required");
        if (!entry.description) issues.add([...path, i, "description"], "validation.required");
        if (!entry.consent) issues.add([...path, i, "consent"], "validation.required");
      });
      return;
    }
    default:
      return;
  }
}

function completeness(field: QuestionField, value: FieldValue, path: IssuePath, isSubFieldVisible: SubFieldVisibility, issues: Issues) {
  if (field.type !== "GROUP") return leafCompleteness(field, value as LeafFieldValue, path, issues);
  (value as GroupItem[]).forEach((item, i) => {
    field.fields.forEach((sub, index) => {
      if (!isSubFieldVisible(sub)) return;
      const v = item[sub.key];
      if (v === null || v === undefined || isFieldValueEmpty(v)) {
        if (isFieldRequired(sub, index)) issues.add([...path, i, sub.key], "validation.required");
      } else {
        leafCompleteness(sub, v, [...path, i, sub.key], issues);
      }
    });
  });
}

/**
 * The submit-only rules for a value that has passed validity (`validateFieldValue` in draft mode).
 * Issue paths are relative to the field.
 */
export function fieldCompletenessIssues(
  field: QuestionField,
  value: FieldValue | null,
  isSubFieldVisible: SubFieldVisibility = () => true,
): ValueIssue[] {
  const issues = new Issues();
  if (value !== null) completeness(field, value, [], isSubFieldVisible, issues);
  return issues.list;
}

/**
 * Validates and normalises one field value. Returns the stored form (`null` when unanswered) and the
 * issues, with paths relative to the field; `value` is only meaningful when there are no issues. In
 * submit mode the completeness rules run too (when the value is valid). Whether the field must be
 * answered at all is decided by its question, not here.
 */
export function validateFieldValue(
  field: QuestionField,
  raw: unknown,
  options: { mode: AnswerMode; isSubFieldVisible?: SubFieldVisibility },
): { value: FieldValue | null; issues: ValueIssue[] } {
  const issues = new Issues();
  const value = field.type === "GROUP" ? validateGroup(field, raw, [], issues) : validateLeaf(field, raw, [], issues);
  if (options.mode === "submit" && issues.list.length === 0 && value !== null) {
    completeness(field, value, [], options.isSubFieldVisible ?? (() => true), issues);
  }
  return { value, issues: issues.list };
}

/**
 * The zod schema of one field's value (`null` = unanswered), e.g. for a single control. Its output is
 * the normalised value; its issues carry catalogue keys and paths relative to the field. All sub-fields
 * of a group count as visible here; the answers schema applies their conditions.
 */
export function fieldValueSchema<F extends QuestionField>(field: F, mode: AnswerMode): z.ZodType<FieldValueByType[F["type"]] | null, unknown> {
  return z.unknown().transform((raw, ctx) => {
    const { value, issues } = validateFieldValue(field, raw, { mode });
    for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return value as FieldValueByType[F["type"]] | null;
  });
}

import type { LeafField, GroupField } from "./definition";
import { GRID_VALUE_COLUMN, type GoodPracticeEntry, type InstrumentEntry, type McValue, type ScValue } from "./values";

/**
 * The next value of a field after one edit in the answer controls, in the encoding of values.ts.
 *
 * Current values are read defensively (they come from storage or from a half-typed form), and every
 * function returns a new value without touching the one given. `null` means unanswered: an edit that
 * leaves a field with nothing in it returns `null`, so a cleared control reads as unanswered
 * everywhere. Raw edits are passed on as typed (a number below 0, a text over its limit); validation
 * (values.ts) is what reports them.
 *
 * Pure module: no server imports (the client controls use it).
 */

type Field<T extends LeafField["type"]> = Extract<LeafField, { type: T }>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isNumber = (value: unknown): value is number => typeof value === "number" && !Number.isNaN(value);
const isText = (value: unknown): value is string => typeof value === "string" && value !== "";

// ---------------------------------------------------------------------------------------------------
// The answer object
// ---------------------------------------------------------------------------------------------------

/** The answer with one field replaced; the other field keys are kept as they are. */
export function setFieldValue(answer: Readonly<Record<string, unknown>> | null, key: string, value: unknown): Record<string, unknown> {
  return { ...(answer ?? {}), [key]: value };
}

/** A number read from a number input (`valueAsNumber`): NaN, what an empty or unparsable input gives, is unanswered. */
export function numberOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

// ---------------------------------------------------------------------------------------------------
// Reading current values
// ---------------------------------------------------------------------------------------------------

/** A text value, or "" for anything else. */
export function readText(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** A number value, or null. */
export function readNumber(value: unknown): number | null {
  return isNumber(value) ? value : null;
}

export function readSc(value: unknown): { code: string | null; other: string } {
  if (!isObject(value)) return { code: null, other: "" };
  return { code: isText(value.code) ? value.code : null, other: readText(value.other) };
}

export function readMc(value: unknown): { selected: string[]; other: string } {
  if (!isObject(value)) return { selected: [], other: "" };
  const selected = Array.isArray(value.selected) ? value.selected.filter(isText) : [];
  return { selected, other: readText(value.other) };
}

export interface IntView {
  notAvailable: boolean;
  value: number | null;
  currency: string;
  cells: Record<string, Record<string, number | null>>;
}

export function readInt(value: unknown): IntView {
  if (!isObject(value)) return { notAvailable: false, value: null, currency: "", cells: {} };
  const cells: Record<string, Record<string, number | null>> = {};
  if (isObject(value.cells)) {
    for (const [row, rowValue] of Object.entries(value.cells)) {
      if (!isObject(rowValue)) continue;
      const out: Record<string, number | null> = {};
      for (const [column, cell] of Object.entries(rowValue)) out[column] = isNumber(cell) ? cell : null;
      cells[row] = out;
    }
  }
  return { notAvailable: value.notAvailable === true, value: readNumber(value.value), currency: readText(value.currency), cells };
}

/** A list of strings (STATE_LIST, FILE). */
export function readStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isText) : [];
}

export function readInstruments(value: unknown): InstrumentEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).flatMap((entry): InstrumentEntry[] => {
    if (!isText(entry.instrument)) return [];
    const out: InstrumentEntry = { instrument: entry.instrument };
    if (isText(entry.date)) out.date = entry.date;
    if (isText(entry.action)) out.action = entry.action;
    return [out];
  });
}

export function readGoodPractices(value: unknown): GoodPracticeEntry[] {
  if (!Array.isArray(value)) return [];
  return value.map((entry): GoodPracticeEntry => {
    if (!isObject(entry)) return { title: "", description: "" };
    const out: GoodPracticeEntry = { title: readText(entry.title), description: readText(entry.description) };
    if (isText(entry.results)) out.results = entry.results;
    if (entry.consent === "NAMED" || entry.consent === "ANONYMOUS") out.consent = entry.consent;
    return out;
  });
}

export function readGroupItems(value: unknown): Record<string, unknown>[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => (isObject(item) ? item : {}));
}

// ---------------------------------------------------------------------------------------------------
// Simple values
// ---------------------------------------------------------------------------------------------------

/** TXT and DATE: an empty string is unanswered. Text is kept as typed (the server trims it). */
export function textOrNull(text: string): string | null {
  return text === "" ? null : text;
}

// ---------------------------------------------------------------------------------------------------
// Single choice
// ---------------------------------------------------------------------------------------------------

/** Chooses an option (null: none). The "specify" text is kept only while a `specify` option is chosen. */
export function chooseScOption(field: Field<"SC">, current: unknown, code: string | null): ScValue | null {
  if (code === null) return null;
  const option = field.options.find((o) => o.code === code);
  const { other } = readSc(current);
  const next: ScValue = { code };
  if (option?.specify && other) next.other = other;
  return next;
}

export function setScOther(current: unknown, other: string): ScValue | null {
  const { code } = readSc(current);
  if (code === null) return null;
  return other ? { code, other } : { code };
}

// ---------------------------------------------------------------------------------------------------
// Multiple choice
// ---------------------------------------------------------------------------------------------------

/**
 * Ticks or unticks an option. Ticking an exclusive option ("None") unticks all others; ticking any other
 * option unticks the exclusive ones. The selection follows the order of the options; the "specify" text
 * is kept only while a `specify` option is ticked; nothing ticked is unanswered.
 */
export function toggleMcOption(field: Field<"MC">, current: unknown, code: string, checked: boolean): McValue | null {
  const { selected, other } = readMc(current);
  const option = field.options.find((o) => o.code === code);
  let next: string[];
  if (!checked) next = selected.filter((c) => c !== code);
  else if (option?.exclusive) next = [code];
  else {
    const exclusive = new Set(field.options.filter((o) => o.exclusive).map((o) => o.code));
    next = [...selected.filter((c) => !exclusive.has(c) && c !== code), code];
  }
  const order = field.options.map((o) => o.code);
  next.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (next.length === 0) return null;
  const out: McValue = { selected: next };
  if (other && field.options.some((o) => o.specify && next.includes(o.code))) out.other = other;
  return out;
}

export function setMcOther(current: unknown, other: string): McValue | null {
  const { selected } = readMc(current);
  if (selected.length === 0) return null;
  return other ? { selected, other } : { selected };
}

// ---------------------------------------------------------------------------------------------------
// Integers, amounts and grids
// ---------------------------------------------------------------------------------------------------

type IntEdit = Record<string, unknown>;

/**
 * Builds an INT value from its parts. Without any figure it is unanswered (`null`), except that a
 * currency already typed is kept (`{ currency }`, which values.ts also reads as unanswered) so that
 * clearing the amount does not wipe the currency.
 */
function intFrom(field: Field<"INT">, parts: { value: number | null; currency: string; cells: IntView["cells"] }): IntEdit | null {
  const out: IntEdit = {};
  if (field.grid) {
    const hasFigure = Object.values(parts.cells).some((row) => Object.values(row).some(isNumber));
    if (hasFigure) out.cells = parts.cells;
  } else if (parts.value !== null) {
    out.value = parts.value;
  }
  if (field.withCurrency && parts.currency) out.currency = parts.currency;
  return Object.keys(out).length ? out : null;
}

/** Sets the amount of an INT without a grid (null: emptied). */
export function setIntAmount(field: Field<"INT">, current: unknown, amount: number | null): IntEdit | null {
  const view = readInt(current);
  return intFrom(field, { value: amount, currency: view.currency, cells: {} });
}

/** Sets the currency (upper-cased, as ISO 4217 codes are written); "" removes it. */
export function setIntCurrency(field: Field<"INT">, current: unknown, currency: string): IntEdit | null {
  const view = readInt(current);
  return intFrom(field, { value: view.value, currency: currency.trim().toUpperCase(), cells: view.cells });
}

/** "Information not available": `{ notAvailable: true }` alone; unticking leaves the field unanswered. */
export function setIntNotAvailable(notAvailable: boolean): IntEdit | null {
  return notAvailable ? { notAvailable: true } : null;
}

/** Sets one cell of a grid (null: emptied); a grid without columns uses the column "VALUE". */
export function setGridCell(field: Field<"INT">, current: unknown, row: string, column: string | null, cell: number | null): IntEdit | null {
  const view = readInt(current);
  const col = column ?? GRID_VALUE_COLUMN;
  const cells = { ...view.cells, [row]: { ...view.cells[row], [col]: cell } };
  return intFrom(field, { value: null, currency: view.currency, cells });
}

// ---------------------------------------------------------------------------------------------------
// Instruments
// ---------------------------------------------------------------------------------------------------

/** Ticks or unticks an instrument; entries follow the order of the instruments; none is unanswered. */
export function toggleInstrument(field: Field<"INSTR">, current: unknown, code: string, checked: boolean): InstrumentEntry[] | null {
  const entries = readInstruments(current).filter((e) => e.instrument !== code);
  if (checked) entries.push({ instrument: code });
  const order = field.instruments.map((o) => o.code);
  entries.sort((a, b) => order.indexOf(a.instrument) - order.indexOf(b.instrument));
  return entries.length ? entries : null;
}

/** Sets the date or the action of a ticked instrument; "" removes it. */
export function setInstrumentPart(current: unknown, code: string, part: "date" | "action", text: string): InstrumentEntry[] | null {
  const entries = readInstruments(current).map((entry) => {
    if (entry.instrument !== code) return entry;
    const next = { ...entry };
    if (text) next[part] = text;
    else delete next[part];
    return next;
  });
  return entries.length ? entries : null;
}

// ---------------------------------------------------------------------------------------------------
// Member States
// ---------------------------------------------------------------------------------------------------

/** Adds (at the end) or removes a State code; none is unanswered. */
export function toggleState(current: unknown, code: string, checked: boolean): string[] | null {
  const codes = readStringList(current).filter((c) => c !== code);
  if (checked) codes.push(code);
  return codes.length ? codes : null;
}

// ---------------------------------------------------------------------------------------------------
// Good-practice nominations
// ---------------------------------------------------------------------------------------------------

export type GoodPracticePart = "title" | "description" | "results" | "consent";

const isBlankNomination = (e: GoodPracticeEntry) => !e.title && !e.description && !e.results && !e.consent;

/** Adds an empty nomination, up to `count`. */
export function addGoodPractice(field: Field<"GP">, current: unknown): GoodPracticeEntry[] | null {
  const entries = readGoodPractices(current);
  if (entries.length >= (field.count ?? 1)) return entries.length ? entries : null;
  return [...entries, { title: "", description: "" }];
}

export function removeGoodPractice(current: unknown, index: number): GoodPracticeEntry[] | null {
  const entries = readGoodPractices(current).filter((_, i) => i !== index);
  return entries.length ? entries : null;
}

/**
 * Sets one part of a nomination. Editing the first nomination of an unanswered field creates it (the
 * controls show one empty nomination to start with); emptying every part of a sole nomination makes the
 * field unanswered again.
 */
export function setGoodPracticePart(current: unknown, index: number, part: GoodPracticePart, text: string): GoodPracticeEntry[] | null {
  const entries = readGoodPractices(current);
  while (entries.length <= index) entries.push({ title: "", description: "" });
  const entry: GoodPracticeEntry = { ...entries[index]! };
  if (part === "title" || part === "description") entry[part] = text;
  else if (part === "results") {
    if (text) entry.results = text;
    else delete entry.results;
  } else if (text === "NAMED" || text === "ANONYMOUS") entry.consent = text;
  else delete entry.consent;
  entries[index] = entry;
  if (entries.length === 1 && isBlankNomination(entry)) return null;
  return entries;
}

// ---------------------------------------------------------------------------------------------------
// Repeating groups
// ---------------------------------------------------------------------------------------------------

/** Adds an empty item, up to `maxItems`. */
export function addGroupItem(field: GroupField, current: unknown): Record<string, unknown>[] | null {
  const items = readGroupItems(current);
  if (items.length >= (field.maxItems ?? 20)) return items.length ? items : null;
  return [...items, {}];
}

export function removeGroupItem(current: unknown, index: number): Record<string, unknown>[] | null {
  const items = readGroupItems(current).filter((_, i) => i !== index);
  return items.length ? items : null;
}

/** Sets one sub-field of an item (null: unanswered); the other sub-fields and items are kept. */
export function setGroupSubValue(current: unknown, index: number, subKey: string, value: unknown): Record<string, unknown>[] {
  const items = readGroupItems(current);
  while (items.length <= index) items.push({});
  items[index] = { ...items[index], [subKey]: value };
  return items;
}

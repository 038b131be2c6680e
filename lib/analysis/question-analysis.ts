import type { Condition, GroupField, LeafField, Question, QuestionField, QuestionnaireDefinition, Section } from "@/lib/questionnaire/definition";
import { isSectionOffered, resolveVisibility, visibleAnswers, type ConditionContext, type Visibility } from "@/lib/questionnaire/conditions";
import { summariseAnswer, type SummaryLine } from "@/lib/questionnaire/summarise";
import { GRID_VALUE_COLUMN, isFieldValueEmpty, type GoodPracticeEntry, type UncheckedAnswers } from "@/lib/questionnaire/values";
import { countWords } from "@/lib/questionnaire/words";
import { numberStats, type NumberStats } from "./stats";

/**
 * The analysis of one question across the States' replies: counts per option, figures with their
 * coverage, and texts side by side. Used by the secretariat's analysis page and meant for the report
 * engine, which counts per question over the States that answered it (BRIEF §3.9 rule 1):
 *
 * - `seen` is how many States the question was shown to (its section offered by the cycle, its
 *   conditions met by that State's own answers); `answered` how many of those gave any answer to it.
 * - Hidden answers never count: every reply is first reduced with `visibleAnswers` (a stored answer to a
 *   question or field the State's other answers hide is ignored).
 * - For a YNP field, "not applicable" and "information not available" are counted apart (`apart`) and
 *   left out of `base`, the denominator for shares of yes / partial / no.
 * - For an INT field, `notAvailable` lists the States that said they have no figure; each series (the
 *   field, a grid cell, or one currency of an amount) gives total, range, median and how many States
 *   reported a figure, so coverage is always shown with the number.
 * - For a GROUP field, each INT sub-field is also summed over each State's items and analysed like a
 *   top-level INT field (`numbers`), with each State's figures per year when the group has a YEAR
 *   sub-field: the report adds up "victims identified, per year" and compares first and last years.
 *
 * Lists of States keep the order of `replies` (callers pass them in United Nations order).
 *
 * Pure module: no server imports; the same input always gives the same output.
 */

/** A State whose reply is analysed. `accepted` is false for a reply submitted (or returned) but not yet accepted. */
export interface StateRef {
  id: string;
  name: string;
  accepted: boolean;
}

/** One State's reply: the answers of its latest submitted version (hidden answers may be included; they are ignored). */
export interface ReplyForAnalysis {
  state: StateRef;
  answers: UncheckedAnswers;
}

/** One bar: an option (or value, instrument, State named, year) and the States behind its count. */
export interface CountBar {
  code: string;
  label: string;
  count: number;
  states: StateRef[];
}

/** A State's text with its word count. */
export interface StateText {
  state: StateRef;
  text: string;
  words: number;
}

/** One series of figures: a plain INT field, one grid cell, or one currency of an amount. */
export interface NumberSeries {
  /** Stable key: row and column codes and currency joined with "/" ("" for a plain field). */
  key: string;
  rowCode?: string;
  columnCode?: string;
  /** Labels of the grid row and column (no column label for a single-column grid). */
  rowLabel?: string;
  columnLabel?: string;
  currency?: string;
  stats: NumberStats;
  values: { state: StateRef; value: number }[];
}

interface FieldBase {
  key: string;
  label: string;
  /** States (among those that saw the field) whose answer to this field is not empty. */
  answered: number;
}

/** An INT field's figures across States: a top-level field, or a group's INT sub-field summed over each State's items. */
export type NumberFieldAnalysis = FieldBase & {
  kind: "number";
  unit?: string;
  grid: boolean;
  /** States that said "information not available" (in a group: in every item, giving no figure). */
  notAvailable: StateRef[];
  /** States that gave at least one figure. */
  reporting: number;
  series: NumberSeries[];
};

/**
 * The figures of an INT sub-field of a GROUP field ("victims identified, per year"): per State the sum
 * over its items, analysed like a top-level INT field (`field`), and, when the group has a YEAR
 * sub-field, each State's figures per year, so that a report can add them up and compare the first year
 * with the last (TREND).
 */
export interface GroupNumbers {
  field: NumberFieldAnalysis;
  /** Per State with figures in items that give a year: per year, in increasing order, the sum of each series' figures over the items of that year (keyed by series key). */
  byYear: { state: StateRef; years: { year: number; figures: Record<string, number> }[] }[];
}

export type FieldAnalysis =
  | (FieldBase & {
      kind: "choice";
      type: "YNP" | "SC" | "MC" | "INSTR" | "STATE_LIST";
      /** A State may be behind several bars (MC, INSTR, STATE_LIST): bars need not add up to `answered`. */
      multiple: boolean;
      bars: CountBar[];
      /** YNP only: "not applicable" and "information not available", shown apart from the answers. */
      apart: CountBar[];
      /** States that gave a substantive answer: `answered` minus those counted in `apart`. */
      base: number;
      /** SC / MC: the texts given with an "Other (specify)" option. */
      others: StateText[];
    })
  | NumberFieldAnalysis
  | (FieldBase & {
      kind: "dates";
      type: "YEAR" | "DATE";
      /** One bar per year, in increasing order. */
      bars: CountBar[];
      values: { state: StateRef; value: string }[];
    })
  | (FieldBase & { kind: "text"; entries: StateText[] })
  | (FieldBase & {
      kind: "goodPractices";
      entries: { state: StateRef; items: (GoodPracticeEntry & { words: number })[] }[];
    })
  | (FieldBase & {
      kind: "group";
      itemLabel: string;
      /** Each item of each State's list as readable lines (sub-field label and value). */
      entries: { state: StateRef; items: SummaryLine[][]; words: number }[];
      /** The INT sub-fields' figures, in sub-field order. */
      numbers: GroupNumbers[];
    })
  | (FieldBase & { kind: "files"; entries: { state: StateRef; count: number }[] });

export interface QuestionAnalysis {
  questionId: string;
  /** Replies analysed (States in the filtered set). */
  replies: number;
  /** States the question was shown to. */
  seen: number;
  /** States that answered at least one field of the question. */
  answered: number;
  /** States that saw the question and left it unanswered. */
  unanswered: StateRef[];
  fields: FieldAnalysis[];
}

export interface AnalysisOptions {
  /** Names of States by ISO alpha-3 code, for STATE_LIST fields (the code is shown when missing). */
  stateNames?: ReadonlyMap<string, string>;
}

/** The YNP values counted as answers, then those shown apart. */
const YNP_BARS = ["YES", "PARTIAL", "NO"] as const;
const YNP_APART = ["NOT_APPLICABLE", "NOT_AVAILABLE"] as const;

/** The question and its section, or undefined for an unknown ID. */
export function findQuestion(definition: QuestionnaireDefinition, questionId: string): { question: Question; section: Section } | undefined {
  for (const section of definition.sections) {
    const question = section.questions.find((q) => q.id === questionId);
    if (question) return { question, section };
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Collects, per field, the States' visible values (never empty ones). */
type Collected = { state: StateRef; value: unknown }[];

function bar(code: string, label: string): CountBar {
  return { code, label, count: 0, states: [] };
}

/**
 * Counts `state` once on `target`. `counted` holds the State IDs already on each bar of the field, so a
 * State named twice (a code repeated in a list) is not counted twice without scanning the bar's States,
 * which made a field quadratic in the number of replies.
 */
function add(target: CountBar | undefined, state: StateRef, counted: Map<CountBar, Set<string>>) {
  if (!target) return;
  let ids = counted.get(target);
  if (!ids) {
    ids = new Set();
    counted.set(target, ids);
  }
  if (ids.has(state.id)) return;
  ids.add(state.id);
  target.count += 1;
  target.states.push(state);
}

function choiceField(field: Extract<LeafField, { type: "YNP" | "SC" | "MC" | "INSTR" | "STATE_LIST" }>, values: Collected, options: AnalysisOptions): FieldAnalysis {
  const others: StateText[] = [];
  let bars: CountBar[] = [];
  let apart: CountBar[] = [];
  const byCode = new Map<string, CountBar>();
  const counted = new Map<CountBar, Set<string>>();
  const index = (list: CountBar[]) => list.forEach((b) => byCode.set(b.code, b));

  switch (field.type) {
    case "YNP":
      bars = YNP_BARS.filter((v) => v !== "PARTIAL" || field.allowPartial !== false).map((v) => bar(v, v));
      apart = YNP_APART.map((v) => bar(v, v));
      break;
    case "SC":
    case "MC":
      bars = field.options.map((o) => bar(o.code, o.label));
      break;
    case "INSTR":
      bars = field.instruments.map((o) => bar(o.code, o.label));
      break;
    case "STATE_LIST":
      break; // bars are the States named, made as they come
  }
  index(bars);
  index(apart);

  for (const { state, value } of values) {
    switch (field.type) {
      case "YNP":
        add(byCode.get(String(value)), state, counted);
        break;
      case "SC":
      case "MC": {
        if (!isObject(value)) break;
        const codes = field.type === "SC" ? [value.code] : Array.isArray(value.selected) ? value.selected : [];
        for (const code of codes) add(byCode.get(String(code)), state, counted);
        if (typeof value.other === "string" && value.other.trim()) others.push({ state, text: value.other, words: countWords(value.other) });
        break;
      }
      case "INSTR":
        if (Array.isArray(value)) for (const entry of value) if (isObject(entry)) add(byCode.get(String(entry.instrument)), state, counted);
        break;
      case "STATE_LIST":
        if (!Array.isArray(value)) break;
        for (const code of value) {
          if (typeof code !== "string") continue;
          let named = byCode.get(code);
          if (!named) {
            named = bar(code, options.stateNames?.get(code) ?? code);
            byCode.set(code, named);
            bars.push(named);
          }
          add(named, state, counted);
        }
        break;
    }
  }
  if (field.type === "STATE_LIST") bars.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "en"));
  const apartStates = new Set(apart.flatMap((b) => b.states.map((s) => s.id)));
  return {
    kind: "choice",
    type: field.type,
    key: field.key,
    label: field.label,
    answered: values.length,
    multiple: field.type !== "YNP" && field.type !== "SC",
    bars,
    apart,
    base: values.filter((v) => !apartStates.has(v.state.id)).length,
    others,
  };
}

function numberField(field: Extract<LeafField, { type: "INT" }>, values: Collected): NumberFieldAnalysis {
  const notAvailable: StateRef[] = [];
  const series = new Map<string, NumberSeries>();
  const rows = field.grid?.rows.map((r) => r.code) ?? [];
  const columns = field.grid ? (field.grid.columns?.map((c) => c.code) ?? [GRID_VALUE_COLUMN]) : [];
  const seriesOf = (rowCode: string | undefined, columnCode: string | undefined, currency: string | undefined): NumberSeries => {
    const key = [rowCode, columnCode, currency].filter((p) => p !== undefined).join("/");
    let s = series.get(key);
    if (!s) {
      s = { key, stats: numberStats([]), values: [] };
      if (rowCode !== undefined) {
        s.rowCode = rowCode;
        s.rowLabel = field.grid?.rows.find((r) => r.code === rowCode)?.label ?? rowCode;
      }
      if (columnCode !== undefined) {
        s.columnCode = columnCode;
        const column = field.grid?.columns?.find((c) => c.code === columnCode);
        if (column) s.columnLabel = column.label;
      }
      if (currency !== undefined) s.currency = currency;
      series.set(key, s);
    }
    return s;
  };
  // Every cell of a grid gets a series, with or without figures, in grid order (without currencies).
  if (field.grid && !field.withCurrency) for (const r of rows) for (const c of columns) seriesOf(r, c, undefined);
  if (!field.grid && !field.withCurrency) seriesOf(undefined, undefined, undefined);

  let reporting = 0;
  for (const { state, value } of values) {
    if (!isObject(value)) continue;
    if (value.notAvailable === true) {
      notAvailable.push(state);
      continue;
    }
    const currency = field.withCurrency && typeof value.currency === "string" ? value.currency : undefined;
    let gave = false;
    if (field.grid && isObject(value.cells)) {
      for (const r of rows) {
        const row = value.cells[r];
        if (!isObject(row)) continue;
        for (const c of columns) {
          const n = row[c];
          if (typeof n !== "number" || !Number.isFinite(n)) continue;
          seriesOf(r, c, currency).values.push({ state, value: n });
          gave = true;
        }
      }
    } else if (!field.grid && typeof value.value === "number" && Number.isFinite(value.value)) {
      seriesOf(undefined, undefined, currency).values.push({ state, value: value.value });
      gave = true;
    }
    if (gave) reporting += 1;
  }
  for (const s of series.values()) s.stats = numberStats(s.values.map((v) => v.value));
  const out: NumberFieldAnalysis = {
    kind: "number",
    key: field.key,
    label: field.label,
    answered: values.length,
    grid: field.grid !== undefined,
    notAvailable,
    reporting,
    series: [...series.values()],
  };
  if (field.unit) out.unit = field.unit;
  return out;
}

function datesField(field: Extract<LeafField, { type: "YEAR" | "DATE" }>, values: Collected): FieldAnalysis {
  const list = values
    .map(({ state, value }) => ({ state, value: String(value) }))
    .sort((a, b) => a.value.localeCompare(b.value));
  const years = new Map<string, CountBar>();
  const counted = new Map<CountBar, Set<string>>();
  for (const { state, value } of list) {
    const year = value.slice(0, 4);
    if (!years.has(year)) years.set(year, bar(year, year));
    add(years.get(year), state, counted);
  }
  return {
    kind: "dates",
    type: field.type,
    key: field.key,
    label: field.label,
    answered: values.length,
    bars: [...years.values()].sort((a, b) => a.code.localeCompare(b.code)),
    values: list,
  };
}

function goodPracticeWords(entry: GoodPracticeEntry): number {
  return countWords(entry.title ?? "") + countWords(entry.description ?? "") + countWords(entry.results ?? "");
}

function fieldAnalysis(question: Question, field: QuestionField, values: Collected, options: AnalysisOptions): FieldAnalysis {
  const base = { key: field.key, label: field.label, answered: values.length };
  switch (field.type) {
    case "YNP":
    case "SC":
    case "MC":
    case "INSTR":
    case "STATE_LIST":
      return choiceField(field, values, options);
    case "INT":
      return numberField(field, values);
    case "YEAR":
    case "DATE":
      return datesField(field, values);
    case "TXT":
      return { ...base, kind: "text", entries: values.map(({ state, value }) => ({ state, text: String(value), words: countWords(String(value)) })) };
    case "GP":
      return {
        ...base,
        kind: "goodPractices",
        entries: values.map(({ state, value }) => ({
          state,
          items: (Array.isArray(value) ? value : []).filter(isObject).map((e) => {
            const entry = e as unknown as GoodPracticeEntry;
            return { ...entry, words: goodPracticeWords(entry) };
          }),
        })),
      };
    case "FILE":
      return { ...base, kind: "files", entries: values.map(({ state, value }) => ({ state, count: Array.isArray(value) ? value.length : 0 })) };
    case "GROUP":
      return groupField(question, field, values);
  }
}

/**
 * The figures of one INT answer keyed by series key (as `numberField` keys them), or "notAvailable", or
 * null when it holds no figure.
 */
function figuresOf(field: Extract<LeafField, { type: "INT" }>, value: unknown): Map<string, number> | "notAvailable" | null {
  if (!isObject(value)) return null;
  if (value.notAvailable === true) return "notAvailable";
  const currency = field.withCurrency && typeof value.currency === "string" ? value.currency : undefined;
  const out = new Map<string, number>();
  const put = (rowCode: string | undefined, columnCode: string | undefined, n: unknown) => {
    if (typeof n !== "number" || !Number.isFinite(n)) return;
    const key = [rowCode, columnCode, currency].filter((p) => p !== undefined).join("/");
    out.set(key, (out.get(key) ?? 0) + n);
  };
  if (field.grid && isObject(value.cells)) {
    const columns = field.grid.columns?.map((c) => c.code) ?? [GRID_VALUE_COLUMN];
    for (const r of field.grid.rows) {
      const row = value.cells[r.code];
      if (isObject(row)) for (const c of columns) put(r.code, c, row[c]);
    }
  } else if (!field.grid) put(undefined, undefined, value.value);
  return out.size > 0 ? out : null;
}

/** A State's figures as one INT answer (cells or value), so that `numberField` can analyse sums. */
function asIntValue(field: Extract<LeafField, { type: "INT" }>, figures: ReadonlyMap<string, number>, currency: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = currency === undefined ? {} : { currency };
  if (!field.grid) {
    out.value = figures.get(currency === undefined ? "" : currency);
    return out;
  }
  const cells: Record<string, Record<string, number>> = {};
  for (const [key, n] of figures) {
    const [row, column] = key.split("/") as [string, string];
    (cells[row] ??= {})[column] = n;
  }
  out.cells = cells;
  return out;
}

/** The INT sub-fields of a group, summed per State over its items and per year (see `GroupNumbers`). */
function groupNumbers(field: GroupField, values: Collected): GroupNumbers[] {
  const yearKey = field.fields.find((sub) => sub.type === "YEAR")?.key;
  const out: GroupNumbers[] = [];
  for (const sub of field.fields) {
    if (sub.type !== "INT") continue;
    const summed: Collected = [];
    const byYear: GroupNumbers["byYear"] = [];
    for (const { state, value } of values) {
      const items = (Array.isArray(value) ? value : []).filter(isObject);
      // Per currency (a plain sub-field has one, "").
      const sums = new Map<string, Map<string, number>>();
      const years = new Map<number, Record<string, number>>();
      let notAvailable = false;
      for (const item of items) {
        const figures = figuresOf(sub, item[sub.key]);
        if (figures === "notAvailable") notAvailable = true;
        if (figures === null || figures === "notAvailable") continue;
        const currency = sub.withCurrency && isObject(item[sub.key]) && typeof (item[sub.key] as Record<string, unknown>).currency === "string" ? ((item[sub.key] as Record<string, unknown>).currency as string) : "";
        let sum = sums.get(currency);
        if (!sum) sums.set(currency, (sum = new Map()));
        for (const [key, n] of figures) sum.set(key, (sum.get(key) ?? 0) + n);
        const year = yearKey === undefined ? undefined : item[yearKey];
        if (typeof year === "number" && Number.isInteger(year)) {
          const row = years.get(year) ?? {};
          for (const [key, n] of figures) row[key] = (row[key] ?? 0) + n;
          years.set(year, row);
        }
      }
      if (sums.size > 0) for (const [currency, sum] of sums) summed.push({ state, value: asIntValue(sub, sum, currency === "" ? undefined : currency) });
      else if (notAvailable) summed.push({ state, value: { notAvailable: true } });
      if (years.size > 0) byYear.push({ state, years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, figures]) => ({ year, figures })) });
    }
    out.push({ field: numberField(sub, summed), byYear });
  }
  return out;
}

function groupField(question: Question, field: GroupField, values: Collected): FieldAnalysis {
  const asQuestion: Question = { ...question, fields: field.fields };
  return {
    kind: "group",
    key: field.key,
    label: field.label,
    itemLabel: field.itemLabel,
    answered: values.length,
    entries: values.map(({ state, value }) => {
      const items = (Array.isArray(value) ? value : []).filter(isObject).map((item) => summariseAnswer(asQuestion, item));
      const words = (Array.isArray(value) ? value : []).filter(isObject).reduce((sum: number, item) => {
        return sum + field.fields.reduce((n, sub) => (sub.type === "TXT" && typeof item[sub.key] === "string" ? n + countWords(item[sub.key] as string) : n), 0);
      }, 0);
      return { state, items, words };
    }),
    numbers: groupNumbers(field, values),
  };
}

/** One reply as one question sees it: whether the question was shown to the State, and its visible answer. */
interface ReplyView {
  state: StateRef;
  shown: boolean;
  answer: Readonly<Record<string, unknown>> | null | undefined;
}

/** The analysis of `question` from each reply's view of it (the part shared by the one- and many-question paths). */
function analyseViews(question: Question, replyCount: number, views: Iterable<ReplyView>, options: AnalysisOptions): QuestionAnalysis {
  const collected = new Map<string, Collected>(question.fields.map((f) => [f.key, []]));
  const unanswered: StateRef[] = [];
  let seen = 0;
  let answered = 0;

  for (const { state, shown, answer } of views) {
    if (!shown) continue;
    seen += 1;
    let any = false;
    for (const field of question.fields) {
      const value = answer?.[field.key];
      if (value === undefined || isFieldValueEmpty(value)) continue;
      collected.get(field.key)!.push({ state, value });
      any = true;
    }
    if (any) answered += 1;
    else unanswered.push(state);
  }

  return {
    questionId: question.id,
    replies: replyCount,
    seen,
    answered,
    unanswered,
    fields: question.fields.map((field) => fieldAnalysis(question, field, collected.get(field.key)!, options)),
  };
}

/**
 * Analyses one question over `replies` (see the module comment). Throws on an unknown question ID;
 * callers check it first with `findQuestion`. To analyse many questions over the same replies, use
 * `prepareReplies` and `analysePreparedQuestion`, which resolve each reply's visibility once.
 */
export function analyseQuestion(
  definition: QuestionnaireDefinition,
  questionId: string,
  replies: readonly ReplyForAnalysis[],
  ctx: ConditionContext,
  options: AnalysisOptions = {},
): QuestionAnalysis {
  const found = findQuestion(definition, questionId);
  if (!found) throw new Error(`unknown question ${questionId}`);
  const views = replies.map((reply): ReplyView => {
    const shown = resolveVisibility(definition, reply.answers, ctx).isQuestionVisible(questionId);
    return { state: reply.state, shown, answer: shown ? visibleAnswers(definition, reply.answers, ctx)[questionId] : undefined };
  });
  return analyseViews(found.question, replies.length, views, options);
}

/**
 * Replies prepared for the analysis of many questions: each reply's visibility is resolved lazily and
 * memoised (`resolveVisibility`), so a condition shared by many questions, and the chain behind it, is
 * decided once per State rather than once per question, and only for the questions analysed. Resolving
 * visibility over the whole questionnaire for every question was nearly all the cost of aggregation.
 *
 * The resolved visibilities are also kept for later preparations of the same answers (the same object,
 * under the same definition object and modules): the report engine analyses one section at a time, and
 * each section would otherwise resolve every State's visibility again. Answers are snapshots and are
 * never changed in place; a caller that did change them would get the visibility of the old answers.
 */
export interface PreparedReplies {
  /** The questionnaire's questions with their sections by ID (the first of a repeated ID, as `findQuestion`). */
  readonly questions: ReadonlyMap<string, { question: Question; section: Section }>;
  readonly ctx: ConditionContext;
  readonly rows: readonly { state: StateRef; answers: UncheckedAnswers; visibility: Visibility }[];
}

/** Questions by ID per definition object. */
const questionIndex = new WeakMap<QuestionnaireDefinition, Map<string, { question: Question; section: Section }>>();
/** Resolved visibility per answers object, definition object and modules (see `PreparedReplies`). */
const visibilities = new WeakMap<UncheckedAnswers, WeakMap<QuestionnaireDefinition, Map<string, Visibility>>>();

function questionsById(definition: QuestionnaireDefinition): Map<string, { question: Question; section: Section }> {
  let questions = questionIndex.get(definition);
  if (!questions) {
    questions = new Map();
    for (const section of definition.sections) for (const question of section.questions) if (!questions.has(question.id)) questions.set(question.id, { question, section });
    questionIndex.set(definition, questions);
  }
  return questions;
}

function visibilityOf(definition: QuestionnaireDefinition, answers: UncheckedAnswers, ctx: ConditionContext): Visibility {
  let byDefinition = visibilities.get(answers);
  if (!byDefinition) {
    byDefinition = new WeakMap();
    visibilities.set(answers, byDefinition);
  }
  let byModules = byDefinition.get(definition);
  if (!byModules) {
    byModules = new Map();
    byDefinition.set(definition, byModules);
  }
  const key = ctx.modules.join("\u0000");
  let visibility = byModules.get(key);
  if (!visibility) {
    visibility = resolveVisibility(definition, answers, ctx);
    byModules.set(key, visibility);
  }
  return visibility;
}

/** Prepares `replies` for `analysePreparedQuestion` (see `PreparedReplies`). */
export function prepareReplies(definition: QuestionnaireDefinition, replies: readonly ReplyForAnalysis[], ctx: ConditionContext): PreparedReplies {
  return {
    questions: questionsById(definition),
    ctx,
    rows: replies.map((reply) => ({ state: reply.state, answers: reply.answers, visibility: visibilityOf(definition, reply.answers, ctx) })),
  };
}

/**
 * The visible part of the stored answer to a question shown to the State: exactly
 * `visibleAnswers(…)[question.id]` (hidden fields and group sub-fields removed; undefined when no field
 * is left), but computed for this question alone from an already resolved visibility. Kept in step
 * with `visibleAnswers` by the tests that compare `analysePreparedQuestion` with `analyseQuestion`.
 */
function visibleAnswerOf(question: Question, answer: unknown, visibility: Visibility): Record<string, unknown> | undefined {
  if (!isObject(answer)) return undefined;
  const out: Record<string, unknown> = {};
  for (const field of question.fields) {
    // A field (or sub-field) without a condition of its own is shown whenever its question (or group)
    // is, so only conditional ones are asked about: most fields have none, and each question saves the
    // resolver a memo look-up per field and reply.
    if (!(field.key in answer) || (field.visibleWhen && !visibility.isFieldVisible(question.id, field.key))) continue;
    const value = answer[field.key];
    const hidden =
      field.type === "GROUP"
        ? field.fields.filter((sub) => sub.visibleWhen && !visibility.isSubFieldVisible(question.id, field.key, sub.key)).map((sub) => sub.key)
        : [];
    out[field.key] =
      hidden.length && Array.isArray(value)
        ? value.map((item: unknown) => (isObject(item) ? Object.fromEntries(Object.entries(item).filter(([k]) => !hidden.includes(k))) : item))
        : value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The same result as `analyseQuestion` over the prepared replies. Throws on an unknown question ID. */
export function analysePreparedQuestion(prepared: PreparedReplies, questionId: string, options: AnalysisOptions = {}): QuestionAnalysis {
  const found = prepared.questions.get(questionId);
  if (!found) throw new Error(`unknown question ${questionId}`);
  const { question, section } = found;
  // A question without a condition of its own is shown to every State when its section is offered
  // and to none otherwise: only conditional questions need each State's visibility.
  const offered = isSectionOffered(section, prepared.ctx);
  // When no field or sub-field has a condition either, a shown question's stored answer is its
  // visible answer as far as the analysis reads it (only the question's own field keys).
  const unconditional = question.fields.every((f) => !f.visibleWhen && (f.type !== "GROUP" || f.fields.every((sub) => !sub.visibleWhen)));
  const views = prepared.rows.map(({ state, answers, visibility }): ReplyView => {
    const shown = offered && (!question.visibleWhen || visibility.isQuestionVisible(questionId));
    if (!shown) return { state, shown, answer: undefined };
    const stored: unknown = answers[questionId];
    return { state, shown, answer: unconditional ? (isObject(stored) ? stored : undefined) : visibleAnswerOf(question, stored, visibility) };
  });
  return analyseViews(question, prepared.rows.length, views, options);
}

/**
 * The questions a cycle offers (sections whose module is on), in questionnaire order, with their
 * section: the question picker and the previous / next links.
 */
export function offeredQuestions(definition: QuestionnaireDefinition, ctx: ConditionContext): { section: Section; question: Question }[] {
  return definition.sections
    .filter((section) => !section.module || ctx.modules.includes(section.module))
    .flatMap((section) => section.questions.map((question) => ({ section, question })));
}

/**
 * The question IDs whose answers decide whether `questionId` and its fields are shown, the question
 * itself included, followed through chains. A loader may read only these answers.
 */
export function questionsNeededFor(definition: QuestionnaireDefinition, questionId: string): Set<string> {
  const needed = new Set<string>();
  const refs = (c: Condition | undefined, out: string[]) => {
    if (!c) return;
    if ("all" in c) c.all.forEach((x) => refs(x, out));
    else if ("any" in c) c.any.forEach((x) => refs(x, out));
    else if ("not" in c) refs(c.not, out);
    else if ("question" in c) out.push(c.question);
  };
  const visit = (id: string) => {
    if (needed.has(id)) return;
    const found = findQuestion(definition, id);
    if (!found) return;
    needed.add(id);
    const next: string[] = [];
    refs(found.question.visibleWhen, next);
    for (const field of found.question.fields) {
      refs(field.visibleWhen, next);
      if (field.type === "GROUP") for (const sub of field.fields) refs(sub.visibleWhen, next);
    }
    next.forEach(visit);
  };
  visit(questionId);
  return needed;
}

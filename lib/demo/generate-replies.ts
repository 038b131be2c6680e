import { checkAnswers, checkQuestionAnswer } from "@/lib/questionnaire/build-answer-schema";
import { isQuestionRequired, isSectionOffered, resolveVisibility, visibleAnswers, type ConditionContext } from "@/lib/questionnaire/conditions";
import { YNP_VALUES, type GroupField, type LeafField, type Question, type QuestionField, type QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { GRID_VALUE_COLUMN, isFieldRequired, type Answers, type QuestionAnswer } from "@/lib/questionnaire/values";
import { createRng, type Rng } from "./prng";
import { profileFor, type StateProfile } from "./state-profiles";
import { PARTNERS_BY_REGION } from "./texts";
import { goodPractices, text, TIP_CONTENT, type ContentFn } from "./tip-content";

/**
 * Demo replies for any questionnaire definition: a pure, deterministic generator (seeded PRNG, no
 * Math.random). Questions are answered in order so that conditions see the earlier answers; only
 * visible questions and fields are answered. For the trafficking-in-persons questionnaire (key "tip")
 * the answers come from `TIP_CONTENT` where it has something to say, otherwise from the field type.
 *
 * - "full": every visible required question is answered and the result passes
 *   `buildAnswerSchema(definition, { mode: "submit", modules })`; optional questions are answered
 *   now and then.
 * - "partial": a reply in progress: the first sections of the full reply, some questions skipped; it
 *   passes draft mode (and usually not submit mode).
 *
 * The output is normalised the way the server stores answers (draft-mode validation output).
 */
export type Completeness = "full" | "partial";

export interface GenerateReplyOptions {
  /** ISO alpha-3 code of the State (shapes its profile and its partners). */
  stateId: string;
  /** Any seed; the same seed, State and options give the same reply. */
  seed: string | number;
  completeness: Completeness;
  /** Modules of the reporting cycle (e.g. ["CONFLICT"]). */
  modules?: readonly string[];
  /** Calendar years of the reporting period, for per-year figures (default [2025, 2026]). */
  years?: readonly number[];
  /** Defaults to `profileFor(stateId)`. */
  profile?: StateProfile;
  /** Share of optional questions without specific content that are answered (default 0.45). */
  optionalRate?: number;
}

type Value = unknown;

function truncateWords(value: string, limit: number): string {
  const words = value.split(/\s+/).filter(Boolean);
  return words.length <= limit ? value : `${words.slice(0, limit).join(" ").replace(/[,;:]$/, "")}`;
}

function pickOptions(rng: Rng, field: Extract<LeafField, { type: "MC" }>): Record<string, Value> {
  const exclusive = field.options.filter((o) => o.exclusive);
  if (exclusive.length && rng.chance(0.05)) return { selected: [exclusive[0]!.code] };
  const plain = field.options.filter((o) => !o.exclusive && !o.specify);
  const withOther = field.options.filter((o) => !o.exclusive && o.specify);
  const min = Math.max(1, field.minSelected ?? 1);
  let selected = rng.sample(plain, Math.min(plain.length, rng.int(min, Math.max(min, Math.min(4, plain.length)))));
  if (withOther.length && (selected.length < min || rng.chance(0.08))) selected = [...selected, withOther[0]!];
  const out: Record<string, Value> = { selected: field.options.filter((o) => selected.includes(o)).map((o) => o.code) };
  if (selected.some((o) => o.specify)) out.other = "Measures described in the details below";
  return out;
}

function genericLeaf(rng: Rng, field: LeafField, env: { profile: StateProfile; years: readonly number[]; section: string; index: number }): Value {
  const { profile, years } = env;
  const first = years[0] ?? 2025;
  const last = years[years.length - 1] ?? first;
  switch (field.type) {
    case "YNP": {
      const values = YNP_VALUES.filter((v) => field.allowPartial !== false || v !== "PARTIAL");
      const weights = values.map((v) => ({ YES: 55, NO: 15, PARTIAL: 15, NOT_APPLICABLE: 5, NOT_AVAILABLE: 10 })[v]);
      return rng.weighted(values, weights);
    }
    case "SC": {
      const plain = field.options.filter((o) => !o.specify);
      const option = plain.length && !rng.chance(0.05) ? rng.pick(plain) : rng.pick(field.options);
      return option.specify ? { code: option.code, other: "As described in the details" } : { code: option.code };
    }
    case "MC":
      return pickOptions(rng, field);
    case "INT": {
      if (rng.chance(0.1)) return { notAvailable: true };
      const cap = (n: number) => Math.min(n, field.max ?? Number.MAX_SAFE_INTEGER);
      const currency = field.withCurrency ? { currency: profile.region === "EU" ? "EUR" : "USD" } : {};
      if (!field.grid) return { value: cap(field.withCurrency ? rng.int(1, 60) * 10_000 * profile.scale : rng.int(0, 25 * profile.scale * profile.scale)), ...currency };
      const columns = field.grid.columns?.map((c) => c.code) ?? [GRID_VALUE_COLUMN];
      const cells: Record<string, Record<string, number>> = {};
      for (const row of field.grid.rows) {
        if (!rng.chance(0.7)) continue;
        for (const column of columns) (cells[row.code] ??= {})[column] = cap(rng.int(0, 20 * profile.scale * profile.scale));
      }
      if (Object.keys(cells).length === 0) cells[field.grid.rows[0]!.code] = Object.fromEntries(columns.map((c) => [c, cap(rng.int(1, 10))]));
      return { cells, ...currency };
    }
    case "YEAR": {
      const lo = Math.max(field.min ?? 1900, first - 3);
      const hi = Math.min(field.max ?? 2100, last);
      return lo <= hi ? rng.int(lo, hi) : (field.min ?? 1900);
    }
    case "DATE":
      return `${rng.int(first - 1, last)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
    case "TXT":
      return truncateWords(text(rng, env.section, rng.int(1, 2)), field.wordLimit);
    case "INSTR":
      return rng.sample(field.instruments, rng.int(1, Math.min(3, field.instruments.length))).map((o) => ({
        instrument: o.code,
        ...(field.withDate !== false ? { date: `${rng.int(1995, last)}-${String(rng.int(1, 12)).padStart(2, "0")}-15` } : {}),
        ...(field.actions?.length ? { action: rng.pick(field.actions).code } : {}),
      }));
    case "STATE_LIST":
      return rng.sample((PARTNERS_BY_REGION[profile.region] ?? PARTNERS_BY_REGION.EU ?? []).filter((s) => s !== profile.stateId), rng.int(1, 3));
    case "GP":
      return goodPractices(rng, profile, 1);
    case "FILE":
      return null;
  }
}

function genericGroup(rng: Rng, field: GroupField, env: { profile: StateProfile; years: readonly number[]; section: string }, subVisible: (sub: LeafField) => boolean): Value {
  const n = Math.min(field.maxItems ?? 20, rng.int(1, 2));
  const items: Record<string, Value>[] = [];
  for (let i = 0; i < n; i++) {
    const item: Record<string, Value> = {};
    field.fields.forEach((sub, index) => {
      if (!subVisible(sub)) return;
      if (!isFieldRequired(sub, index) && !rng.chance(0.5)) return;
      const v = sub.type === "YEAR" && env.years[i] !== undefined ? env.years[i] : genericLeaf(rng, sub, { ...env, index });
      if (v !== null && v !== undefined) item[sub.key] = v;
    });
    items.push(item);
  }
  return items;
}

function isEmptyAnswer(value: Record<string, unknown>): boolean {
  return Object.values(value).every((v) => v === null || v === undefined);
}

/** Content functions for a definition: the TIP ones for the "tip" questionnaire, none otherwise. */
function contentFor(definition: QuestionnaireDefinition): Readonly<Record<string, ContentFn>> {
  return definition.key === "tip" ? TIP_CONTENT : {};
}

function answerQuestion(
  definition: QuestionnaireDefinition,
  question: Question,
  section: string,
  answers: Record<string, QuestionAnswer>,
  ctx: ConditionContext,
  rng: Rng,
  env: { profile: StateProfile; years: readonly number[] },
  content: Record<string, unknown> | undefined,
  fillAll: boolean,
): QuestionAnswer | null {
  const value: Record<string, unknown> = {};
  question.fields.forEach((field: QuestionField, index) => {
    // The question is visible (checked by the caller); a field's or sub-field's own condition may
    // depend on the fields before it, so it is resolved with the answer so far.
    const conditional = field.visibleWhen || (field.type === "GROUP" && field.fields.some((f) => f.visibleWhen));
    answers[question.id] = value as QuestionAnswer;
    const vis = conditional ? resolveVisibility(definition, answers, ctx) : null;
    if (vis && !vis.isFieldVisible(question.id, field.key)) return;
    let v: Value;
    if (content && field.key in content) v = content[field.key];
    else if (fillAll || isFieldRequired(field, index) || rng.chance(field.type === "TXT" ? 0.25 : 0.45)) {
      v =
        field.type === "GROUP"
          ? genericGroup(rng, field, { ...env, section }, (sub) => !vis || vis.isSubFieldVisible(question.id, field.key, sub.key))
          : genericLeaf(rng, field, { ...env, section, index });
    }
    if (v !== null && v !== undefined) value[field.key] = v;
  });
  delete answers[question.id];
  if (isEmptyAnswer(value)) return null;
  const checked = checkQuestionAnswer(question, value, "draft");
  if (checked.issues.length) return null;
  return checked.data;
}

/** One State's reply to `definition` (see the module comment). */
export function generateReply(definition: QuestionnaireDefinition, options: GenerateReplyOptions): Answers {
  const modules = options.modules ?? [];
  const ctx: ConditionContext = { modules };
  const years = options.years ?? [2025, 2026];
  const profile = options.profile ?? profileFor(options.stateId);
  const env = { profile, years };
  const optionalRate = options.optionalRate ?? 0.45;
  const contents = contentFor(definition);
  const rootSeed = `${options.seed}/${options.stateId}`;
  const answers: Record<string, QuestionAnswer> = {};

  const sections = definition.sections.filter((s) => isSectionOffered(s, ctx));
  for (const section of sections) {
    for (const question of section.questions) {
      const rng = createRng(`${rootSeed}/${question.id}`);
      if (!resolveVisibility(definition, answers, ctx).isQuestionVisible(question.id)) continue;
      const fn = contents[question.id];
      let content = fn ? fn({ rng: rng.fork("content"), profile, years, answers }) : undefined;
      if (content === null) {
        if (!isQuestionRequired(question, visibleAnswers(definition, answers, ctx), ctx)) continue;
        content = undefined;
      }
      if (question.requirement === "O" && !fn && !rng.chance(optionalRate)) continue;
      const value =
        answerQuestion(definition, question, section.code, answers, ctx, rng, env, content, false) ??
        answerQuestion(definition, question, section.code, answers, ctx, rng.fork("generic"), env, undefined, false);
      if (value) answers[question.id] = value;
    }
  }

  // Repair: whatever submit mode still asks for (a condition the content did not foresee) is filled
  // from the field types, every visible field included.
  for (let pass = 0; pass < 3; pass++) {
    const visible = visibleAnswers(definition, answers, ctx);
    const { issues } = checkAnswers(definition, visible, { mode: "submit", modules });
    if (issues.length === 0) break;
    const questionIds = new Set(issues.map((i) => String(i.path[0])));
    for (const section of sections) {
      for (const question of section.questions) {
        if (!questionIds.has(question.id)) continue;
        const rng = createRng(`${rootSeed}/${question.id}/repair${pass}`);
        delete answers[question.id];
        const value = answerQuestion(definition, question, section.code, answers, ctx, rng, env, undefined, true);
        if (value) answers[question.id] = value;
      }
    }
  }
  let reply = visibleAnswers(definition, answers, ctx) as Answers;

  if (options.completeness === "partial") reply = truncate(definition, reply, ctx, createRng(`${rootSeed}/partial`));
  return reply;
}

/** A reply in progress: the first sections, the last of them half done, and a few gaps before. */
function truncate(definition: QuestionnaireDefinition, full: Answers, ctx: ConditionContext, rng: Rng): Answers {
  const sections = definition.sections.filter((s) => isSectionOffered(s, ctx));
  const stopAt = rng.int(1, Math.max(1, sections.length - 2));
  const out: Answers = {};
  sections.forEach((section, i) => {
    if (i > stopAt) return;
    const lastOne = i === stopAt;
    section.questions.forEach((question, j) => {
      const answer = full[question.id];
      if (!answer) return;
      if (j > 0 && rng.chance(lastOne ? 0.5 : 0.12)) return;
      out[question.id] = answer;
    });
  });
  return visibleAnswers(definition, out, ctx) as Answers;
}

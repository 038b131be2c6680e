import type { Condition, LeafField, Question, QuestionField, QuestionnaireDefinition, Section } from "./definition";
import { isFieldValueEmpty, type UncheckedAnswers } from "./values";

/**
 * Conditions, visibility and conditional requirement.
 *
 * Semantics:
 * - A condition on a field that is unanswered is false: `answered`, `equals`, `notEquals`, `in`, `notIn`
 *   and `includesAny` all need an answer (`notEquals` / `notIn` mean "answered, and not …"). Only `not`
 *   turns false into true: `{ not: { …, op: "answered" } }` is "unanswered".
 * - The compared value of a field: YNP, TXT and DATE its text; SC its `code`; YEAR its number; INT its
 *   `value` (an INT "not available" or a grid is answered but equals nothing); MC, STATE_LIST and FILE
 *   their list of codes, INSTR its instruments. On a list, `equals v` means "v is among them",
 *   `notEquals v` "answered and v is not among them", `in` / `includesAny` "one of them is in values",
 *   `notIn` "answered and none of them is in values". No type coercion: 2020 is not "2020".
 * - `{ module }` holds when the reporting cycle has the module switched on.
 * - Chains: a hidden question or field counts as unanswered in every condition. If A hides B and B's
 *   answer shows C, C is hidden whenever B is, whatever B's stored answer. A section whose module is off
 *   hides all its questions.
 * - Hidden answers stay in storage (the caller keeps them); `visibleAnswers` is the view used for
 *   validation, completeness and aggregation.
 * - A definition whose conditions form a cycle (Q shown when Q is answered) is a definition error, found
 *   by `findConditionCycles`; should one get through, the question or field met again while its own
 *   visibility is being decided counts as hidden.
 *
 * Pure module: no server imports.
 */

/** What a condition may depend on besides the answers. */
export interface ConditionContext {
  /** Modules switched on for the reporting cycle (e.g. ["CONFLICT"]). */
  modules: readonly string[];
}

type Scalar = string | number | boolean;
type ReadField = (questionId: string, fieldKey: string) => unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The values a field's answer is compared with; undefined when unanswered. */
function comparable(value: unknown): Scalar[] | undefined {
  if (isFieldValueEmpty(value)) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return [value];
  if (Array.isArray(value)) {
    return value.flatMap((item): Scalar[] => {
      if (typeof item === "string") return [item];
      if (isObject(item) && typeof item.instrument === "string") return [item.instrument];
      return [];
    });
  }
  if (isObject(value)) {
    if (Array.isArray(value.selected)) return value.selected.filter((v): v is string => typeof v === "string");
    if (typeof value.code === "string") return [value.code];
    if (typeof value.value === "number") return [value.value];
  }
  return [];
}

function evaluate(condition: Condition, read: ReadField, ctx: ConditionContext): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluate(c, read, ctx));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, read, ctx));
  if ("not" in condition) return !evaluate(condition.not, read, ctx);
  if ("module" in condition) return ctx.modules.includes(condition.module);
  const values = comparable(read(condition.question, condition.field));
  if (values === undefined) return false;
  switch (condition.op) {
    case "answered":
      return true;
    case "equals":
      return values.includes(condition.value);
    case "notEquals":
      return !values.includes(condition.value);
    case "in":
    case "includesAny":
      return values.some((v) => (condition.values as Scalar[]).includes(v));
    case "notIn":
      return !values.some((v) => (condition.values as Scalar[]).includes(v));
  }
}

function readFrom(answers: UncheckedAnswers): ReadField {
  return (questionId, fieldKey) => {
    const answer: unknown = answers[questionId];
    return isObject(answer) ? answer[fieldKey] : undefined;
  };
}

/**
 * Evaluates a condition against `answers` as given. Chains are only respected when `answers` is a view
 * from `visibleAnswers` (hidden answers removed); evaluate conditions on that view.
 */
export function evaluateCondition(condition: Condition, answers: UncheckedAnswers, ctx: ConditionContext): boolean {
  return evaluate(condition, readFrom(answers), ctx);
}

/** Whether the cycle offers the section (its module, if any, is switched on). */
export function isSectionOffered(section: Section, ctx: ConditionContext): boolean {
  return !section.module || ctx.modules.includes(section.module);
}

/**
 * Whether a question is shown: its section is offered and its `visibleWhen` holds. `view` must be the
 * output of `visibleAnswers` for chains to be respected.
 */
export function isQuestionVisible(question: Question, section: Section, view: UncheckedAnswers, ctx: ConditionContext): boolean {
  return isSectionOffered(section, ctx) && (!question.visibleWhen || evaluateCondition(question.visibleWhen, view, ctx));
}

/** Whether a field's own `visibleWhen` holds (its question must be visible too). `view` as for isQuestionVisible. */
export function isFieldVisible(field: QuestionField | LeafField, view: UncheckedAnswers, ctx: ConditionContext): boolean {
  return !field.visibleWhen || evaluateCondition(field.visibleWhen, view, ctx);
}

/**
 * Whether a question must be answered: R always, O never, COND when `requiredWhen` holds on `view`.
 * Visibility is separate: a hidden question is never asked for, whatever this says.
 */
export function isQuestionRequired(question: Question, view: UncheckedAnswers, ctx: ConditionContext): boolean {
  if (question.requirement === "R") return true;
  if (question.requirement === "O") return false;
  return question.requiredWhen !== undefined && evaluateCondition(question.requiredWhen, view, ctx);
}

/** Visibility of every question and field of a definition for one set of answers, chains resolved. */
export interface Visibility {
  isQuestionVisible(questionId: string): boolean;
  isFieldVisible(questionId: string, fieldKey: string): boolean;
  isSubFieldVisible(questionId: string, groupKey: string, subFieldKey: string): boolean;
}

/**
 * Resolves visibility for `answers` (stored answers, hidden ones included): a question or field is
 * visible when its section is offered, its question is visible and its condition holds with hidden
 * answers read as unanswered. Resolved on demand and memoised, so conditions may refer forwards.
 */
export function resolveVisibility(definition: QuestionnaireDefinition, answers: UncheckedAnswers, ctx: ConditionContext): Visibility {
  const questions = new Map<string, { question: Question; section: Section }>();
  for (const section of definition.sections) for (const question of section.questions) questions.set(question.id, { question, section });

  const memo = new Map<string, boolean | "pending">();
  const decide = (key: string, compute: () => boolean): boolean => {
    const known = memo.get(key);
    if (known === "pending") return false; // a cycle: see the module comment
    if (known !== undefined) return known;
    memo.set(key, "pending");
    const result = compute();
    memo.set(key, result);
    return result;
  };

  const readStored = readFrom(answers);
  const read: ReadField = (questionId, fieldKey) => (fieldVisible(questionId, fieldKey) ? readStored(questionId, fieldKey) : undefined);

  function questionVisible(questionId: string): boolean {
    return decide(questionId, () => {
      const entry = questions.get(questionId);
      if (!entry) return false;
      const { question, section } = entry;
      return isSectionOffered(section, ctx) && (!question.visibleWhen || evaluate(question.visibleWhen, read, ctx));
    });
  }

  function fieldVisible(questionId: string, fieldKey: string): boolean {
    return decide(`${questionId}.${fieldKey}`, () => {
      const field = questions.get(questionId)?.question.fields.find((f) => f.key === fieldKey);
      if (!field || !questionVisible(questionId)) return false;
      return !field.visibleWhen || evaluate(field.visibleWhen, read, ctx);
    });
  }

  function subFieldVisible(questionId: string, groupKey: string, subFieldKey: string): boolean {
    return decide(`${questionId}.${groupKey}.${subFieldKey}`, () => {
      const group = questions.get(questionId)?.question.fields.find((f) => f.key === groupKey);
      const sub = group?.type === "GROUP" ? group.fields.find((f) => f.key === subFieldKey) : undefined;
      if (!sub || !fieldVisible(questionId, groupKey)) return false;
      return !sub.visibleWhen || evaluate(sub.visibleWhen, read, ctx);
    });
  }

  return { isQuestionVisible: questionVisible, isFieldVisible: fieldVisible, isSubFieldVisible: subFieldVisible };
}

/**
 * The answers with hidden questions, fields and group sub-fields removed, in questionnaire order;
 * unknown question IDs and field keys are left out, and so are questions left with no field. This is
 * the view for validation, completeness and aggregation; storage keeps hidden answers.
 */
export function visibleAnswers<T extends UncheckedAnswers>(definition: QuestionnaireDefinition, answers: T, ctx: ConditionContext): T {
  const visibility = resolveVisibility(definition, answers, ctx);
  const view: Record<string, Record<string, unknown>> = {};
  for (const section of definition.sections) {
    for (const question of section.questions) {
      const answer: unknown = answers[question.id];
      if (!isObject(answer) || !visibility.isQuestionVisible(question.id)) continue;
      const out: Record<string, unknown> = {};
      for (const field of question.fields) {
        if (!(field.key in answer) || !visibility.isFieldVisible(question.id, field.key)) continue;
        const value = answer[field.key];
        const hidden =
          field.type === "GROUP" ? field.fields.filter((sub) => !visibility.isSubFieldVisible(question.id, field.key, sub.key)).map((sub) => sub.key) : [];
        out[field.key] =
          hidden.length && Array.isArray(value)
            ? value.map((item: unknown) => (isObject(item) ? Object.fromEntries(Object.entries(item).filter(([k]) => !hidden.includes(k))) : item))
            : value;
      }
      if (Object.keys(out).length) view[question.id] = out;
    }
  }
  return view as T;
}

/**
 * The question and field visibilities whose conditions depend on themselves, directly or through other
 * conditions, as lists of nodes ("LEG-02", "LEG-02.year", "LEG-04.laws.title"). Empty for a sound
 * definition; a definition loader should refuse any other result.
 */
export function findConditionCycles(definition: QuestionnaireDefinition): string[][] {
  const edges = new Map<string, string[]>();
  const refs = (c: Condition | undefined): string[] => {
    if (!c) return [];
    if ("all" in c) return c.all.flatMap(refs);
    if ("any" in c) return c.any.flatMap(refs);
    if ("not" in c) return refs(c.not);
    if ("module" in c) return [];
    return [`${c.question}.${c.field}`];
  };
  for (const section of definition.sections) {
    for (const question of section.questions) {
      edges.set(question.id, refs(question.visibleWhen));
      for (const field of question.fields) {
        const node = `${question.id}.${field.key}`;
        edges.set(node, [question.id, ...refs(field.visibleWhen)]);
        if (field.type === "GROUP") {
          for (const sub of field.fields) edges.set(`${node}.${sub.key}`, [node, ...refs(sub.visibleWhen)]);
        }
      }
    }
  }

  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next) && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

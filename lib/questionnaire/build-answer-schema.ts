import { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import { toFieldErrors } from "@/lib/schemas/parse";
import {
  evaluateCondition,
  isQuestionRequired,
  resolveVisibility,
  visibleAnswers,
  type ConditionContext,
} from "./conditions";
import type { LeafField, Question, QuestionnaireDefinition } from "./definition";
import {
  fieldCompletenessIssues,
  isFieldRequired,
  isFieldValueEmpty,
  validateFieldValue,
  type AnswerMode,
  type Answers,
  type IssuePath,
  type QuestionAnswer,
  type UncheckedAnswers,
  type ValueIssue,
} from "./values";

/**
 * The one schema builder: a questionnaire definition becomes the zod schema of a submission's answers.
 * The react-hook-form resolver and the server parse with the same schema, so "can save" and "can
 * submit" mean the same thing in the browser and on the server.
 *
 * Draft mode (saving): every field is optional; every present value of every known question is
 * validated, hidden questions included, so bad data is never stored. Unknown question IDs and field
 * keys are refused. The output is the normalised answers (see values.ts), hidden ones included.
 *
 * Submit mode (sign-off): hidden questions and fields are ignored entirely (neither validated nor
 * required; see conditions.ts for chains). Every visible question is validated with the completeness
 * rules too, and every visible required question must be answered: each of its visible required fields
 * (a field's `required` flag, by default true for its first field only) must be non-empty; a required
 * question with no required visible field needs at least one visible field answered, reported on the
 * first visible field. Optional questions are never asked for, even half-answered. Issues are reported
 * at [questionId, fieldKey, …]. The output is the visible view (`visibleAnswers`), normalised.
 *
 * Pure module: no server imports.
 */

export interface AnswerSchemaOptions {
  mode: AnswerMode;
  /** Modules switched on for the reporting cycle; none when absent. */
  modules?: readonly string[];
}

export interface AnswerIssue {
  /** [questionId, fieldKey, …]; [questionId] for an unknown question; [] when the input is not an object. */
  path: IssuePath;
  message: ValueIssue["message"];
}

export interface AnswerCheck {
  data: Answers;
  issues: AnswerIssue[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

interface ParsedQuestion {
  /** Normalised values of the fields present in the input (null when unanswered). */
  value: QuestionAnswer;
  /** The same, without the fields that have validity issues: what conditions may read. */
  valid: QuestionAnswer;
  /** Validity issues by field key, paths relative to the question. */
  fieldIssues: Map<string, ValueIssue[]>;
  /** Unknown field keys, or an answer that is not an object. */
  shapeIssues: ValueIssue[];
}

const prefix = (head: string | number, issues: ValueIssue[]): ValueIssue[] => issues.map((i) => ({ ...i, path: [head, ...i.path] }));

function parseQuestion(question: Question, raw: unknown): ParsedQuestion {
  const parsed: ParsedQuestion = { value: {}, valid: {}, fieldIssues: new Map(), shapeIssues: [] };
  if (raw === undefined || raw === null) return parsed;
  if (!isObject(raw)) {
    parsed.shapeIssues.push({ path: [], message: "validation.invalid" });
    return parsed;
  }
  for (const field of question.fields) {
    if (!(field.key in raw)) continue;
    const { value, issues } = validateFieldValue(field, raw[field.key], { mode: "draft" });
    parsed.value[field.key] = value;
    if (issues.length) parsed.fieldIssues.set(field.key, prefix(field.key, issues));
    else parsed.valid[field.key] = value;
  }
  for (const key of Object.keys(raw)) {
    if (!question.fields.some((f) => f.key === key)) parsed.shapeIssues.push({ path: [key], message: "validation.unknownField" });
  }
  return parsed;
}

function draftIssues(question: Question, parsed: ParsedQuestion): ValueIssue[] {
  return [...question.fields.flatMap((f) => parsed.fieldIssues.get(f.key) ?? []), ...parsed.shapeIssues];
}

interface QuestionView {
  isFieldVisible(fieldKey: string): boolean;
  isSubFieldVisible(groupKey: string, sub: LeafField): boolean;
}

function visibleFields(question: Question, view: QuestionView) {
  return question.fields.filter((f) => view.isFieldVisible(f.key));
}

function requiredVisibleFields(question: Question, view: QuestionView) {
  return visibleFields(question, view).filter((f) => isFieldRequired(f, question.fields.indexOf(f)));
}

/**
 * Whether a question counts as answered: all its visible required fields are non-empty, or, when it has
 * no visible required field, at least one visible field is. `isFieldVisible` defaults to "all visible".
 */
export function isQuestionAnswered(
  question: Question,
  answer: Readonly<Record<string, unknown>> | null | undefined,
  isFieldVisible: (fieldKey: string) => boolean = () => true,
): boolean {
  const view: QuestionView = { isFieldVisible, isSubFieldVisible: () => true };
  const required = requiredVisibleFields(question, view);
  if (required.length) return required.every((f) => !isFieldValueEmpty(answer?.[f.key]));
  return visibleFields(question, view).some((f) => !isFieldValueEmpty(answer?.[f.key]));
}

/** Submit-mode issues of a visible question, paths relative to the question. */
function submitIssues(question: Question, parsed: ParsedQuestion, view: QuestionView, isRequired: boolean): ValueIssue[] {
  const issues: ValueIssue[] = [];
  const fields = visibleFields(question, view);
  const required = isRequired ? requiredVisibleFields(question, view) : [];
  for (const field of fields) {
    const invalid = parsed.fieldIssues.get(field.key);
    if (invalid) {
      issues.push(...invalid);
      continue;
    }
    const value = parsed.value[field.key] ?? null;
    if (value === null) {
      if (required.includes(field)) issues.push({ path: [field.key], message: "validation.required" });
      continue;
    }
    const complete = fieldCompletenessIssues(field, value, (sub) => view.isSubFieldVisible(field.key, sub));
    issues.push(...prefix(field.key, complete));
  }
  const first = fields[0];
  if (isRequired && required.length === 0 && first && !fields.some((f) => !isFieldValueEmpty(parsed.valid[f.key]))) {
    if (!issues.some((i) => i.path[0] === first.key)) issues.push({ path: [first.key], message: "validation.required" });
  }
  return [...issues, ...parsed.shapeIssues];
}

/**
 * Validates a whole set of answers (see the module comment for the modes). Issues come in questionnaire
 * order, then unknown question IDs. This is what the schema from `buildAnswerSchema` runs; completeness
 * uses it too, so the sign-off page lists exactly what submitting would refuse.
 */
export function checkAnswers(definition: QuestionnaireDefinition, input: unknown, options: AnswerSchemaOptions): AnswerCheck {
  const ctx: ConditionContext = { modules: options.modules ?? [] };
  if (input === undefined || input === null) input = {};
  if (!isObject(input)) return { data: {}, issues: [{ path: [], message: "validation.invalid" }] };

  const questions = definition.sections.flatMap((s) => s.questions);
  const parsed = new Map<string, ParsedQuestion>();
  for (const question of questions) {
    if (question.id in input) parsed.set(question.id, parseQuestion(question, input[question.id]));
  }
  const issues: AnswerIssue[] = [];

  let data: Answers = {};
  if (options.mode === "draft") {
    for (const question of questions) {
      const p = parsed.get(question.id);
      if (!p) continue;
      issues.push(...prefix(question.id, draftIssues(question, p)));
      if (input[question.id] !== undefined && input[question.id] !== null) data[question.id] = p.value;
    }
  } else {
    const valid: Answers = Object.fromEntries([...parsed].map(([id, p]) => [id, p.valid]));
    const visibility = resolveVisibility(definition, valid, ctx);
    data = visibleAnswers(definition, valid, ctx);
    for (const question of questions) {
      if (!visibility.isQuestionVisible(question.id)) continue;
      const view: QuestionView = {
        isFieldVisible: (key) => visibility.isFieldVisible(question.id, key),
        isSubFieldVisible: (groupKey, sub) => visibility.isSubFieldVisible(question.id, groupKey, sub.key),
      };
      const p = parsed.get(question.id) ?? parseQuestion(question, undefined);
      issues.push(...prefix(question.id, submitIssues(question, p, view, isQuestionRequired(question, data, ctx))));
    }
  }

  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(input)) if (!known.has(id)) issues.push({ path: [id], message: "validation.unknownQuestion" });
  return { data, issues };
}

function toSchema<T>(check: (input: unknown) => { data: T; issues: AnswerIssue[] }): z.ZodType<T, T> {
  const schema = z.unknown().transform((input, ctx) => {
    const { data, issues } = check(input);
    for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return data;
  });
  // The schema accepts any input (it reports malformed input as issues); typing its input as T lets
  // react-hook-form use the answers type for the form values.
  return schema as unknown as z.ZodType<T, T>;
}

/** The zod schema of a submission's answers: keys are question IDs, values `QuestionAnswer`s. */
export function buildAnswerSchema(definition: QuestionnaireDefinition, options: AnswerSchemaOptions): z.ZodType<Answers, Answers> {
  return toSchema((input) => checkAnswers(definition, input, options));
}

export interface QuestionSchemaContext {
  /** The questionnaire the question belongs to: needed for its section's module and for chains. */
  definition?: QuestionnaireDefinition;
  /** The other stored answers (this question's entry is replaced by the value parsed). */
  answers?: UncheckedAnswers;
  modules?: readonly string[];
}

/**
 * Validates one question's answer (saving a single question, or checking it in submit mode). In submit
 * mode, visibility and requirement are decided with `context`: with a definition, exactly as in
 * `checkAnswers` (a hidden question gives no issue and an empty output); without one, the question
 * counts as visible and its fields' conditions and `requiredWhen` are evaluated on `answers` as given
 * (plus this answer), chains not resolved.
 */
export function checkQuestionAnswer(question: Question, input: unknown, mode: AnswerMode, context: QuestionSchemaContext = {}): { data: QuestionAnswer; issues: AnswerIssue[] } {
  const parsed = parseQuestion(question, input);
  if (mode === "draft") return { data: parsed.value, issues: draftIssues(question, parsed) };

  const ctx: ConditionContext = { modules: context.modules ?? [] };
  const merged: UncheckedAnswers = { ...context.answers, [question.id]: parsed.valid };
  const inDefinition = context.definition?.sections.some((s) => s.questions.some((q) => q.id === question.id));
  let visible: boolean;
  let view: QuestionView;
  let answers: UncheckedAnswers;
  if (context.definition && inDefinition) {
    const visibility = resolveVisibility(context.definition, merged, ctx);
    answers = visibleAnswers(context.definition, merged, ctx);
    visible = visibility.isQuestionVisible(question.id);
    view = {
      isFieldVisible: (key) => visibility.isFieldVisible(question.id, key),
      isSubFieldVisible: (groupKey, sub) => visibility.isSubFieldVisible(question.id, groupKey, sub.key),
    };
  } else {
    // Without the definition the caller has decided the question is asked; treating it as visible
    // keeps the check from passing just because the answers that would show it are missing.
    answers = merged;
    const holds = (c: Parameters<typeof evaluateCondition>[0] | undefined) => !c || evaluateCondition(c, merged, ctx);
    visible = true;
    view = {
      isFieldVisible: (key) => holds(question.fields.find((f) => f.key === key)?.visibleWhen),
      isSubFieldVisible: (groupKey, sub) => holds(sub.visibleWhen),
    };
  }
  if (!visible) return { data: {}, issues: [] };
  const data: QuestionAnswer = Object.fromEntries(Object.entries(parsed.valid).filter(([key]) => view.isFieldVisible(key)));
  return { data, issues: submitIssues(question, parsed, view, isQuestionRequired(question, answers, ctx)) };
}

/** The zod schema of one question's answer (keys = field keys); see `checkQuestionAnswer`. */
export function buildQuestionAnswerSchema(question: Question, mode: AnswerMode, context: QuestionSchemaContext = {}): z.ZodType<QuestionAnswer, QuestionAnswer> {
  return toSchema((input) => checkQuestionAnswer(question, input, mode, context));
}

export type ParseAnswersResult = { success: true; data: Answers } | { success: false; fieldErrors: FieldErrors };

/**
 * Parses answers and returns the errors keyed by dotted path ("LEG-01.status", "LEG-04.laws.0.title"),
 * which are also the react-hook-form field names; an error on the whole input is keyed "_".
 */
export function parseAnswers(definition: QuestionnaireDefinition, input: unknown, options: AnswerSchemaOptions): ParseAnswersResult {
  const result = buildAnswerSchema(definition, options).safeParse(input);
  return result.success ? { success: true, data: result.data } : { success: false, fieldErrors: toFieldErrors(result.error) };
}

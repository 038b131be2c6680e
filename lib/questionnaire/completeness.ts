import { checkAnswers, isQuestionAnswered } from "./build-answer-schema";
import { isQuestionRequired, isSectionOffered, resolveVisibility, type ConditionContext } from "./conditions";
import type { QuestionnaireDefinition } from "./definition";
import type { IssuePath, UncheckedAnswers, ValidationKey } from "./values";

/**
 * Progress of a submission, per section and overall, and the list the sign-off page links to.
 * Both come from the submit-mode check of build-answer-schema.ts, so "complete" here means exactly
 * "the submit schema accepts it".
 *
 * Pure module: no server imports.
 */

export interface CompletenessCounts {
  /** Visible required questions that are answered and pass every submit rule. */
  answeredRequired: number;
  /** Visible questions that are required (R, or COND whose condition holds). */
  totalRequired: number;
  /** Visible questions that are answered (see `isQuestionAnswered`), required or not; invalid values count as unanswered. */
  answered: number;
  /** Visible questions. */
  totalVisible: number;
  /**
   * answeredRequired / totalRequired as a whole percentage, rounded down so that 100 means complete;
   * 100 when nothing is required.
   */
  percent: number;
}

export interface SectionCompleteness extends CompletenessCounts {
  sectionCode: string;
}

export interface Completeness {
  /** The sections the cycle offers (module switched on, or no module), in questionnaire order. */
  sections: SectionCompleteness[];
  overall: CompletenessCounts;
}

function percentOf(done: number, total: number): number {
  return total === 0 ? 100 : Math.floor((done * 100) / total);
}

/** Per-section and overall progress of `answers` (stored answers, hidden ones included). */
export function sectionCompleteness(definition: QuestionnaireDefinition, answers: UncheckedAnswers, ctx: ConditionContext): Completeness {
  const check = checkAnswers(definition, answers, { mode: "submit", modules: ctx.modules });
  const blocked = new Set(check.issues.map((i) => i.path[0]));
  const visibility = resolveVisibility(definition, check.data, ctx);

  const sections: SectionCompleteness[] = [];
  for (const section of definition.sections) {
    if (!isSectionOffered(section, ctx)) continue;
    const counts = { sectionCode: section.code, answeredRequired: 0, totalRequired: 0, answered: 0, totalVisible: 0, percent: 0 };
    for (const question of section.questions) {
      if (!visibility.isQuestionVisible(question.id)) continue;
      counts.totalVisible++;
      const answered = isQuestionAnswered(question, check.data[question.id], (key) => visibility.isFieldVisible(question.id, key));
      if (answered) counts.answered++;
      if (isQuestionRequired(question, check.data, ctx)) {
        counts.totalRequired++;
        if (answered && !blocked.has(question.id)) counts.answeredRequired++;
      }
    }
    counts.percent = percentOf(counts.answeredRequired, counts.totalRequired);
    sections.push(counts);
  }

  const sum = (key: "answeredRequired" | "totalRequired" | "answered" | "totalVisible") => sections.reduce((n, s) => n + s[key], 0);
  const overall: CompletenessCounts = {
    answeredRequired: sum("answeredRequired"),
    totalRequired: sum("totalRequired"),
    answered: sum("answered"),
    totalVisible: sum("totalVisible"),
    percent: 0,
  };
  overall.percent = percentOf(overall.answeredRequired, overall.totalRequired);
  return { sections, overall };
}

/** One thing that stops the submission, for the sign-off page to link to. */
export interface MissingItem {
  sectionCode: string;
  questionId: string;
  /** The field to focus, when the problem is in a field (always, for the issues submit reports). */
  fieldKey?: string;
  /** The full path ([questionId, fieldKey, index, subKey …]); joined with "." it is the form field name. */
  path: IssuePath;
  /** "validation.required" for an unanswered required field, another key for a value that fails a rule. */
  message: ValidationKey;
}

/**
 * Everything that stops the submission, in questionnaire order: unanswered required fields of visible
 * required questions, and visible values that fail a submit rule (e.g. "Other (specify)" text missing).
 * Empty exactly when the submit schema accepts the answers (unknown question IDs aside, which have no
 * section to link to).
 */
export function missingRequired(definition: QuestionnaireDefinition, answers: UncheckedAnswers, ctx: ConditionContext): MissingItem[] {
  const sectionOf = new Map<string, string>();
  for (const section of definition.sections) for (const question of section.questions) sectionOf.set(question.id, section.code);
  const items: MissingItem[] = [];
  for (const issue of checkAnswers(definition, answers, { mode: "submit", modules: ctx.modules }).issues) {
    const questionId = issue.path[0];
    const sectionCode = typeof questionId === "string" ? sectionOf.get(questionId) : undefined;
    if (!sectionCode || typeof questionId !== "string") continue;
    const fieldKey = issue.path[1];
    items.push({ sectionCode, questionId, path: issue.path, message: issue.message, ...(typeof fieldKey === "string" ? { fieldKey } : {}) });
  }
  return items;
}

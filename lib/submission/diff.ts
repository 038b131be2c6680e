import { canonicalJson } from "@/lib/questionnaire/canonical-json";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";

export type AnswerMap = Readonly<Record<string, Record<string, unknown>>>;

export interface AnswerChange {
  questionId: string;
  kind: "added" | "removed" | "changed";
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function isEmpty(value: Record<string, unknown> | undefined): boolean {
  return value === undefined || Object.keys(value).length === 0;
}

/**
 * The answers that differ between two versions of a reply, in questionnaire order (questions the
 * definition does not know come last, by ID). Values are compared by canonical JSON, so the order
 * in which keys were saved never shows as a change; an empty answer counts as no answer.
 */
export function diffAnswers(definition: QuestionnaireDefinition, before: AnswerMap, after: AnswerMap): AnswerChange[] {
  const order = definition.sections.flatMap((s) => s.questions.map((q) => q.id));
  const known = new Set(order);
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => !known.has(id)).sort();
  const changes: AnswerChange[] = [];
  for (const questionId of [...order, ...extra]) {
    const a = before[questionId];
    const b = after[questionId];
    const hadA = !isEmpty(a);
    const hasB = !isEmpty(b);
    if (!hadA && !hasB) continue;
    if (!hadA) changes.push({ questionId, kind: "added", before: null, after: b! });
    else if (!hasB) changes.push({ questionId, kind: "removed", before: a!, after: null });
    else if (canonicalJson(a) !== canonicalJson(b)) changes.push({ questionId, kind: "changed", before: a!, after: b! });
  }
  return changes;
}

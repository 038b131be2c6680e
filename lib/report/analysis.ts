import { analysePreparedQuestion, prepareReplies, type AnalysisOptions, type QuestionAnalysis, type ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import type { ConditionContext } from "@/lib/questionnaire/conditions";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";

/**
 * The analyses of many questions at once, for the report engine: the same result as
 * `analyseQuestion` (lib/analysis) for each question, but each reply's visibility is resolved once,
 * lazily, and shared by all the questions analysed (`prepareReplies`), instead of being resolved over
 * the whole questionnaire for every question. Resolving visibility was most of the cost of aggregation;
 * with 193 full replies and the 81 questions of tip v2 this takes about 55–70 ms warm on the 2-core
 * development machine, half the time of analysing each question against the part of the
 * questionnaire it needs (`npx tsx bench/report.ts` measures it with the whole generation).
 *
 * Unknown question IDs are refused before any work is done.
 */
export function analyseQuestions(
  definition: QuestionnaireDefinition,
  questionIds: readonly string[],
  replies: readonly ReplyForAnalysis[],
  ctx: ConditionContext,
  options: AnalysisOptions = {},
): Map<string, QuestionAnalysis> {
  const known = new Set(definition.sections.flatMap((section) => section.questions.map((q) => q.id)));
  const unknown = questionIds.find((id) => !known.has(id));
  if (unknown !== undefined) throw new Error(`unknown question ${unknown}`);
  const prepared = prepareReplies(definition, replies, ctx);
  const out = new Map<string, QuestionAnalysis>();
  for (const questionId of questionIds) out.set(questionId, analysePreparedQuestion(prepared, questionId, options));
  return out;
}

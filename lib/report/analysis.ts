import { analyseQuestion, questionsNeededFor, type AnalysisOptions, type QuestionAnalysis, type ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import type { ConditionContext } from "@/lib/questionnaire/conditions";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";

/**
 * The analyses of many questions at once, for the report engine: the same result as
 * `analyseQuestion` (lib/analysis) for each question, but each question is analysed against the part of
 * the questionnaire that decides its visibility (`questionsNeededFor`: the question and the questions
 * its conditions read, followed through chains), so each State's visibility is resolved over a few
 * questions instead of the whole questionnaire. With 193 replies to the full questionnaire this is what
 * keeps aggregation within the time aim.
 */
export function analyseQuestions(
  definition: QuestionnaireDefinition,
  questionIds: readonly string[],
  replies: readonly ReplyForAnalysis[],
  ctx: ConditionContext,
  options: AnalysisOptions = {},
): Map<string, QuestionAnalysis> {
  const out = new Map<string, QuestionAnalysis>();
  for (const questionId of questionIds) {
    const needed = questionsNeededFor(definition, questionId);
    if (!needed.has(questionId)) throw new Error(`unknown question ${questionId}`);
    const part: QuestionnaireDefinition = {
      ...definition,
      sections: definition.sections
        .map((section) => ({ ...section, questions: section.questions.filter((q) => needed.has(q.id)) }))
        .filter((section) => section.questions.length > 0),
    };
    out.set(questionId, analyseQuestion(part, questionId, replies, ctx, options));
  }
  return out;
}

import { getTranslations } from "next-intl/server";
import { AnswerSummary } from "@/components/questionnaire/answer-summary";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import type { AnswerChange } from "@/lib/submission/diff";

/** What changed between two submitted versions: each question with its answer before and after. */
export async function VersionDiff({ definition, changes, fromVersion, toVersion, linkFor }: { definition: QuestionnaireDefinition; changes: AnswerChange[]; fromVersion: number; toVersion: number; linkFor?: (questionId: string) => string }) {
  const t = await getTranslations("review.diff");
  const questions = new Map(definition.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
  if (changes.length === 0) return <p className="text-sm">{t("none", { from: fromVersion, to: toVersion })}</p>;
  return (
    <ul className="space-y-3">
      {changes.map((change) => {
        const question = questions.get(change.questionId);
        return (
          <li key={change.questionId} className="rounded border border-gray-300 bg-white p-3">
            <p className="font-semibold">
              {linkFor ? <a href={linkFor(change.questionId)}>{change.questionId}</a> : change.questionId} {question?.text ?? ""}{" "}
              <span className="text-sm font-normal text-gray-700">({t(`kind.${change.kind}`)})</span>
            </p>
            {question ? (
              <div className="mt-2 grid gap-3 md:grid-cols-2">
                <div>
                  <p className="text-xs font-semibold uppercase text-gray-700">{t("before", { version: fromVersion })}</p>
                  <AnswerSummary question={question} value={change.before} />
                </div>
                <div>
                  <p className="text-xs font-semibold uppercase text-gray-700">{t("after", { version: toVersion })}</p>
                  <AnswerSummary question={question} value={change.after} />
                </div>
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FieldAnalysisView } from "@/components/analysis/field-analysis";
import { QuestionPicker } from "@/components/analysis/question-picker";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { ANALYSIS_INCLUDE, REGIONAL_GROUPS, type AnalysisInclude, type RegionalGroup } from "@/lib/schemas/analysis";
import { getQuestionAnalysis, type QuestionAnalysisPage } from "@/lib/server/analysis/get-question-analysis";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analysis"))("title") };
}

type Search = Promise<{ question?: string | string[]; group?: string | string[]; include?: string | string[] }>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** One question of a cycle across the States' replies: counts as bars with a table, figures, texts side by side. */
export default async function AnalysisPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Search }) {
  const actor = await requireArea("area:secretariat");
  const { slug } = await params;
  const search = await searchParams;
  const t = await getTranslations("analysis");
  const input = { cycleSlug: slug, question: one(search.question), group: one(search.group), include: one(search.include) };

  let page: QuestionAnalysisPage | null = null;
  let problem: string | null = null;
  try {
    page = await getQuestionAnalysis({ actor, input });
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === "NOT_FOUND") notFound();
    if (error.code !== "VALIDATION") throw error;
    const fields = Object.keys(error.fieldErrors ?? {});
    problem = fields.includes("question") && fields.length === 1 ? t("errors.question") : t("errors.filters", { fields: fields.join(", ") });
    // Show the picker again: the first question with the filters that were understood.
    const group = (REGIONAL_GROUPS as readonly string[]).includes(input.group ?? "") ? (input.group as RegionalGroup) : undefined;
    const include = (ANALYSIS_INCLUDE as readonly string[]).includes(input.include ?? "") ? (input.include as AnalysisInclude) : undefined;
    page = await getQuestionAnalysis({ actor, input: { cycleSlug: slug, group, include } }).catch(() => null);
  }

  if (!page) {
    return (
      <div>
        <PageHeader title={t("title")} />
        <Alert tone="error">{problem ?? t("errors.notFound")}</Alert>
      </div>
    );
  }

  const view = page;
  const { analysis, question, filters } = view;
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      {problem ? (
        <div className="mb-4">
          <Alert tone="error">{problem}</Alert>
        </div>
      ) : null}
      <QuestionPicker
        slug={page.cycle.slug}
        sections={page.sections}
        questionId={problem ? null : question.id}
        group={filters.group}
        include={filters.include}
        previousId={page.previousId}
        nextId={page.nextId}
      />
      {problem ? null : (
        <article aria-labelledby="analysis-question-title">
          <p className="text-sm text-gray-700">{t("sectionLabel", { code: page.section.code, title: page.section.title })}</p>
          <h2 id="analysis-question-title" className="text-xl font-semibold text-[#1a3a5c]">
            {question.id}. {question.text}
          </h2>
          <p className="mt-2 text-sm" data-testid="denominator">
            {t("denominator", { replies: analysis.replies, seen: analysis.seen, answered: analysis.answered })}
            {filters.group ? ` · ${t(`groups.${filters.group}`)}` : ""}
          </p>
          {analysis.unanswered.length > 0 ? (
            <details className="mt-1 text-sm">
              <summary className="cursor-pointer text-[#1a5c9e]">{t("unanswered", { count: analysis.unanswered.length })}</summary>
              <ul className="mt-1 list-disc ps-5">
                {analysis.unanswered.map((s) => (
                  <li key={s.id}>{s.name}</li>
                ))}
              </ul>
            </details>
          ) : null}
          <div className="mt-3">
            {filters.include === "submitted" && page.notAccepted.length > 0 ? (
              <Alert>
                <p>{t("notAcceptedNote", { count: page.notAccepted.length })}</p>
                <p className="mt-1">{page.notAccepted.map((s) => `${s.name} (${t(`notAcceptedStatus.${s.status}`)})`).join(", ")}</p>
              </Alert>
            ) : filters.include === "accepted" ? (
              <p className="text-sm text-gray-700">{t("acceptedOnlyNote")}</p>
            ) : null}
          </div>
          {analysis.replies === 0 ? (
            <div className="mt-4">
              <Alert>{t("empty")}</Alert>
            </div>
          ) : (
            question.fields.map((field, i) => <FieldAnalysisView key={field.key} field={analysis.fields[i]!} slug={view.cycle.slug} />)
          )}
        </article>
      )}
    </div>
  );
}

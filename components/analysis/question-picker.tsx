import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ANALYSIS_INCLUDE, REGIONAL_GROUPS, type AnalysisInclude, type RegionalGroup } from "@/lib/schemas/analysis";

export interface PickerSection {
  code: string;
  title: string;
  questions: { id: string; text: string }[];
}

const SELECT = "mt-1 block w-full max-w-3xl rounded border border-gray-400 bg-white px-2 py-1.5 text-sm focus:outline-2 focus:outline-[#0b5cab]";

/** The query string of the analysis page for a question and the current filters. */
export function analysisHref(slug: string, question: string, filters: { group: RegionalGroup | null; include: AnalysisInclude }) {
  const params = new URLSearchParams({ question });
  if (filters.group) params.set("group", filters.group);
  if (filters.include !== "accepted") params.set("include", filters.include);
  return `/cycles/${encodeURIComponent(slug)}/analysis?${params.toString()}`;
}

/**
 * The question and the filters as a plain GET form: it works without JavaScript and every choice is
 * in the address, so a view can be bookmarked or shared. Previous / next links keep the filters.
 */
export async function QuestionPicker(props: {
  slug: string;
  sections: PickerSection[];
  questionId: string | null;
  group: RegionalGroup | null;
  include: AnalysisInclude;
  previousId: string | null;
  nextId: string | null;
}) {
  const t = await getTranslations("analysis");
  const filters = { group: props.group, include: props.include };
  return (
    <div className="mb-6">
      <form method="get" action={`/cycles/${encodeURIComponent(props.slug)}/analysis`} className="rounded border border-gray-300 bg-white p-4">
        <fieldset>
          <legend className="font-semibold">{t("picker.legend")}</legend>
          <label htmlFor="analysis-question" className="mt-2 block text-sm font-semibold">
            {t("picker.question")}
          </label>
          <select id="analysis-question" name="question" defaultValue={props.questionId ?? undefined} className={SELECT}>
            {props.sections.map((s) => (
              <optgroup key={s.code} label={t("sectionLabel", { code: s.code, title: s.title })}>
                {s.questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.id} — {q.text.length > 110 ? `${q.text.slice(0, 107)}…` : q.text}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <div className="mt-3 flex flex-wrap gap-6">
            <div>
              <label htmlFor="analysis-group" className="block text-sm font-semibold">
                {t("picker.group")}
              </label>
              <select id="analysis-group" name="group" defaultValue={props.group ?? ""} className={SELECT}>
                <option value="">{t("picker.allGroups")}</option>
                {REGIONAL_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`groups.${g}`)}
                  </option>
                ))}
              </select>
            </div>
            <fieldset>
              <legend className="text-sm font-semibold">{t("picker.include")}</legend>
              {ANALYSIS_INCLUDE.map((value) => (
                <div key={value} className="mt-1 flex items-center gap-2 text-sm">
                  <input type="radio" id={`analysis-include-${value}`} name="include" value={value} defaultChecked={props.include === value} />
                  <label htmlFor={`analysis-include-${value}`}>{t(`picker.${value}`)}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <Button type="submit" className="mt-4">
            {t("picker.show")}
          </Button>
        </fieldset>
      </form>
      {props.questionId ? (
        <nav aria-label={t("picker.questionNav")} className="mt-3 flex justify-between gap-4 text-sm">
          {props.previousId ? <Link href={analysisHref(props.slug, props.previousId, filters)}><span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t("picker.previous", { id: props.previousId })}</Link> : <span />}
          {props.nextId ? <Link href={analysisHref(props.slug, props.nextId, filters)}>{t("picker.next", { id: props.nextId })} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span></Link> : <span />}
        </nav>
      ) : null}
    </div>
  );
}

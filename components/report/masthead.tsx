"use client";

import { useTranslations } from "next-intl";
import { agendaItemLine, type ReportMeta } from "@/lib/report/document";
import { formatUnDate } from "@/lib/report/numbers";

/** "16 December 2015", or the stored text when it is not a date the formatter knows. */
export function unDate(iso: string): string {
  try {
    return formatUnDate(iso);
  } catch {
    return iso;
  }
}

/** The masthead and title block as page 1 prints them (BRIEF §2.1–2.2), in short. */
export function Masthead({ meta }: { meta: ReportMeta }) {
  const t = useTranslations("reports.masthead");
  const agenda = agendaItemLine(meta);
  return (
    <section aria-label={t("label")} className="rounded border border-gray-300 bg-white p-4 font-serif">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-black pb-1">
        <p className="text-lg font-bold">United Nations</p>
        <p className="text-xl font-bold" data-testid="report-symbol">
          {meta.symbol}
        </p>
      </div>
      <div className="mt-2 flex flex-wrap justify-between gap-4">
        <p className="text-2xl font-bold">{meta.organ}</p>
        <dl className="grid grid-cols-[auto_auto] gap-x-2 text-sm">
          <dt>Distr.:</dt>
          <dd>{meta.distribution}</dd>
          <dt className="sr-only">{t("date")}</dt>
          <dd className="col-span-2">{unDate(meta.date)}</dd>
          <dt>Original:</dt>
          <dd>{meta.originalLanguage}</dd>
        </dl>
      </div>
      {meta.session || agenda ? (
        <div className="mt-3 text-sm">
          {meta.session ? <p className="font-bold">{meta.session}</p> : null}
          {agenda ? <p>{agenda}</p> : null}
          {meta.agendaItem ? <p className="font-bold">{meta.agendaItem.title}</p> : null}
        </div>
      ) : null}
      <div className="mt-4">
        <p className="text-xl font-bold">{meta.title}</p>
        {meta.subtitle ? <p className="font-bold">{meta.subtitle}</p> : null}
      </div>
      <dl className="mt-3 grid gap-x-4 gap-y-1 font-sans text-xs text-gray-700 sm:grid-cols-[auto_1fr]">
        {meta.jobNumber ? (
          <>
            <dt className="font-semibold">{t("jobNumber")}</dt>
            <dd>{meta.jobNumber}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("naming")}</dt>
        <dd>{t(`namingValue.${meta.naming}`)}</dd>
        <dt className="font-semibold">{t("includeSubmitted")}</dt>
        <dd>{meta.includeSubmitted ? t("yes") : t("no")}</dd>
        {meta.agendaItem ? (
          <>
            <dt className="font-semibold">{t("agendaFootnote")}</dt>
            <dd>* {meta.agendaItem.listSymbol}.</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

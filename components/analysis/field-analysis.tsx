import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DataTable, Th } from "@/components/ui/table";
import type { CountBar, FieldAnalysis, StateRef } from "@/lib/analysis/question-analysis";
import { CountChart } from "./count-chart";

type T = Awaited<ReturnType<typeof getTranslations<"analysis">>>;

/** A table cell (the shared Td with a column span and data attributes for tests). */
function Td({ children, className, colSpan, ...data }: { children?: ReactNode; className?: string; colSpan?: number; [data: `data-${string}`]: string }) {
  return (
    <td colSpan={colSpan} className={`border-b border-gray-200 px-3 py-2 align-top ${className ?? ""}`} {...data}>
      {children}
    </td>
  );
}

function replyHref(slug: string, state: StateRef) {
  return `/cycles/${encodeURIComponent(slug)}/replies/${encodeURIComponent(state.id)}`;
}

/** A State's name linking to its reply, marked when the reply is not yet accepted. */
function StateLink({ slug, state, t }: { slug: string; state: StateRef; t: T }) {
  return (
    <>
      <Link href={replyHref(slug, state)} aria-label={t("reply", { state: state.name })}>
        {state.name}
      </Link>
      {state.accepted ? null : <span className="ms-1 text-xs text-amber-900">({t("notYetAccepted")})</span>}
    </>
  );
}

/** The States behind a count, folded away until asked for. */
function StatesList({ slug, states, t }: { slug: string; states: StateRef[]; t: T }) {
  if (states.length === 0) return <span className="text-gray-600">{t("table.none")}</span>;
  return (
    <details>
      <summary className="cursor-pointer text-[#1a5c9e]">{t("table.showStates", { count: states.length })}</summary>
      <ul className="mt-1 list-disc ps-5">
        {states.map((s) => (
          <li key={s.id}>
            <StateLink slug={slug} state={s} t={t} />
          </li>
        ))}
      </ul>
    </details>
  );
}

function chartSummary(t: T, label: string, bars: { label: string; count: number }[]) {
  return t("chart.summary", { label, items: bars.map((b) => t("chart.item", { label: b.label, count: b.count })).join("; ") });
}

/** Summary lines may carry catalogue keys (YNP values, "not available"); they are translated here. */
function keyText(t: T, line: { text: string; isKey?: boolean }) {
  if (!line.isKey) return line.text;
  if (line.text.startsWith("questionnaire.ynp.")) return t(`ynp.${line.text.slice("questionnaire.ynp.".length) as "YES"}`);
  return t("number.notAvailable");
}

function percent(count: number, base: number) {
  return base > 0 ? `${Math.round((count / base) * 100)}%` : "–";
}

function FieldHeading({ children }: { children: ReactNode }) {
  return <h3 className="mt-6 text-lg font-semibold text-[#1a3a5c]">{children}</h3>;
}

function ChoiceField({ field, slug, t }: { field: Extract<FieldAnalysis, { kind: "choice" }>; slug: string; t: T }) {
  const labelOf = (b: CountBar) => (field.type === "YNP" ? t(`ynp.${b.code as "YES"}`) : b.label);
  const bars = field.bars.map((b) => ({ label: labelOf(b), count: b.count }));
  const apart = field.apart.map((b) => ({ label: labelOf(b), count: b.count }));
  const base = field.type === "YNP" ? field.base : field.answered;
  return (
    <section aria-labelledby={`field-${field.key}`} data-field-kind="choice">
      <FieldHeading>
        <span id={`field-${field.key}`}>{field.label}</span>
      </FieldHeading>
      {field.multiple ? <p className="text-sm text-gray-700">{t("table.multiple")}</p> : null}
      {bars.length > 0 ? <CountChart bars={bars} summary={chartSummary(t, field.label, bars)} /> : null}
      {apart.length > 0 ? (
        <div className="border-s-4 border-gray-400 ps-3">
          <p className="text-sm font-semibold text-gray-800">{t("table.apart")}</p>
          {apart.some((b) => b.count > 0) ? (
            <CountChart bars={apart} summary={chartSummary(t, `${field.label} (${t("table.apart")})`, apart)} tone="muted" />
          ) : (
            <p className="text-sm text-gray-700">{apart.map((b) => t("chart.item", { label: b.label, count: b.count })).join(" · ")}</p>
          )}
        </div>
      ) : null}
      <DataTable
        caption={t("table.caption", { label: field.label })}
        head={
          <tr>
            <Th>{t("table.answer")}</Th>
            <Th>{t("table.count")}</Th>
            <Th>{t("table.share")}</Th>
            <Th>{t("table.states")}</Th>
          </tr>
        }
      >
        {field.bars.map((b) => (
          <tr key={b.code} data-row="bar">
            <Td>{labelOf(b)}</Td>
            <Td className="tabular-nums" data-count="bar">
              {b.count}
            </Td>
            <Td className="tabular-nums">{percent(b.count, base)}</Td>
            <Td>
              <StatesList slug={slug} states={b.states} t={t} />
            </Td>
          </tr>
        ))}
        {field.apart.length > 0 ? (
          <tr>
            <th scope="rowgroup" colSpan={4} className="border-b border-gray-300 bg-gray-50 px-3 py-2 text-start text-sm font-semibold">
              {t("table.apart")}
            </th>
          </tr>
        ) : null}
        {field.apart.map((b) => (
          <tr key={b.code} data-row="apart">
            <Td>{labelOf(b)}</Td>
            <Td className="tabular-nums" data-count="apart">
              {b.count}
            </Td>
            <Td>–</Td>
            <Td>
              <StatesList slug={slug} states={b.states} t={t} />
            </Td>
          </tr>
        ))}
        <tr data-row="answered" className="font-semibold">
          <Td>{t("table.answered")}</Td>
          <Td className="tabular-nums" data-count="answered">
            {field.answered}
          </Td>
          <Td colSpan={2}>{field.type === "YNP" ? t("table.base", { base }) : t("table.shareOf", { base })}</Td>
        </tr>
      </DataTable>
      {field.others.length > 0 ? <TextTable caption={t("table.others")} entries={field.others} slug={slug} t={t} /> : null}
    </section>
  );
}

function TextTable({ caption, entries, slug, t }: { caption: string; entries: { state: StateRef; text: string; words: number }[]; slug: string; t: T }) {
  return (
    <div className="mt-3">
      <p className="mb-1 text-sm font-semibold">{caption}</p>
      <DataTable
        caption={caption}
        head={
          <tr>
            <Th>{t("table.state")}</Th>
            <Th>{t("table.text")}</Th>
            <Th>{t("table.words")}</Th>
          </tr>
        }
      >
        {entries.map((e) => (
          <tr key={e.state.id}>
            <Td className="whitespace-nowrap">
              <StateLink slug={slug} state={e.state} t={t} />
            </Td>
            <Td className="whitespace-pre-wrap">{e.text}</Td>
            <Td className="tabular-nums">{e.words}</Td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

function NumberField({ field, slug, t }: { field: Extract<FieldAnalysis, { kind: "number" }>; slug: string; t: T }) {
  const seriesLabel = (s: (typeof field.series)[number]) => [s.rowLabel, s.columnLabel, s.currency].filter(Boolean).join(" · ") || field.label;
  const coverage = [
    { label: t("number.gaveFigure"), count: field.reporting },
    { label: t("number.notAvailable"), count: field.notAvailable.length },
  ];
  const totals = field.series.map((s) => ({ label: seriesLabel(s), count: s.stats.total }));
  const fmt = (n: number | null) => (n === null ? t("number.noFigure") : n.toLocaleString("en"));
  return (
    <section aria-labelledby={`field-${field.key}`} data-field-kind="number">
      <FieldHeading>
        <span id={`field-${field.key}`}>{field.label}</span>
      </FieldHeading>
      {field.unit ? <p className="text-sm text-gray-700">{t("number.unit", { unit: field.unit })}</p> : null}
      <p className="text-sm">{t("number.coverage", { reporting: field.reporting, notAvailable: field.notAvailable.length })}</p>
      <p className="mt-2 text-sm font-semibold text-gray-800">{t("number.coverageChart")}</p>
      <CountChart bars={coverage} summary={chartSummary(t, `${field.label} (${t("number.coverageChart")})`, coverage)} />
      {field.series.length > 1 ? (
        <>
          <p className="mt-2 text-sm font-semibold text-gray-800">{t("number.totalsChart")}</p>
          <CountChart bars={totals} summary={chartSummary(t, `${field.label} (${t("number.totalsChart")})`, totals)} />
        </>
      ) : null}
      <DataTable
        caption={t("number.caption", { label: field.label })}
        head={
          <tr>
            <Th>{t("number.series")}</Th>
            <Th>{t("number.reporting")}</Th>
            <Th>{t("number.total")}</Th>
            <Th>{t("number.min")}</Th>
            <Th>{t("number.median")}</Th>
            <Th>{t("number.max")}</Th>
            <Th>{t("number.figures")}</Th>
          </tr>
        }
      >
        {field.series.map((s) => (
          <tr key={s.key}>
            <Td>{seriesLabel(s)}</Td>
            <Td className="tabular-nums">{s.stats.reporting}</Td>
            <Td className="tabular-nums">{fmt(s.stats.total)}</Td>
            <Td className="tabular-nums">{fmt(s.stats.min)}</Td>
            <Td className="tabular-nums">{fmt(s.stats.median)}</Td>
            <Td className="tabular-nums">{fmt(s.stats.max)}</Td>
            <Td>
              {s.values.length === 0 ? (
                <span className="text-gray-600">{t("table.none")}</span>
              ) : (
                <details>
                  <summary className="cursor-pointer text-[#1a5c9e]">{t("table.showStates", { count: s.values.length })}</summary>
                  <ul className="mt-1 list-disc ps-5">
                    {s.values.map((v) => (
                      <li key={v.state.id}>
                        <StateLink slug={slug} state={v.state} t={t} />: <span className="tabular-nums">{v.value.toLocaleString("en")}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </Td>
          </tr>
        ))}
        <tr>
          <Td>{t("number.notAvailable")}</Td>
          <Td className="tabular-nums">{field.notAvailable.length}</Td>
          <Td colSpan={5}>
            <StatesList slug={slug} states={field.notAvailable} t={t} />
          </Td>
        </tr>
      </DataTable>
    </section>
  );
}

function DatesField({ field, slug, t }: { field: Extract<FieldAnalysis, { kind: "dates" }>; slug: string; t: T }) {
  const bars = field.bars.map((b) => ({ label: b.label, count: b.count }));
  return (
    <section aria-labelledby={`field-${field.key}`} data-field-kind="dates">
      <FieldHeading>
        <span id={`field-${field.key}`}>{field.label}</span>
      </FieldHeading>
      {bars.length > 0 ? <CountChart bars={bars} summary={chartSummary(t, field.label, bars)} /> : null}
      <DataTable
        caption={t("dates.caption", { label: field.label })}
        head={
          <tr>
            <Th>{t("dates.year")}</Th>
            <Th>{t("table.count")}</Th>
            <Th>{t("dates.list")}</Th>
          </tr>
        }
      >
        {field.bars.map((b) => (
          <tr key={b.code} data-row="bar">
            <Td>{b.label}</Td>
            <Td className="tabular-nums">{b.count}</Td>
            <Td>
              <details>
                <summary className="cursor-pointer text-[#1a5c9e]">{t("table.showStates", { count: b.count })}</summary>
                <ul className="mt-1 list-disc ps-5">
                  {field.values
                    .filter((v) => v.value.startsWith(b.code))
                    .map((v) => (
                      <li key={v.state.id}>
                        <StateLink slug={slug} state={v.state} t={t} />: {v.value}
                      </li>
                    ))}
                </ul>
              </details>
            </Td>
          </tr>
        ))}
        <tr data-row="answered" className="font-semibold">
          <Td>{t("table.answered")}</Td>
          <Td className="tabular-nums">{field.answered}</Td>
          <Td />
        </tr>
      </DataTable>
    </section>
  );
}

function SideBySide({ field, slug, t }: { field: Extract<FieldAnalysis, { kind: "text" | "goodPractices" | "group" | "files" }>; slug: string; t: T }) {
  let table: ReactNode;
  switch (field.kind) {
    case "text":
      table = <TextTable caption={t("text.caption", { label: field.label })} entries={field.entries} slug={slug} t={t} />;
      break;
    case "goodPractices":
      table = (
        <DataTable
          caption={t("goodPractices.caption", { label: field.label })}
          head={
            <tr>
              <Th>{t("table.state")}</Th>
              <Th>{t("goodPractices.title")}</Th>
              <Th>{t("goodPractices.description")}</Th>
              <Th>{t("goodPractices.results")}</Th>
              <Th>{t("goodPractices.consent")}</Th>
              <Th>{t("table.words")}</Th>
            </tr>
          }
        >
          {field.entries.flatMap((e) =>
            e.items.map((item, i) => (
              <tr key={`${e.state.id}-${i}`}>
                <Td className="whitespace-nowrap">
                  <StateLink slug={slug} state={e.state} t={t} />
                </Td>
                <Td>{item.title}</Td>
                <Td className="whitespace-pre-wrap">{item.description}</Td>
                <Td className="whitespace-pre-wrap">{item.results ?? ""}</Td>
                <Td>{item.consent ? t(`goodPractices.${item.consent}`) : ""}</Td>
                <Td className="tabular-nums">{item.words}</Td>
              </tr>
            )),
          )}
        </DataTable>
      );
      break;
    case "group":
      table = (
        <DataTable
          caption={t("group.caption", { label: field.label })}
          head={
            <tr>
              <Th>{t("table.state")}</Th>
              <Th>{t("group.items")}</Th>
              <Th>{t("table.words")}</Th>
            </tr>
          }
        >
          {field.entries.map((e) => (
            <tr key={e.state.id}>
              <Td className="whitespace-nowrap">
                <StateLink slug={slug} state={e.state} t={t} />
              </Td>
              <Td>
                <ol className="list-decimal ps-5">
                  {e.items.map((lines, i) => (
                    <li key={i}>
                      {lines.map((l) => (
                        <span key={l.label} className="me-2 inline-block">
                          <span className="font-semibold">{l.label}:</span> {keyText(t, l)}
                        </span>
                      ))}
                    </li>
                  ))}
                </ol>
              </Td>
              <Td className="tabular-nums">{e.words}</Td>
            </tr>
          ))}
        </DataTable>
      );
      break;
    case "files":
      table = (
        <DataTable
          caption={t("files.caption", { label: field.label })}
          head={
            <tr>
              <Th>{t("table.state")}</Th>
              <Th>{t("files.count")}</Th>
            </tr>
          }
        >
          {field.entries.map((e) => (
            <tr key={e.state.id}>
              <Td>
                <StateLink slug={slug} state={e.state} t={t} />
              </Td>
              <Td className="tabular-nums">{e.count}</Td>
            </tr>
          ))}
        </DataTable>
      );
      break;
  }
  return (
    <section aria-labelledby={`field-${field.key}`} data-field-kind={field.kind}>
      <FieldHeading>
        <span id={`field-${field.key}`}>{field.label}</span>
      </FieldHeading>
      {field.answered === 0 ? <p className="text-sm text-gray-700">{t("text.empty")}</p> : table}
    </section>
  );
}

/** One field of the analysed question: chart and table for counts and figures, texts side by side. */
export async function FieldAnalysisView({ field, slug }: { field: FieldAnalysis; slug: string }) {
  const t = await getTranslations("analysis");
  switch (field.kind) {
    case "choice":
      return <ChoiceField field={field} slug={slug} t={t} />;
    case "number":
      return <NumberField field={field} slug={slug} t={t} />;
    case "dates":
      return <DatesField field={field} slug={slug} t={t} />;
    default:
      return <SideBySide field={field} slug={slug} t={t} />;
  }
}

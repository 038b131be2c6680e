import { getTranslations } from "next-intl/server";
import type { BlockChange, ReportComparison } from "@/lib/report/edit-ops";

/** Where a block stood: "paragraph 5", or the heading's label, or "a heading". */
function place(side: BlockChange["before"], t: (key: string, values?: Record<string, string | number>) => string): string {
  if (!side) return "";
  if (side.number !== undefined) return t("paragraph", { number: side.number });
  if (side.label) return t("headingLabelled", { label: side.label });
  return t("heading");
}

/** A deletion right before an insertion (or the reverse) with no space between reads as one word: keep them apart. */
function needsSpace(previous: { type: string; text: string } | undefined, current: { type: string; text: string }): boolean {
  return previous !== undefined && previous.type !== "equal" && previous.type !== current.type && !/\s$/.test(previous.text) && !/^\s/.test(current.text);
}

const KIND_LOOK: Record<BlockChange["kind"], string> = {
  added: "border-green-700",
  removed: "border-red-700",
  changed: "border-[#0b5cab]",
  moved: "border-gray-500",
  unchanged: "border-gray-300",
};

/**
 * Two versions of a draft side by side in one reading: what was added, removed, changed (word by word,
 * with <ins> and <del> so that the change does not rest on colour alone) and moved. Unchanged blocks are
 * counted, not repeated.
 */
export async function ComparisonView({ comparison }: { comparison: ReportComparison }) {
  const t = await getTranslations("reports.compare");
  const tField = await getTranslations("reports.meta.fields");
  const fieldLabel = (field: string) => (tField.has(field as never) ? tField(field as never) : field);
  const tr = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  const changes = comparison.blocks.filter((b) => b.kind !== "unchanged");
  const { counts } = comparison;

  return (
    <div className="space-y-6">
      <p role="status" className="rounded border border-gray-300 bg-white p-3" data-testid="compare-counts">
        {t("counts", { added: counts.added, removed: counts.removed, changed: counts.changed, moved: counts.moved, unchanged: counts.unchanged })}
      </p>

      {comparison.meta.length ? (
        <section aria-labelledby="compare-meta">
          <h2 id="compare-meta" className="mb-2 text-lg font-semibold">
            {t("mastheadTitle")}
          </h2>
          <div className="overflow-x-auto rounded border border-gray-300 bg-white">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t("mastheadTitle")}</caption>
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="border-b border-gray-300 px-3 py-2 text-start">
                    {t("field")}
                  </th>
                  <th scope="col" className="border-b border-gray-300 px-3 py-2 text-start">
                    {t("before", { version: comparison.from })}
                  </th>
                  <th scope="col" className="border-b border-gray-300 px-3 py-2 text-start">
                    {t("after", { version: comparison.to })}
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.meta.map((m) => (
                  <tr key={m.field}>
                    <th scope="row" className="border-b border-gray-200 px-3 py-2 text-start font-semibold">
                      {fieldLabel(m.field)}
                    </th>
                    <td className="border-b border-gray-200 px-3 py-2">
                      <del className="line-through">{m.before}</del>
                    </td>
                    <td className="border-b border-gray-200 px-3 py-2">
                      <ins className="underline">{m.after}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="compare-blocks">
        <h2 id="compare-blocks" className="mb-2 text-lg font-semibold">
          {t("blocksTitle")}
        </h2>
        {changes.length === 0 ? <p>{t("noChanges")}</p> : null}
        <ol className="space-y-3">
          {changes.map((change, i) => {
            const before = place(change.before, tr);
            const after = place(change.after, tr);
            const where = change.kind === "added" ? after : change.kind === "removed" ? before : before !== after ? t("fromTo", { before, after }) : after;
            return (
              <li key={i} className={`rounded border border-s-4 border-gray-300 bg-white p-3 ${KIND_LOOK[change.kind]}`} data-change={change.kind}>
                <p className="text-sm font-semibold">
                  {t(`kind.${change.kind}`)} · {where}
                </p>
                <p className="mt-1 font-serif">
                  {change.kind === "changed" && change.words ? (
                    change.words.map((w, j, all) =>
                      w.type === "equal" ? (
                        <span key={j}>{w.text}</span>
                      ) : w.type === "added" ? (
                        <ins key={j} data-spaced={needsSpace(all[j - 1], w) || undefined} className="bg-green-100 underline decoration-2 data-[spaced]:ms-1">
                          <span className="sr-only">{t("insertedStart")}</span>
                          {w.text}
                          <span className="sr-only">{t("insertedEnd")}</span>
                        </ins>
                      ) : (
                        <del key={j} data-spaced={needsSpace(all[j - 1], w) || undefined} className="bg-red-100 line-through decoration-2 data-[spaced]:ms-1">
                          <span className="sr-only">{t("deletedStart")}</span>
                          {w.text}
                          <span className="sr-only">{t("deletedEnd")}</span>
                        </del>
                      ),
                    )
                  ) : change.kind === "added" ? (
                    <ins className="bg-green-100 underline decoration-2">{change.after?.text}</ins>
                  ) : change.kind === "removed" ? (
                    <del className="bg-red-100 line-through decoration-2">{change.before?.text}</del>
                  ) : (
                    (change.after ?? change.before)?.text
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}

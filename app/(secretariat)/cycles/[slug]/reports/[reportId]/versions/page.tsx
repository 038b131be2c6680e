import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { INPUT_CLASS } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { findReportVersions } from "@/lib/server/reports/find-report-versions";
import { findReports } from "@/lib/server/reports/find-reports";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.versions"))("title") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function notFoundOnMissing(error: unknown): never {
  if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
  throw error;
}

/** Every version of a draft (newest first): who made it, when and why; open one, or compare two. */
export default async function ReportVersionsPage({ params }: { params: Promise<{ slug: string; reportId: string }> }) {
  const actor = await requireArea("area:secretariat");
  if (!can(actor.role, "report:read")) notFound();
  const { slug, reportId } = await params;
  if (!UUID.test(reportId)) notFound();
  const t = await getTranslations("reports.versions");
  const tEditor = await getTranslations("reports.editor");
  // The cycle's list holds the report only when the address names the right cycle.
  const report = (await findReports({ actor, cycleSlug: slug }).catch(notFoundOnMissing)).find((r) => r.id === reportId);
  if (!report) notFound();
  const versions = await findReportVersions({ actor, reportId }).catch(notFoundOnMissing);
  const base = `/cycles/${encodeURIComponent(slug)}/reports/${reportId}`;
  const newest = versions[0]?.version ?? report.currentVersion;
  const oldest = versions[versions.length - 1]?.version ?? 1;

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={base}>{t("backToEditor")}</Link>
      </p>
      <PageHeader title={t("title")} description={t("intro", { title: report.title, count: versions.length })} />

      <DataTable
        caption={t("caption", { title: report.title })}
        head={
          <tr>
            <Th>{t("columns.version")}</Th>
            <Th>{t("columns.kind")}</Th>
            <Th>{t("columns.summary")}</Th>
            <Th>{t("columns.by")}</Th>
            <Th>{t("columns.when")}</Th>
            <Th>{t("columns.actions")}</Th>
          </tr>
        }
      >
        {versions.map((v) => (
          <tr key={v.version}>
            <Td>{v.version}</Td>
            <Td>{tEditor(`kind.${v.kind}`)}</Td>
            <Td>{v.summary}</Td>
            <Td>{v.createdByName ?? tEditor("system")}</Td>
            <Td>{t("when", { date: v.createdAt.toISOString().slice(0, 16).replace("T", " ") })}</Td>
            <Td>
              <span className="flex flex-wrap gap-3">
                <Link href={v.version === newest ? base : `${base}?version=${v.version}`}>{t("view", { version: v.version })}</Link>
                {v.version !== newest ? <Link href={`${base}/compare?from=${v.version}&to=${newest}`}>{t("compareWithNewest", { version: v.version, newest })}</Link> : null}
              </span>
            </Td>
          </tr>
        ))}
      </DataTable>

      {versions.length > 1 ? (
        <form method="get" action={`${base}/compare`} aria-labelledby="compare-title" className="mt-6 max-w-3xl rounded border border-gray-300 bg-white p-4">
          <h2 id="compare-title" className="mb-3 text-lg font-semibold">
            {t("compareTitle")}
          </h2>
          <div className="flex flex-wrap items-end gap-4">
            {(["from", "to"] as const).map((end) => (
              <div key={end}>
                <label htmlFor={`compare-${end}`} className="mb-1 block font-semibold">
                  {t(end)}
                </label>
                <select id={`compare-${end}`} name={end} defaultValue={String(end === "from" ? oldest : newest)} className={INPUT_CLASS}>
                  {versions.map((v) => (
                    <option key={v.version} value={v.version}>
                      {t("versionOption", { version: v.version, kind: tEditor(`kind.${v.kind}`) })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <Button type="submit">{t("compare")}</Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

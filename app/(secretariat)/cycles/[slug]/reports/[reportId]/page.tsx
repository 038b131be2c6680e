import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportEditor } from "@/components/report/report-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { getReport } from "@/lib/server/reports/get-report";
import { editReportAction, regenerateReportAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.editor"))("metaTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One draft report in the editor; `?version=N` shows an older version, read only. */
export default async function ReportEditorPage({ params, searchParams }: { params: Promise<{ slug: string; reportId: string }>; searchParams: Promise<{ version?: string | string[] }> }) {
  const actor = await requireArea("area:secretariat");
  if (!can(actor.role, "report:read")) notFound();
  const { slug, reportId } = await params;
  const raw = (await searchParams).version;
  const requested = Number(Array.isArray(raw) ? raw[0] : raw);
  const version = Number.isInteger(requested) && requested > 0 ? requested : undefined;
  if (!UUID.test(reportId)) notFound();
  const t = await getTranslations("reports.editor");
  const view = await getReport({ actor, reportId, version }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  });
  // The report belongs to another cycle than the address says: the address is wrong.
  if (view.report.cycleSlug !== slug) notFound();
  const v = view.version;

  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href={`/cycles/${encodeURIComponent(slug)}/reports`}>{t("backToReports")}</Link>
      </p>
      <PageHeader
        title={view.report.title}
        description={t("versionLine", {
          version: v.version,
          kind: t(`kind.${v.kind}`),
          date: v.createdAt.toISOString().slice(0, 16).replace("T", " "),
          who: v.createdByName ?? t("system"),
        })}
      />
      <ReportEditor view={view} mayEdit={can(actor.role, "report:edit")} editAction={editReportAction} regenerateAction={regenerateReportAction} />
    </div>
  );
}

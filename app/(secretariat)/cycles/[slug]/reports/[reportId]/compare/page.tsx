import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ComparisonView } from "@/components/report/comparison-view";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { compareReportVersions } from "@/lib/server/reports/compare-report-versions";
import { findReports } from "@/lib/server/reports/find-reports";
import type { ReportComparison } from "@/lib/server/reports/types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.compare"))("metaTitle") };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (v: string | string[] | undefined) => Number(Array.isArray(v) ? v[0] : v);

/** Two versions of a draft compared (`?from=&to=`): blocks added, removed, changed word by word, moved. */
export default async function CompareReportVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; reportId: string }>;
  searchParams: Promise<{ from?: string | string[]; to?: string | string[] }>;
}) {
  const actor = await requireArea("area:secretariat");
  if (!can(actor.role, "report:read")) notFound();
  const { slug, reportId } = await params;
  if (!UUID.test(reportId)) notFound();
  const search = await searchParams;
  const t = await getTranslations("reports.compare");
  const report = (
    await findReports({ actor, cycleSlug: slug }).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    })
  ).find((r) => r.id === reportId);
  if (!report) notFound();
  const base = `/cycles/${encodeURIComponent(slug)}/reports/${reportId}`;
  const from = one(search.from);
  const to = one(search.to);

  let comparison: ReportComparison | null = null;
  let problem: string | null = null;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < 1) {
    problem = t("badVersions");
  } else {
    try {
      comparison = await compareReportVersions({ actor, input: { reportId, from, to } });
    } catch (error) {
      if (!isAppError(error) || (error.code !== "NOT_FOUND" && error.code !== "VALIDATION")) throw error;
      problem = error.code === "NOT_FOUND" ? t("noSuchVersion") : error.message;
    }
  }

  return (
    <div>
      <p className="mb-2 flex gap-4 text-sm">
        <Link href={`${base}/versions`}>{t("backToVersions")}</Link>
        <Link href={base}>{t("backToEditor")}</Link>
      </p>
      <PageHeader title={comparison ? t("title", { from: comparison.from, to: comparison.to }) : t("metaTitle")} description={report.title} />
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {comparison ? <ComparisonView comparison={comparison} /> : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { findReports } from "@/lib/server/reports/find-reports";
import { getNewReportDefaults } from "@/lib/server/reports/get-new-report-defaults";
import { createReportAction } from "./actions";
import { NewReportForm } from "./new-report-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

function notFoundOnMissing(error: unknown): never {
  if (isAppError(error) && error.code === "NOT_FOUND") notFound();
  throw error;
}

/** The cycle's draft reports, and for editors the form that generates a new one. */
export default async function ReportsPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireArea("area:secretariat");
  if (!can(actor.role, "report:read")) notFound();
  const { slug } = await params;
  const t = await getTranslations("reports");
  const reports = await findReports({ actor, cycleSlug: slug }).catch(notFoundOnMissing);
  const canEdit = can(actor.role, "report:edit");
  const newReport = canEdit ? await getNewReportDefaults({ actor, cycleSlug: slug }).catch(notFoundOnMissing) : null;
  const base = `/cycles/${encodeURIComponent(slug)}/reports`;

  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />

      <section aria-labelledby="reports-list" className="mb-8">
        <h2 id="reports-list" className="mb-2 text-xl font-semibold">
          {t("list.heading")}
        </h2>
        {reports.length === 0 ? (
          <p>{t("list.empty")}</p>
        ) : (
          <DataTable
            caption={t("list.caption")}
            head={
              <tr>
                <Th>{t("list.columns.title")}</Th>
                <Th>{t("list.columns.template")}</Th>
                <Th>{t("list.columns.version")}</Th>
                <Th>{t("list.columns.updated")}</Th>
              </tr>
            }
          >
            {reports.map((r) => (
              <tr key={r.id}>
                <Td>
                  <Link href={`${base}/${r.id}`} className="font-semibold">
                    {r.title}
                  </Link>
                </Td>
                <Td>
                  {t(`family.${r.family}`)} ({r.templateId})
                </Td>
                <Td>
                  <Link href={`${base}/${r.id}/versions`} aria-label={t("list.versionsLink", { version: r.currentVersion, title: r.title })}>
                    {r.currentVersion}
                  </Link>
                </Td>
                <Td>{t("list.updated", { date: r.updatedAt.toISOString().slice(0, 16).replace("T", " ") })}</Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      {newReport ? (
        newReport.counts.accepted === 0 ? (
          <section aria-labelledby="reports-new" className="max-w-3xl">
            <h2 id="reports-new" className="mb-2 text-xl font-semibold">
              {t("new.heading")}
            </h2>
            <Alert tone="info">{t("new.noAccepted", { submitted: newReport.counts.submitted })}</Alert>
          </section>
        ) : (
          <NewReportForm cycleSlug={slug} templates={newReport.templates} defaults={newReport.defaults} counts={newReport.counts} action={createReportAction} />
        )
      ) : (
        <p className="text-sm text-gray-700">{t("readOnlyNote")}</p>
      )}
    </div>
  );
}

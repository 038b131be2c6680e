import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardTable } from "@/components/dashboard/dashboard-table";
import { DashboardTotals } from "@/components/dashboard/dashboard-totals";
import { requireArea } from "@/lib/auth/guards";
import { parseDashboardFilter } from "@/lib/dashboard/status";
import { isAppError } from "@/lib/errors";
import { getCycleDashboard } from "@/lib/server/dashboard/get-cycle-dashboard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** The secretariat's dashboard of one cycle: every State with its reply's status, filters, totals and downloads. */
export default async function CycleDashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ group?: string | string[]; status?: string | string[] }>;
}) {
  const actor = await requireArea("area:secretariat");
  const { slug } = await params;
  const filter = parseDashboardFilter(await searchParams);
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const dashboard = await getCycleDashboard({ actor, slug, filter }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const base = `/cycles/${encodeURIComponent(dashboard.cycle.slug)}`;
  const query = new URLSearchParams({ ...(filter.group ? { group: filter.group } : {}), ...(filter.status ? { status: filter.status } : {}) });
  const download = (kind: "csv" | "xlsx") => `/api${base}/dashboard?${new URLSearchParams([["format", kind], ...query.entries()]).toString()}`;
  const deadline = format.dateTime(new Date(`${dashboard.cycle.deadline}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="mt-4">
      <h1 className="text-2xl font-semibold text-[#1a3a5c]">{t("title")}</h1>
      <p className="mb-4 text-gray-700">{t("cycleDescription", { deadline })}</p>
      <DashboardFilters action={base} filter={filter} />
      <DashboardTotals totals={dashboard.totals} filtered={dashboard.filteredTotals} />
      <nav aria-label={t("download.label")} className="mb-4 flex flex-wrap gap-2">
        <a href={download("csv")} download className="inline-flex items-center rounded border border-gray-400 bg-white px-4 py-2 text-sm font-semibold no-underline hover:bg-gray-100">
          {t("download.csv")}
        </a>
        <a href={download("xlsx")} download className="inline-flex items-center rounded border border-gray-400 bg-white px-4 py-2 text-sm font-semibold no-underline hover:bg-gray-100">
          {t("download.xlsx")}
        </a>
      </nav>
      <DashboardTable rows={dashboard.rows} cycleSlug={dashboard.cycle.slug} />
    </div>
  );
}

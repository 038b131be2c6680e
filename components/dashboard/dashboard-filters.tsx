import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DASHBOARD_GROUPS, DASHBOARD_STATUSES, type DashboardFilter } from "@/lib/dashboard/status";

const SELECT_CLASS = "block h-11 rounded border border-gray-500 bg-white px-3 py-2 text-base";

/** The dashboard's filters: a plain GET form, so it works without JavaScript and keeps the filter in the address. */
export async function DashboardFilters({ action, filter }: { action: string; filter: DashboardFilter }) {
  const t = await getTranslations("dashboard");
  return (
    <form method="get" action={action} className="mb-4">
      <fieldset className="flex flex-wrap items-end gap-4 rounded border border-gray-300 bg-white p-3">
        <legend className="px-1 font-semibold">{t("filters.legend")}</legend>
        <div>
          <label htmlFor="dashboard-group" className="mb-1 block font-semibold">
            {t("filters.group")}
          </label>
          <select id="dashboard-group" name="group" defaultValue={filter.group ?? ""} className={SELECT_CLASS}>
            <option value="">{t("filters.allGroups")}</option>
            {DASHBOARD_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="dashboard-status" className="mb-1 block font-semibold">
            {t("filters.status")}
          </label>
          <select id="dashboard-status" name="status" defaultValue={filter.status ?? ""} className={SELECT_CLASS}>
            <option value="">{t("filters.allStatuses")}</option>
            {DASHBOARD_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="h-11 rounded border border-transparent bg-[#0b5cab] px-4 text-sm font-semibold text-white hover:bg-[#094a8a]">
          {t("filters.apply")}
        </button>
        {filter.group || filter.status ? (
          <Link href={action} className="self-center">
            {t("filters.clear")}
          </Link>
        ) : null}
      </fieldset>
    </form>
  );
}

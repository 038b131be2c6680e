import { getTranslations } from "next-intl/server";
import { DataTable, Td, Th } from "@/components/ui/table";
import { DASHBOARD_STATUSES, type StatusTotals } from "@/lib/dashboard/status";

function RowHeader({ children }: { children: React.ReactNode }) {
  return (
    <th scope="row" className="border-b border-gray-200 px-3 py-2 text-start font-semibold">
      {children}
    </th>
  );
}

/** Totals per status, for all States and for the rows the filters keep. */
export async function DashboardTotals({ totals, filtered }: { totals: StatusTotals; filtered: StatusTotals }) {
  const t = await getTranslations("dashboard");
  return (
    <div className="mb-4 max-w-xl">
      <DataTable
        caption={t("totals.caption")}
        head={
          <tr>
            <Th>{t("totals.status")}</Th>
            <Th>{t("totals.all")}</Th>
            <Th>{t("totals.shown")}</Th>
          </tr>
        }
      >
        {DASHBOARD_STATUSES.map((s) => (
          <tr key={s}>
            <RowHeader>{t(`statuses.${s}`)}</RowHeader>
            <Td>{totals[s]}</Td>
            <Td>{filtered[s]}</Td>
          </tr>
        ))}
        <tr>
          <RowHeader>{t("totals.total")}</RowHeader>
          <Td className="font-semibold">{totals.total}</Td>
          <Td className="font-semibold">{filtered.total}</Td>
        </tr>
      </DataTable>
    </div>
  );
}

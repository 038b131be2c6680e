import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { DashboardRow } from "@/lib/server/dashboard/get-cycle-dashboard";

const STATUS_CLASS: Record<DashboardRow["status"], string> = {
  NOT_STARTED: "border-gray-500 bg-gray-50 text-gray-900",
  IN_PROGRESS: "border-amber-700 bg-amber-50 text-amber-900",
  SUBMITTED: "border-[#0b5cab] bg-blue-50 text-[#1a3a5c]",
  RETURNED: "border-red-700 bg-red-50 text-red-900",
  ACCEPTED: "border-green-700 bg-green-50 text-green-900",
};

/** One row per State: its reply's status, progress, submitted version, last activity and channel. */
export async function DashboardTable({ rows, cycleSlug }: { rows: readonly DashboardRow[]; cycleSlug: string }) {
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t("table.empty")}</p>;
  return (
    <DataTable
      caption={t("table.caption", { count: rows.length })}
      head={
        <tr>
          <Th>{t("table.state")}</Th>
          <Th>{t("table.group")}</Th>
          <Th>{t("table.status")}</Th>
          <Th>{t("table.version")}</Th>
          <Th>{t("table.lastActivity")}</Th>
          <Th>{t("table.channel")}</Th>
        </tr>
      }
    >
      {rows.map((r) => (
        <tr key={r.memberStateId}>
          <Td>
            {r.hasSubmission ? (
              <Link href={`/cycles/${encodeURIComponent(cycleSlug)}/replies/${r.memberStateId}`}>{r.name}</Link>
            ) : (
              <span>{r.name}</span>
            )}
            {r.observer ? <span className="ms-2 text-xs text-gray-700">({t("table.observerMark")})</span> : null}
          </Td>
          <Td>{r.regionalGroup ? t(`groups.${r.regionalGroup as "AFRICAN"}`) : t("table.none")}</Td>
          <Td>
            <span className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[r.status]}`}>{t(`statuses.${r.status}`)}</span>
            {r.percentComplete !== null ? <span className="ms-2 whitespace-nowrap">{t("table.percentValue", { percent: r.percentComplete })}</span> : null}
          </Td>
          <Td>{r.submittedVersion !== null ? t("table.versionValue", { version: r.submittedVersion }) : t("table.none")}</Td>
          <Td>
            {r.lastActivity ? (
              <time dateTime={r.lastActivity.toISOString()}>{format.dateTime(r.lastActivity, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}</time>
            ) : (
              t("table.none")
            )}
          </Td>
          <Td>{r.channel ? t(`channels.${r.channel}`) : t("table.none")}</Td>
        </tr>
      ))}
    </DataTable>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { findCycles } from "@/lib/server/cycles/find-cycles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("title") };
}

/** Every reporting cycle, newest first; admins and reviewers can start a new one. */
export default async function CyclesPage() {
  const actor = await requireArea("area:secretariat");
  const t = await getTranslations("cycles");
  const format = await getFormatter();
  const cycles = await findCycles({ actor });
  const canManage = can(actor.role, "cycle:manage");
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <div>
      <PageHeader
        title={t("title")}
        description={canManage ? t("description") : `${t("description")} ${t("readOnly")}`}
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/cycles/new">{t("newCycle")}</Link>
            </Button>
          ) : null
        }
      />
      {cycles.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("table.caption")}
          head={
            <tr>
              <Th>{t("table.title")}</Th>
              <Th>{t("table.organ")}</Th>
              <Th>{t("table.status")}</Th>
              <Th>{t("table.deadline")}</Th>
              <Th>{t("table.submitted")}</Th>
              <Th>{t("table.accepted")}</Th>
            </tr>
          }
        >
          {cycles.map((c) => (
            <tr key={c.slug}>
              <Td>
                <Link href={`/cycles/${encodeURIComponent(c.slug)}`}>{c.title}</Link>
                <span className="block text-xs text-gray-600">
                  {c.slug}
                  {c.reportSymbol ? ` · ${c.reportSymbol}` : ""}
                </span>
              </Td>
              <Td>{t(`organs.${c.organ}`)}</Td>
              <Td>{t(`statuses.${c.status}`)}</Td>
              <Td>{date(c.deadline)}</Td>
              <Td>{c.submitted}</Td>
              <Td>{c.accepted}</Td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}

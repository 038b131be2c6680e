import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { INPUT_CLASS } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireArea } from "@/lib/auth/guards";
import { ZFindAuditEventsInput } from "@/lib/schemas/users";
import { findAuditEvents } from "@/lib/server/audit/find-audit-events";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireArea("area:admin");
  const t = await getTranslations("audit");
  const format = await getFormatter();
  const raw = await searchParams;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const parsed = ZFindAuditEventsInput.safeParse({ actor: str(raw.actor), memberStateId: str(raw.state), action: str(raw.action), page: str(raw.page) });
  const input = parsed.success ? parsed.data : { page: 1 };
  const { events, hasMore } = await findAuditEvents({ actor, input });
  const page = input.page ?? 1;
  const qs = (p: number) => new URLSearchParams({ actor: str(raw.actor) ?? "", state: str(raw.state) ?? "", action: str(raw.action) ?? "", page: String(p) }).toString();

  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("filter")}>
        <div>
          <label htmlFor="audit-actor" className="block text-sm font-semibold">
            {t("actor")}
          </label>
          <input id="audit-actor" name="actor" defaultValue={str(raw.actor) ?? ""} className={INPUT_CLASS} />
        </div>
        <div>
          <label htmlFor="audit-state" className="block text-sm font-semibold">
            {t("memberState")}
          </label>
          <input id="audit-state" name="state" defaultValue={str(raw.state) ?? ""} placeholder="GHA" className={INPUT_CLASS} />
        </div>
        <div>
          <label htmlFor="audit-action" className="block text-sm font-semibold">
            {t("action")}
          </label>
          <input id="audit-action" name="action" defaultValue={str(raw.action) ?? ""} placeholder="user." className={INPUT_CLASS} />
        </div>
        <Button type="submit" variant="secondary">
          {t("applyFilter")}
        </Button>
      </form>
      <DataTable
        caption={t("title")}
        head={
          <tr>
            <Th>{t("when")}</Th>
            <Th>{t("actor")}</Th>
            <Th>{t("action")}</Th>
            <Th>{t("target")}</Th>
            <Th>{t("memberState")}</Th>
            <Th>{t("details")}</Th>
          </tr>
        }
      >
        {events.map((e) => (
          <tr key={e.id}>
            <Td className="whitespace-nowrap">{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</Td>
            <Td>{e.actorEmail ?? "—"}</Td>
            <Td>
              <code>{e.action}</code>
            </Td>
            <Td>{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</Td>
            <Td>{e.memberStateId ?? "—"}</Td>
            <Td>
              <code className="break-all text-xs">{JSON.stringify(e.details)}</code>
            </Td>
          </tr>
        ))}
      </DataTable>
      <nav aria-label={t("pages")} className="mt-4 flex gap-4">
        {page > 1 ? <Link href={`?${qs(page - 1)}`}>{t("newer")}</Link> : null}
        {hasMore ? <Link href={`?${qs(page + 1)}`}>{t("older")}</Link> : null}
      </nav>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { DataTable, Td, Th } from "@/components/ui/table";
import type { MemberState } from "@/lib/server/member-states/find-member-states";

const GROUP_ORDER = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN", "WESTERN_EUROPEAN_OTHERS", "NONE"] as const;

/** Member States and observer States in United Nations order, with totals per regional group. */
export async function MemberStatesTable({ states }: { states: readonly MemberState[] }) {
  const t = await getTranslations("memberStates");
  const totals = new Map<string, number>();
  for (const s of states) {
    const key = s.regionalGroup ?? "NONE";
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return (
    <>
      <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t("totals")}>
        {GROUP_ORDER.filter((g) => totals.has(g)).map((group) => [group, totals.get(group) ?? 0] as const).map(([group, n]) => (
          <li key={group}>
            {t(`group.${group}`)}: <strong>{n}</strong>
          </li>
        ))}
      </ul>
      <DataTable
        caption={t("caption")}
        head={
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("code")}</Th>
            <Th>{t("regionalGroup")}</Th>
            <Th>{t("m49Region")}</Th>
            <Th>{t("status")}</Th>
          </tr>
        }
      >
        {states.map((s) => (
          <tr key={s.id}>
            <Td>{s.name}</Td>
            <Td>{s.id}</Td>
            <Td>{t(`group.${s.regionalGroup ?? "NONE"}`)}</Td>
            <Td>
              {s.m49Region} — {s.m49SubRegion}
            </Td>
            <Td>{t(`statusValue.${s.status}`)}</Td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ReportingCycle } from "@/lib/server/cycles/get-cycle-for-secretariat";

/** A cycle's details as a read-only list (for report editors, who cannot change cycles). */
export async function CycleSummary({ cycle, questionnaires }: { cycle: ReportingCycle; questionnaires: readonly { id: string; title: string; version: number }[] }) {
  const t = await getTranslations("cycles");
  const format = await getFormatter();
  const date = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const version = questionnaires.find((q) => q.id === cycle.questionnaireVersionId);
  const items: [string, string][] = [
    [t("form.slug"), cycle.slug],
    [t("form.title"), cycle.title],
    [t("form.organ"), t(`organs.${cycle.organ}`)],
    [t("form.mandate"), cycle.mandate],
    [t("form.periodFrom"), date(cycle.periodFrom)],
    [t("form.periodTo"), date(cycle.periodTo)],
    [t("form.questionnaireVersion"), version ? t("form.versionOption", { title: version.title, version: version.version }) : cycle.questionnaireVersionId],
    [t("form.modules"), cycle.modules.length ? cycle.modules.join(", ") : t("form.noModulesChosen")],
    [t("form.opensOn"), date(cycle.opensOn)],
    [t("form.deadline"), date(cycle.deadline)],
    [t("form.cutOff"), date(cycle.cutOff)],
    [t("form.reportSymbol"), cycle.reportSymbol ?? "—"],
    [t("form.reminderDays"), cycle.reminderDays.join(", ") || "—"],
  ];
  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 rounded border border-gray-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

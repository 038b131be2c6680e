import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, getLocale } from "next-intl/server";
import { DataTable, Td, Th } from "@/components/ui/table";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { formatLongDate } from "@/lib/i18n/config";
import { normalisePoints } from "@/lib/reminders/due";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { findReminderDeliveries } from "@/lib/server/reminders/find-reminder-deliveries";
import { runRemindersNowAction, sendManualRemindersAction } from "./actions";
import { ReminderButtons } from "./reminder-buttons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders.page"))("title") };
}

/** A cycle's reminders: the schedule, the buttons to remind now, and every reminder sent with its e-mail status. */
export default async function CycleRemindersPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireArea("area:secretariat");
  const { slug } = await params;
  const cycle = await getCycleForSecretariat({ actor, slug }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("reminders.page");
  const format = await getFormatter();
  const locale = await getLocale();
  const deliveries = await findReminderDeliveries({ actor, cycleId: cycle.id });
  const points = normalisePoints(cycle.reminderDays ?? []);
  const base = `/cycles/${encodeURIComponent(cycle.slug)}`;
  const open = cycle.status === "OPEN";
  const mayRemind = open && can(actor.role, "submission:review");
  const mayRunScheduled = open && can(actor.role, "area:admin");

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold text-[#1a3a5c]">{t("title")}</h1>
        <p className="mt-1 text-gray-700">{t("intro")}</p>
      </div>

      <section aria-labelledby="reminder-schedule" className="space-y-2">
        <h2 id="reminder-schedule" className="text-lg font-semibold">
          {t("scheduleHeading")}
        </h2>
        <p>{t("schedule", { count: points.length, days: format.list(points.map(String), { type: "conjunction" }), deadline: formatLongDate(cycle.deadline, locale) })}</p>
        <p className="text-sm text-gray-700">{t("scheduleNote")}</p>
        {open ? null : <p className="font-semibold">{t("notOpen")}</p>}
        {can(actor.role, "cycle:manage") ? <Link href={`${base}/settings`}>{t("changeSchedule")}</Link> : null}
      </section>

      {mayRemind || mayRunScheduled ? (
        <section aria-labelledby="reminder-actions" className="space-y-3">
          <h2 id="reminder-actions" className="text-lg font-semibold">
            {t("actionsHeading")}
          </h2>
          <ReminderButtons
            slug={cycle.slug}
            remindNow={mayRemind ? sendManualRemindersAction : undefined}
            runScheduled={mayRunScheduled ? runRemindersNowAction : undefined}
          />
        </section>
      ) : null}

      <section aria-labelledby="reminder-deliveries" className="space-y-3">
        <h2 id="reminder-deliveries" className="text-lg font-semibold">
          {t("deliveriesHeading")}
        </h2>
        {deliveries.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable
            caption={t("deliveriesCaption")}
            head={
              <tr>
                <Th>{t("state")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("point")}</Th>
                <Th>{t("date")}</Th>
                <Th>{t("recipients")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            }
          >
            {deliveries.map((d) => (
              <tr key={d.id}>
                <Td>{d.stateName}</Td>
                <Td>{isKind(d.kind) ? t(`kindValue.${d.kind}`) : d.kind}</Td>
                <Td>{d.point === null ? t("noPoint") : t("pointValue", { days: d.point })}</Td>
                <Td>{format.dateTime(d.createdAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                <Td className="break-all">{d.to ?? t("noPoint")}</Td>
                <Td>{t(`statusValue.${d.status ?? "NONE"}`)}</Td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}

function isKind(kind: string): kind is "NOT_SUBMITTED" | "RETURNED" | "MANUAL" {
  return kind === "NOT_SUBMITTED" || kind === "RETURNED" || kind === "MANUAL";
}

import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { CycleTabs } from "./cycle-tabs";

/** Every page of one cycle in the secretariat area: its title and the tabs between its pages. */
export default async function CycleLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const actor = await requireArea("area:secretariat");
  const { slug } = await params;
  const t = await getTranslations("layout.cycleTabs");
  const cycle = await getCycleForSecretariat({ actor, slug }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const base = `/cycles/${encodeURIComponent(cycle.slug)}`;
  const tabs = [
    { href: base, label: t("dashboard") },
    { href: `${base}/analysis`, label: t("analysis") },
    { href: `${base}/exchange`, label: t("exchange") },
    { href: `${base}/reminders`, label: t("reminders") },
    { href: `${base}/reports`, label: t("reports") },
    { href: `${base}/settings`, label: t("settings") },
  ];
  return (
    <div>
      <p className="text-sm text-gray-700">
        {t("cycleLabel")} <span className="font-semibold">{cycle.title}</span> · {t(`status.${cycle.status}`)}
      </p>
      <CycleTabs tabs={tabs} label={t("label")} />
      {children}
    </div>
  );
}

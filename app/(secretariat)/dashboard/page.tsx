import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MemberStatesTable } from "@/components/member-states/member-states-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { findCurrentCycleSlug } from "@/lib/server/cycles/find-current-cycle-slug";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/**
 * The secretariat's start page: the dashboard of the current cycle (the newest open one, else the
 * newest). Without any cycle, the list of the States that may reply.
 */
export default async function DashboardPage() {
  const actor = await requireArea("area:secretariat");
  const slug = await findCurrentCycleSlug({ actor });
  if (slug) redirect(`/cycles/${encodeURIComponent(slug)}`);
  const t = await getTranslations("dashboard");
  const states = await findMemberStates({ actor });
  return (
    <div>
      <PageHeader title={t("title")} description={t("noCycles")} />
      <MemberStatesTable states={states} />
    </div>
  );
}

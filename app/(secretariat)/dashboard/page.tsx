import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";
import { MemberStatesTable } from "@/components/member-states/member-states-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

/** The secretariat's overview of every State. Reply statuses per cycle are added with the reporting cycles. */
export default async function DashboardPage() {
  const actor = await requireArea("area:secretariat");
  const t = await getTranslations("dashboard");
  const states = await findMemberStates({ actor });
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro", { count: states.length })} />
      <MemberStatesTable states={states} />
    </div>
  );
}

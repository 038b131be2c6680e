import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MemberStatesTable } from "@/components/member-states/member-states-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("memberStates"))("title") };
}

export default async function AdminMemberStatesPage() {
  const actor = await requireArea("area:admin");
  const t = await getTranslations("memberStates");
  const states = await findMemberStates({ actor });
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro", { count: states.length })} />
      <MemberStatesTable states={states} />
    </div>
  );
}

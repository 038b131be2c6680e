import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CycleForm } from "@/components/cycles/cycle-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { findQuestionnaireChoices } from "@/lib/server/cycles/find-questionnaire-choices";
import { createCycleAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("new.title") };
}

/** Form for a new reporting cycle (admins and reviewers). */
export default async function NewCyclePage() {
  const actor = await requireArea("cycle:manage");
  const t = await getTranslations("cycles");
  const questionnaires = await findQuestionnaireChoices({ actor });
  const latest = questionnaires[0];
  return (
    <div>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <CycleForm
        mode="create"
        questionnaires={questionnaires}
        action={createCycleAction}
        defaultValues={{
          slug: "",
          title: "",
          organ: "SC",
          mandate: "",
          periodFrom: "",
          periodTo: "",
          questionnaireVersionId: latest?.id ?? "",
          modules: [],
          opensOn: "",
          deadline: "",
          cutOff: "",
          reportSymbol: "",
          reminderDays: "14, 3",
        }}
      />
    </div>
  );
}

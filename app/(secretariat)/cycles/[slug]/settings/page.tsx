import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CycleForm } from "@/components/cycles/cycle-form";
import { CycleStatusActions } from "@/components/cycles/cycle-status-actions";
import { CycleSummary } from "@/components/cycles/cycle-summary";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors";
import { findQuestionnaireChoices } from "@/lib/server/cycles/find-questionnaire-choices";
import { getCycleSettings } from "@/lib/server/cycles/get-cycle-settings";
import { closeCycleAction, openCycleAction, updateCycleAction } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cycles"))("settings.title") };
}

/** A cycle's details and status: editable by admins and reviewers, read-only for report editors. */
export default async function CycleSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireArea("area:secretariat");
  const { slug } = await params;
  const t = await getTranslations("cycles");
  const { cycle, questionnaireLocked } = await getCycleSettings({ actor, slug }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const questionnaires = await findQuestionnaireChoices({ actor });
  const canManage = can(actor.role, "cycle:manage");
  const status = t(`statuses.${cycle.status}`).toLowerCase();
  return (
    <div className="mt-4 space-y-6">
      <h1 className="text-2xl font-semibold text-[#1a3a5c]">{t("settings.title")}</h1>
      <section aria-labelledby="cycle-status-heading" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="cycle-status-heading" className="mb-2 text-lg font-semibold">
          {t("settings.statusHeading")}
        </h2>
        <p className="mb-1">{t("settings.statusIs", { status })}</p>
        <p className="mb-3 text-sm text-gray-700">
          {cycle.status === "DRAFT" ? t("settings.draftHelp") : cycle.status === "OPEN" ? t("settings.openHelp") : t("settings.closedHelp")}
        </p>
        {canManage ? <CycleStatusActions slug={cycle.slug} status={cycle.status} openAction={openCycleAction} closeAction={closeCycleAction} /> : null}
      </section>
      {canManage ? (
        <CycleForm
          mode="edit"
          questionnaires={questionnaires}
          questionnaireLocked={questionnaireLocked}
          action={updateCycleAction}
          defaultValues={{
            slug: cycle.slug,
            title: cycle.title,
            organ: cycle.organ,
            mandate: cycle.mandate,
            periodFrom: cycle.periodFrom,
            periodTo: cycle.periodTo,
            questionnaireVersionId: cycle.questionnaireVersionId,
            modules: cycle.modules,
            opensOn: cycle.opensOn,
            deadline: cycle.deadline,
            cutOff: cycle.cutOff,
            reportSymbol: cycle.reportSymbol ?? "",
            reminderDays: cycle.reminderDays.join(", "),
          }}
        />
      ) : (
        <>
          <p>{t("settings.readOnly")}</p>
          <CycleSummary cycle={cycle} questionnaires={questionnaires} />
        </>
      )}
    </div>
  );
}

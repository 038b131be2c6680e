import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { startTotpEnrolment } from "@/lib/server/account/start-totp-enrolment";
import { needsTwoFactorEnrolment } from "@/lib/server/authorize";
import { TwoFactorForm } from "./two-factor-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

export default async function TwoFactorPage() {
  const actor = await requireActor();
  const t = await getTranslations("twoFactor");
  const enrolment = actor.twoFactorEnabled ? null : await startTotpEnrolment({ actor });
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title")} description={t("intro")} />
      {needsTwoFactorEnrolment(actor) ? (
        <div className="mb-4">
          <Alert tone="info">{t("required")}</Alert>
        </div>
      ) : null}
      <TwoFactorForm enabled={actor.twoFactorEnabled} enrolment={enrolment} />
    </div>
  );
}

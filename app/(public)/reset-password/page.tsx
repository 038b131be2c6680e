import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { RequestResetForm } from "./request-reset-form";

export default async function ResetPasswordPage() {
  const t = await getTranslations("resetPassword");
  return (
    <div className="max-w-lg">
      <PageHeader title={t("title")} description={t("intro")} />
      <RequestResetForm />
    </div>
  );
}

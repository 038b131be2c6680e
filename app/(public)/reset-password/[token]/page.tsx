import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SetPasswordForm } from "@/components/form/set-password-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { getTokenHolder } from "@/lib/server/users/get-token-holder";
import { resetPasswordAction } from "../actions";

export default async function ResetPasswordTokenPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("resetPassword");
  const holder = await getTokenHolder({ token, purpose: "PASSWORD_RESET" }).catch((error: unknown) => {
    if (isAppError(error)) return null;
    throw error;
  });
  return (
    <div className="max-w-lg">
      <PageHeader title={t("chooseTitle")} />
      {holder ? (
        <SetPasswordForm token={token} email={holder.email} action={resetPasswordAction} />
      ) : (
        <>
          <Alert tone="error">{t("invalid")}</Alert>
          <p className="mt-4">
            <Link href="/reset-password">{t("again")}</Link>
          </p>
        </>
      )}
    </div>
  );
}

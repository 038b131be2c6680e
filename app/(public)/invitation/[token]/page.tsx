import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SetPasswordForm } from "@/components/form/set-password-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { getTokenHolder } from "@/lib/server/users/get-token-holder";
import { acceptInvitationAction } from "./actions";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invitation");
  const holder = await getTokenHolder({ token, purpose: "INVITATION" }).catch((error: unknown) => {
    if (isAppError(error)) return null;
    throw error;
  });
  return (
    <div className="max-w-lg">
      <PageHeader title={t("title")} description={holder ? t("intro", { name: holder.name }) : undefined} />
      {holder ? (
        <SetPasswordForm token={token} email={holder.email} action={acceptInvitationAction} />
      ) : (
        <>
          <Alert tone="error">{t("invalid")}</Alert>
          <p className="mt-4">
            <Link href="/sign-in">{t("toSignIn")}</Link>
          </p>
        </>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { homePathFor } from "@/lib/auth/home-path";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: string | string[] | undefined): string | null {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : null;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (actor) redirect(callbackUrl ?? homePathFor(actor.role));
  const t = await getTranslations("signIn");
  return (
    <div className="max-w-lg">
      <PageHeader title={t("title")} description={t("intro")} />
      {params.done === "password" ? (
        <div className="mb-4">
          <Alert tone="success">{t("passwordSet")}</Alert>
        </div>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="mt-6">
        <Link href="/reset-password">{t("forgotPassword")}</Link>
      </p>
    </div>
  );
}

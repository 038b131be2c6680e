import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/session";
import { SignOutEverywhereButton } from "./sign-out-everywhere-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requireActor();
  const t = await getTranslations("account");
  const tRole = await getTranslations("roles");
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("title")} />
      <dl className="mb-8 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{actor.name}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{actor.email}</dd>
        <dt className="font-semibold">{t("role")}</dt>
        <dd>{tRole(actor.role)}</dd>
        <dt className="font-semibold">{t("twoFactor")}</dt>
        <dd>
          {actor.twoFactorEnabled ? t("twoFactorOn") : t("twoFactorOff")} — <Link href="/account/two-factor">{t("manageTwoFactor")}</Link>
        </dd>
      </dl>
      <section aria-labelledby="sessions" className="rounded border border-gray-300 bg-white p-4">
        <h2 id="sessions" className="text-lg font-semibold">
          {t("sessionsTitle")}
        </h2>
        <p className="mb-3 mt-1 text-gray-700">{t("sessionsIntro")}</p>
        <SignOutEverywhereButton />
      </section>
    </div>
  );
}

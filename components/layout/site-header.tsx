import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/config";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

/** The top bar: the product name, the areas the signed-in user may open, and their account. */
export async function SiteHeader() {
  const actor = await getActor();
  const t = await getTranslations("layout");
  const locale = await getLocale();
  const links: { href: string; label: string }[] = [];
  if (actor) {
    if (can(actor.role, "area:state")) links.push({ href: "/workspace", label: t("nav.workspace") });
    if (can(actor.role, "area:secretariat")) {
      links.push({ href: "/dashboard", label: t("nav.dashboard") }, { href: "/cycles", label: t("nav.cycles") });
    }
    if (can(actor.role, "area:admin")) {
      links.push(
        { href: "/admin/users", label: t("nav.users") },
        { href: "/admin/member-states", label: t("nav.memberStates") },
        { href: "/admin/questionnaires", label: t("nav.translations") },
        { href: "/admin/outbox", label: t("nav.outbox") },
        { href: "/admin/audit", label: t("nav.audit") },
      );
    }
  }
  return (
    <header className="bg-[#1a3a5c] text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline">
          {t("brand")}
        </Link>
        {actor ? (
          <nav aria-label={t("nav.label")} className="flex flex-1 flex-wrap gap-x-4 gap-y-1">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="text-white">
                {l.label}
              </Link>
            ))}
          </nav>
        ) : (
          <span className="flex-1" />
        )}
        <LanguageSwitch current={isLocale(locale) ? locale : DEFAULT_LOCALE} label={t("language")} />
        {actor ? (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/account" className="text-white">
              {actor.name}
            </Link>
            <SignOutButton label={t("signOut")} />
          </div>
        ) : null}
      </div>
    </header>
  );
}

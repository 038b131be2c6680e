import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { ImportForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("exchange"))("title") };
}

/** Exports of a cycle's replies and the import of replies received outside the system. */
export default async function ExchangePage({ params }: { params: Promise<{ slug: string }> }) {
  const actor = await requireArea("area:secretariat");
  const { slug } = await params;
  const cycle = await getCycleForSecretariat({ actor, slug });
  const t = await getTranslations("exchange");
  const base = `/api/cycles/${encodeURIComponent(cycle.slug)}`;
  const canExport = can(actor.role, "submission:export");
  const canImport = can(actor.role, "submission:import");
  const link = "font-semibold text-[#0b5cab] underline";

  return (
    <div className="mt-6 space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {canExport ? (
        <section aria-labelledby="exchange-export">
          <h2 id="exchange-export" className="text-xl font-semibold">
            {t("export.heading")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("export.intro")}</p>
          <ul className="mt-3 list-disc space-y-1 ps-6">
            <li>
              <a className={link} href={`${base}/export?format=xlsx`} download>
                {t("export.xlsx")}
              </a>
            </li>
            <li>
              <a className={link} href={`${base}/export?format=csv`} download>
                {t("export.csv")}
              </a>
            </li>
            <li>
              <a className={link} href={`${base}/export?format=json`} download>
                {t("export.json")}
              </a>
            </li>
          </ul>
        </section>
      ) : null}
      {canImport ? (
        <section aria-labelledby="exchange-import">
          <h2 id="exchange-import" className="text-xl font-semibold">
            {t("import.heading")}
          </h2>
          <p className="mt-1 max-w-3xl text-sm text-gray-700">{t("import.intro")}</p>
          <p className="mt-2">
            <a className={link} href={`${base}/import-template`} download>
              {t("import.template")}
            </a>
          </p>
          <ImportForm slug={cycle.slug} today={new Date().toISOString().slice(0, 10)} />
        </section>
      ) : null}
      {!canExport && !canImport ? <p>{t("noAccess")}</p> : null}
    </div>
  );
}

import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { findTranslationStatus } from "@/lib/server/questionnaires/find-translation-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("translations"))("title") };
}

/** Which questionnaire texts lack a translation, per version and language (English is shown for them). */
export default async function AdminQuestionnaireTranslationsPage() {
  const actor = await requireArea("area:admin");
  const t = await getTranslations("translations");
  const locale = await getLocale();
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const versions = await findTranslationStatus({ actor });
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      {versions.map((v) => (
        <section key={`${v.key}-${v.version}`} className="mb-8" aria-labelledby={`q-${v.key}-${v.version}`}>
          <h2 id={`q-${v.key}-${v.version}`} className="mb-2 text-lg font-semibold">
            {t("versionHeading", { title: v.title, version: v.version, texts: v.texts })}
          </h2>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr className="border-b border-gray-300 text-start">
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("language")}
                </th>
                <th scope="col" className="py-2 pe-4 text-start">
                  {t("missing")}
                </th>
              </tr>
            </thead>
            <tbody>
              {v.locales.map((l) => (
                <tr key={l.locale} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pe-4 text-start font-normal">
                    {names.of(l.locale) ?? l.locale}
                  </th>
                  <td className="py-2 pe-4">
                    {l.missing.length === 0 ? (
                      t("complete")
                    ) : (
                      <details>
                        <summary>{t("missingCount", { count: l.missing.length })}</summary>
                        <ul className="mt-2 max-h-64 list-none overflow-auto ps-0 font-mono text-xs" dir="ltr">
                          {l.missing.map((k) => (
                            <li key={k}>{k}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

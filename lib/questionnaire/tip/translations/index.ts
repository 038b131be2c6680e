import type { Locale } from "@/lib/i18n/config";
import type { TranslationStrings } from "@/lib/questionnaire/translation";

/**
 * Translations of the trafficking-in-persons questionnaire (every version: keys are shared, v2 only adds
 * DOC-01), one flat JSON file per language (keys: lib/questionnaire/translation.ts). English is the
 * definition itself. A language without a file shows English.
 */
const LOADERS: Partial<Record<Locale, () => Promise<{ default: TranslationStrings }>>> = {
  ar: () => import("./ar.json"),
  es: () => import("./es.json"),
  fr: () => import("./fr.json"),
  ru: () => import("./ru.json"),
  zh: () => import("./zh.json"),
};

export async function tipTranslation(locale: Locale): Promise<TranslationStrings | undefined> {
  const load = LOADERS[locale];
  return load ? (await load()).default : undefined;
}

export const TIP_TRANSLATED_LOCALES = Object.keys(LOADERS) as Locale[];

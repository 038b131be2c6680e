import "server-only";
import type { Locale } from "@/lib/i18n/config";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { tipTranslation } from "@/lib/questionnaire/tip/translations";
import { localiseDefinition } from "@/lib/questionnaire/translation";

/** Translations per questionnaire family (definition key); English is the definition itself. */
const FAMILIES: Record<string, (locale: Locale) => Promise<Readonly<Record<string, string>> | undefined>> = { tip: tipTranslation };

/** The definition with its texts in `locale` where a translation exists (English otherwise). */
export async function localiseQuestionnaire(definition: QuestionnaireDefinition, locale: Locale | undefined): Promise<QuestionnaireDefinition> {
  if (!locale || locale === definition.sourceLocale) return definition;
  const load = FAMILIES[definition.key];
  return load ? localiseDefinition(definition, await load(locale)) : definition;
}

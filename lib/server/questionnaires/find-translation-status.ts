import "server-only";
import { desc } from "drizzle-orm";
import { questionnaireVersions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { tipTranslation } from "@/lib/questionnaire/tip/translations";
import { missingTranslations, translatableStrings } from "@/lib/questionnaire/translation";
import { assertCan } from "@/lib/server/authorize";

export interface TranslationStatus {
  key: string;
  version: number;
  title: string;
  texts: number;
  /** Per language other than the source: the keys without a translation (English is shown for them). */
  locales: { locale: Locale; missing: string[] }[];
}

/** For the admin: which texts of each questionnaire version lack a translation, per language. */
export async function findTranslationStatus(opts: { actor: Actor | null }): Promise<TranslationStatus[]> {
  assertCan(opts.actor, "area:admin");
  const db = await getDb();
  const rows = await db.select().from(questionnaireVersions).orderBy(questionnaireVersions.key, desc(questionnaireVersions.version));
  const out: TranslationStatus[] = [];
  for (const row of rows) {
    const definition = ZQuestionnaireDefinition.parse(row.definition);
    const locales = [];
    for (const locale of LOCALES.filter((l) => l !== definition.sourceLocale)) {
      const strings = definition.key === "tip" ? await tipTranslation(locale) : undefined;
      locales.push({ locale, missing: missingTranslations(definition, strings ?? {}) });
    }
    out.push({ key: row.key, version: row.version, title: row.title, texts: translatableStrings(definition).size, locales });
  }
  return out;
}

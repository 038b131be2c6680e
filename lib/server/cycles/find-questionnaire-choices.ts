import "server-only";
import { asc, desc, isNotNull } from "drizzle-orm";
import { questionnaireVersions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";

export interface QuestionnaireChoice {
  id: string;
  key: string;
  version: number;
  title: string;
  /** The modules a cycle using this version can switch on, with the title of the section each offers. */
  modules: { code: string; sections: string[] }[];
}

/** The published questionnaire versions a cycle can use, with their modules (for the cycle form). */
export async function findQuestionnaireChoices(opts: { actor: Actor | null }): Promise<QuestionnaireChoice[]> {
  assertCan(opts.actor, "area:secretariat");
  const db = await getDb();
  const rows = await db
    .select({ id: questionnaireVersions.id, key: questionnaireVersions.key, version: questionnaireVersions.version, title: questionnaireVersions.title })
    .from(questionnaireVersions)
    .where(isNotNull(questionnaireVersions.publishedAt))
    .orderBy(asc(questionnaireVersions.key), desc(questionnaireVersions.version));
  const choices: QuestionnaireChoice[] = [];
  for (const row of rows) {
    const definition = await getQuestionnaireDefinition(db, row.id);
    choices.push({
      ...row,
      modules: definition.modules.map((code) => ({
        code,
        sections: definition.sections.filter((s) => s.module === code).map((s) => `${s.code}. ${s.title}`),
      })),
    });
  }
  return choices;
}

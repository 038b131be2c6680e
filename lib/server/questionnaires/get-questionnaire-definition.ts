import "server-only";
import { eq } from "drizzle-orm";
import { questionnaireVersions } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { ZQuestionnaireDefinition, type QuestionnaireDefinition } from "@/lib/questionnaire/definition";

/** Published versions never change, so a parsed definition can be kept for the life of the process. */
const cache = new Map<string, QuestionnaireDefinition>();

/** The validated definition of a questionnaire version. */
export async function getQuestionnaireDefinition(db: DbOrTx, versionId: string): Promise<QuestionnaireDefinition> {
  const cached = cache.get(versionId);
  if (cached) return cached;
  const [row] = await db.select().from(questionnaireVersions).where(eq(questionnaireVersions.id, versionId));
  if (!row) throw new Error(`questionnaire version ${versionId} missing`);
  const definition = ZQuestionnaireDefinition.parse(row.definition);
  if (row.publishedAt) cache.set(versionId, definition);
  return definition;
}

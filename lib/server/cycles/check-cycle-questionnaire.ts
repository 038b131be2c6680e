import "server-only";
import { eq } from "drizzle-orm";
import { questionnaireVersions } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";

/**
 * Checks a cycle's questionnaire choice: the version must exist and be published, and every module
 * must be one the definition declares. Throws VALIDATION naming the field otherwise.
 */
export async function checkCycleQuestionnaire(tx: DbOrTx, input: { questionnaireVersionId: string; modules: readonly string[] }): Promise<void> {
  const [version] = await tx
    .select({ id: questionnaireVersions.id, publishedAt: questionnaireVersions.publishedAt })
    .from(questionnaireVersions)
    .where(eq(questionnaireVersions.id, input.questionnaireVersionId));
  if (!version || !version.publishedAt) {
    throw new AppError("VALIDATION", undefined, { questionnaireVersionId: ["cycles.validation.questionnaireVersion"] });
  }
  const definition = await getQuestionnaireDefinition(tx, version.id);
  const unknown = input.modules.filter((m) => !definition.modules.includes(m));
  if (unknown.length || new Set(input.modules).size !== input.modules.length) {
    throw new AppError("VALIDATION", undefined, { modules: ["cycles.validation.module"] });
  }
}

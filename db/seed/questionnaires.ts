import { and, count, eq } from "drizzle-orm";
import { questionnaireVersions, reportingCycles } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { findConditionCycles } from "@/lib/questionnaire/conditions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V1 } from "@/lib/questionnaire/tip/definition-v1";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";

/** Publishes the shipped questionnaire versions that the database does not have yet (never changes one). */
export async function seedQuestionnaires(db: DbOrTx): Promise<void> {
  for (const source of [TIP_QUESTIONNAIRE_V1, TIP_QUESTIONNAIRE_V2]) {
    const definition = ZQuestionnaireDefinition.parse(source);
    const cycles = findConditionCycles(definition);
    if (cycles.length) throw new Error(`questionnaire ${definition.key} v${definition.version} has condition cycles: ${JSON.stringify(cycles)}`);
    const [existing] = await db
      .select({ id: questionnaireVersions.id })
      .from(questionnaireVersions)
      .where(and(eq(questionnaireVersions.key, definition.key), eq(questionnaireVersions.version, definition.version)));
    if (existing) continue;
    await db
      .insert(questionnaireVersions)
      .values({ key: definition.key, version: definition.version, title: definition.title, definition, publishedAt: new Date() })
      .onConflictDoNothing();
  }
}

/**
 * On a database without any cycle: the current Security Council cycle (open, with the conflict
 * module) and the previous one (closed), so the workspace has something to show.
 */
export async function seedInitialCycles(db: DbOrTx): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(reportingCycles);
  if ((existing?.n ?? 0) > 0) return;
  const versionId = async (version: number) => {
    const [row] = await db
      .select({ id: questionnaireVersions.id })
      .from(questionnaireVersions)
      .where(and(eq(questionnaireVersions.key, "tip"), eq(questionnaireVersions.version, version)));
    if (!row) throw new Error(`questionnaire tip v${version} missing`);
    return row.id;
  };
  // The closed cycle was answered on version 1; the current one uses version 2 (supporting documents).
  const [v1, v2] = [await versionId(1), await versionId(2)];
  const mandate = "Security Council resolution 2388 (2017)";
  await db
    .insert(reportingCycles)
    .values([
      {
        slug: "sc-2026",
        title: "Trafficking in persons in armed conflict: report of the Secretary-General (2026)",
        organ: "SC",
        mandate,
        periodFrom: "2025-10-01",
        periodTo: "2026-09-30",
        questionnaireVersionId: v2,
        modules: ["CONFLICT"],
        opensOn: "2026-11-01",
        deadline: "2027-01-31",
        cutOff: "2027-02-15",
        status: "OPEN",
      },
      {
        slug: "sc-2024",
        title: "Trafficking in persons in armed conflict: report of the Secretary-General (2024)",
        organ: "SC",
        mandate,
        periodFrom: "2023-10-01",
        periodTo: "2024-09-30",
        questionnaireVersionId: v1,
        modules: ["CONFLICT"],
        opensOn: "2024-11-01",
        deadline: "2025-01-31",
        cutOff: "2025-02-15",
        status: "CLOSED",
      },
    ])
    .onConflictDoNothing();
}

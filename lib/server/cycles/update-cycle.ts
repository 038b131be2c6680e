import "server-only";
import { eq, sql } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCycleInput, type TCycleInput } from "@/lib/schemas/cycles";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { checkCycleQuestionnaire } from "./check-cycle-questionnaire";
import { cycleChanges } from "./cycle-changes";
import { cycleHasAnswers } from "./cycle-has-answers";

/**
 * Edits a reporting cycle, named by its slug (which never changes). The questionnaire version and
 * the modules are locked once any State has an answer in the cycle.
 */
export async function updateCycle(opts: { actor: Actor | null; input: TCycleInput }): Promise<{ slug: string; changed: string[] }> {
  const { actor } = opts;
  assertCan(actor, "cycle:manage");
  const input = parseInput(ZCycleInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(reportingCycles).where(eq(reportingCycles.slug, input.slug)).for("update");
    if (!before) throw new AppError("NOT_FOUND");
    const after = { ...input, reportSymbol: input.reportSymbol || null };
    const { slug: _slug, ...values } = after;
    const changes = cycleChanges(before, values);
    if (!Object.keys(changes).length) return { slug: before.slug, changed: [] };

    if (changes.questionnaireVersionId || changes.modules) {
      if (await cycleHasAnswers(tx, before.id)) {
        const fieldErrors: Record<string, string[]> = {};
        if (changes.questionnaireVersionId) fieldErrors.questionnaireVersionId = ["cycles.validation.lockedByAnswers"];
        if (changes.modules) fieldErrors.modules = ["cycles.validation.lockedByAnswers"];
        throw new AppError("VALIDATION", undefined, fieldErrors);
      }
      await checkCycleQuestionnaire(tx, values);
    }
    await tx.update(reportingCycles).set({ ...values, updatedAt: sql`now()` }).where(eq(reportingCycles.id, before.id));
    await writeAudit(tx, {
      actor,
      action: "cycle.updated",
      targetType: "reporting_cycle",
      targetId: before.id,
      details: { slug: before.slug, changes },
    });
    return { slug: before.slug, changed: Object.keys(changes) };
  });
}

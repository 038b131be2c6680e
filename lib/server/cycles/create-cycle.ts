import "server-only";
import { eq } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCycleInput, type TCycleInput } from "@/lib/schemas/cycles";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { checkCycleQuestionnaire } from "./check-cycle-questionnaire";
import { AUDITED_CYCLE_FIELDS } from "./cycle-changes";

/** Creates a reporting cycle in DRAFT (States do not see it until it is opened). The slug is unique and permanent. */
export async function createCycle(opts: { actor: Actor | null; input: TCycleInput }): Promise<{ slug: string }> {
  const { actor } = opts;
  assertCan(actor, "cycle:manage");
  const input = parseInput(ZCycleInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: reportingCycles.id }).from(reportingCycles).where(eq(reportingCycles.slug, input.slug));
    if (taken) throw new AppError("VALIDATION", undefined, { slug: ["cycles.validation.slugTaken"] });
    await checkCycleQuestionnaire(tx, input);
    const [created] = await tx
      .insert(reportingCycles)
      .values({ ...input, reportSymbol: input.reportSymbol || null, status: "DRAFT" })
      .onConflictDoNothing({ target: reportingCycles.slug })
      .returning();
    if (!created) throw new AppError("VALIDATION", undefined, { slug: ["cycles.validation.slugTaken"] });
    await writeAudit(tx, {
      actor,
      action: "cycle.created",
      targetType: "reporting_cycle",
      targetId: created.id,
      details: { slug: created.slug, status: created.status, after: Object.fromEntries(AUDITED_CYCLE_FIELDS.map((f) => [f, created[f]])) },
    });
    return { slug: created.slug };
  });
}

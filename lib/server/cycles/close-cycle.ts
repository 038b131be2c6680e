import "server-only";
import { eq, sql } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZCycleSlugInput, type TCycleSlugInput } from "@/lib/schemas/cycles";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";

/** Closes an open cycle: from then on no State can change its reply (saving gives CYCLE_CLOSED). */
export async function closeCycle(opts: { actor: Actor | null; input: TCycleSlugInput }): Promise<{ slug: string; status: "CLOSED" }> {
  const { actor } = opts;
  assertCan(actor, "cycle:manage");
  const input = parseInput(ZCycleSlugInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [cycle] = await tx.select().from(reportingCycles).where(eq(reportingCycles.slug, input.slug)).for("update");
    if (!cycle) throw new AppError("NOT_FOUND");
    if (cycle.status !== "OPEN") throw new AppError("INVALID_STATE_TRANSITION", "Only an open cycle can be closed.");
    await tx.update(reportingCycles).set({ status: "CLOSED", updatedAt: sql`now()` }).where(eq(reportingCycles.id, cycle.id));
    await writeAudit(tx, {
      actor,
      action: "cycle.closed",
      targetType: "reporting_cycle",
      targetId: cycle.id,
      details: { slug: cycle.slug, before: { status: cycle.status }, after: { status: "CLOSED" } },
    });
    return { slug: cycle.slug, status: "CLOSED" as const };
  });
}

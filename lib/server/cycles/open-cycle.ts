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

/** Opens a draft or closed cycle: States can then see it and edit their replies. */
export async function openCycle(opts: { actor: Actor | null; input: TCycleSlugInput }): Promise<{ slug: string; status: "OPEN" }> {
  const { actor } = opts;
  assertCan(actor, "cycle:manage");
  const input = parseInput(ZCycleSlugInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [cycle] = await tx.select().from(reportingCycles).where(eq(reportingCycles.slug, input.slug)).for("update");
    if (!cycle) throw new AppError("NOT_FOUND");
    if (cycle.status === "OPEN") throw new AppError("INVALID_STATE_TRANSITION", "This cycle is already open.");
    await tx.update(reportingCycles).set({ status: "OPEN", updatedAt: sql`now()` }).where(eq(reportingCycles.id, cycle.id));
    await writeAudit(tx, {
      actor,
      action: "cycle.opened",
      targetType: "reporting_cycle",
      targetId: cycle.id,
      details: { slug: cycle.slug, before: { status: cycle.status }, after: { status: "OPEN" } },
    });
    return { slug: cycle.slug, status: "OPEN" as const };
  });
}

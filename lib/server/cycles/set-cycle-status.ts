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

const RULES = {
  OPEN: { allowedFrom: ["DRAFT", "CLOSED"], refusal: "This cycle is already open.", action: "cycle.opened" },
  CLOSED: { allowedFrom: ["OPEN"], refusal: "Only an open cycle can be closed.", action: "cycle.closed" },
} as const;

/** Opens or closes a cycle under a row lock, refusing any other transition, and audits it. */
export async function setCycleStatus<S extends keyof typeof RULES>(opts: { actor: Actor | null; input: TCycleSlugInput; status: S }): Promise<{ slug: string; status: S }> {
  const { actor, status } = opts;
  assertCan(actor, "cycle:manage");
  const input = parseInput(ZCycleSlugInput, opts.input);
  const rule = RULES[status];
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [cycle] = await tx.select().from(reportingCycles).where(eq(reportingCycles.slug, input.slug)).for("update");
    if (!cycle) throw new AppError("NOT_FOUND");
    if (!(rule.allowedFrom as readonly string[]).includes(cycle.status)) throw new AppError("INVALID_STATE_TRANSITION", rule.refusal);
    await tx.update(reportingCycles).set({ status, updatedAt: sql`now()` }).where(eq(reportingCycles.id, cycle.id));
    await writeAudit(tx, {
      actor,
      action: rule.action,
      targetType: "reporting_cycle",
      targetId: cycle.id,
      details: { slug: cycle.slug, before: { status: cycle.status }, after: { status } },
    });
    return { slug: cycle.slug, status };
  });
}

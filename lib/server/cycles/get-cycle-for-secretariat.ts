import "server-only";
import { eq } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb, type DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";

export type ReportingCycle = typeof reportingCycles.$inferSelect;

/** A reporting cycle by slug, for the secretariat (any status); NOT_FOUND for an unknown slug. */
export async function getCycleForSecretariat(opts: { actor: Actor | null; slug: string; tx?: DbOrTx }): Promise<ReportingCycle> {
  assertCan(opts.actor, "area:secretariat");
  const db = opts.tx ?? (await getDb());
  const [cycle] = await db.select().from(reportingCycles).where(eq(reportingCycles.slug, opts.slug)).limit(1);
  if (!cycle) throw new AppError("NOT_FOUND");
  return cycle;
}

import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";
import { cycleHasAnswers } from "./cycle-has-answers";
import { getCycleForSecretariat, type ReportingCycle } from "./get-cycle-for-secretariat";

/** A cycle for its settings page, and whether its questionnaire is locked because States have answered. */
export async function getCycleSettings(opts: { actor: Actor | null; slug: string }): Promise<{ cycle: ReportingCycle; questionnaireLocked: boolean }> {
  assertCan(opts.actor, "area:secretariat");
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor: opts.actor, slug: opts.slug, tx: db });
  return { cycle, questionnaireLocked: await cycleHasAnswers(db, cycle.id) };
}

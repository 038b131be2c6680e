import "server-only";
import { desc, eq } from "drizzle-orm";
import { reports } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import type { ReportListItem } from "./types";

/** The cycle's drafts, most recently changed first. */
export async function findReports(opts: { actor: Actor | null; cycleSlug: string }): Promise<ReportListItem[]> {
  assertCan(opts.actor, "report:read");
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor: opts.actor, slug: opts.cycleSlug });
  return db
    .select({ id: reports.id, title: reports.title, family: reports.family, templateId: reports.templateId, currentVersion: reports.currentVersion, updatedAt: reports.updatedAt })
    .from(reports)
    .where(eq(reports.cycleId, cycle.id))
    .orderBy(desc(reports.updatedAt));
}

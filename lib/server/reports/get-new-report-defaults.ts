import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { NamingPolicy } from "@/lib/report/sentences";
import { REPORT_TEMPLATES } from "@/lib/report/templates";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";

export interface NewReportDefaults {
  templates: { id: string; family: "SC" | "GA"; name: string }[];
  defaults: { templateId: string; symbol: string; date: string; naming: NamingPolicy; includeSubmitted: false; title: string };
  counts: { accepted: number; submitted: number };
}

/** What the "New draft" form starts from: the templates of the cycle's organ first, the cycle's symbol, today. */
export async function getNewReportDefaults(opts: { actor: Actor | null; cycleSlug: string; now?: Date }): Promise<NewReportDefaults> {
  const { actor } = opts;
  assertCan(actor, "report:edit");
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor, slug: opts.cycleSlug });
  const templates = [...REPORT_TEMPLATES].sort((a, b) => Number(b.family === cycle.organ) - Number(a.family === cycle.organ));
  const template = templates[0]!;
  const rows = await db
    .select({ status: submissions.status, n: sql<number>`count(*)::int` })
    .from(submissions)
    .where(and(eq(submissions.cycleId, cycle.id), gt(submissions.submittedVersion, 0)))
    .groupBy(submissions.status);
  const count = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
  const year = (opts.now ?? new Date()).toISOString().slice(0, 4);
  return {
    templates: templates.map((t) => ({ id: t.id, family: t.family, name: t.name })),
    defaults: {
      templateId: template.id,
      symbol: cycle.reportSymbol ?? (cycle.organ === "SC" ? `S/${year}/[…]` : `A/[…]`),
      date: (opts.now ?? new Date()).toISOString().slice(0, 10),
      naming: template.defaultNaming,
      includeSubmitted: false,
      title: template.defaultTitle({ mandate: cycle.mandate, title: cycle.title }),
    },
    counts: { accepted: count("ACCEPTED"), submitted: count("SUBMITTED") },
  };
}

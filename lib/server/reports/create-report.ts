import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { generateReport } from "@/lib/report/generate";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { reports } from "@/db/schema";
import { buildReportMeta } from "./build-meta";
import { generationInput, loadReportInputs } from "./load-report-inputs";
import { appendVersion, asAppError, recordedUserId } from "./report-store";
import { ZCreateReportInput, type TCreateReportInput } from "./types";

/**
 * Generates a new draft from the cycle's accepted replies (and submitted ones, marked, when asked)
 * and stores it as version 1. A cycle without a counted reply is refused with a clear message;
 * nothing is written then.
 */
export async function createReport(opts: { actor: Actor | null; input: TCreateReportInput; now?: Date }): Promise<{ reportId: string; version: number }> {
  const { actor } = opts;
  assertCan(actor, "report:edit");
  const input = parseInput(ZCreateReportInput, opts.input);
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor, slug: input.cycleSlug });
  const meta = buildReportMeta(input, cycle);
  const inputs = await loadReportInputs(db, cycle);
  let document;
  try {
    document = generateReport(generationInput(inputs, meta, opts.now ?? new Date()));
  } catch (error) {
    throw asAppError(error);
  }
  const counted = document.generation.replies;
  const accepted = counted.filter((r) => r.status === "ACCEPTED").length;
  return db.transaction(async (tx) => {
    const [report] = await tx
      .insert(reports)
      .values({ cycleId: cycle.id, family: meta.family, templateId: meta.templateId, title: meta.title, createdById: recordedUserId(actor) })
      .returning();
    const summary = `Generated from ${counted.length} ${counted.length === 1 ? "reply" : "replies"}${counted.length > accepted ? ` (${counted.length - accepted} submitted, not yet accepted)` : ""}`;
    const version = await appendVersion(tx, { actor, report: report!, kind: "GENERATED", summary, document });
    await writeAudit(tx, { actor, action: "report.generated", targetType: "report", targetId: report!.id, details: { cycle: cycle.slug, version, replies: counted.length, template: meta.templateId, naming: meta.naming } });
    return { reportId: report!.id, version };
  });
}

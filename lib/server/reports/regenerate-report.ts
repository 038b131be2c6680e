import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateReport } from "@/lib/report/generate";
import { mergeRegeneration } from "@/lib/report/merge";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { generationInput, loadReportInputs } from "./load-report-inputs";
import { appendVersion, asAppError, loadReport, loadVersion } from "./report-store";
import { ZRegenerateReportInput, type TRegenerateReportInput } from "./types";

/**
 * Generates the draft again from the replies as they are now, with the draft's current masthead and
 * naming, and merges it with the editor's work (lib/report/merge.ts): overrides, added, deleted and
 * moved paragraphs are kept; an override whose sources changed is marked for review. A new version.
 */
export async function regenerateReport(opts: { actor: Actor | null; input: TRegenerateReportInput; now?: Date }): Promise<{ version: number; summary: string }> {
  const { actor } = opts;
  assertCan(actor, "report:edit");
  const input = parseInput(ZRegenerateReportInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { report, cycle } = await loadReport(tx, input.reportId, { forUpdate: true });
    if (report.currentVersion !== input.baseVersion) throw new AppError("CONFLICT", "Someone else changed this draft in the meantime; reload it to see their changes.");
    const { document: previous } = await loadVersion(tx, report.id, report.currentVersion);
    const inputs = await loadReportInputs(tx, cycle);
    let merged;
    try {
      const fresh = generateReport(generationInput(inputs, previous.meta, opts.now ?? new Date()));
      merged = mergeRegeneration(previous, fresh);
    } catch (error) {
      throw asAppError(error);
    }
    const version = await appendVersion(tx, { actor, report, kind: "REGENERATED", summary: merged.summary, document: merged.document });
    await writeAudit(tx, { actor, action: "report.regenerated", targetType: "report", targetId: report.id, details: { version, stale: merged.staleBlockIds.length, replies: merged.document.generation.replies.length } });
    return { version, summary: merged.summary };
  });
}

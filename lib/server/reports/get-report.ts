import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { numberDocument } from "@/lib/report/document";
import { findStaleness } from "@/lib/report/stale";
import { assertCan } from "@/lib/server/authorize";
import { loadFingerprints, loadReport, loadVersion } from "./report-store";
import type { ReportView } from "./types";

/**
 * A version of a draft (the current one by default), numbered as it will print, with what changed in
 * the replies since it was generated: paragraphs whose supporting replies changed are stale.
 */
export async function getReport(opts: { actor: Actor | null; reportId: string; version?: number }): Promise<ReportView> {
  assertCan(opts.actor, "report:read");
  if (opts.version !== undefined && (!Number.isInteger(opts.version) || opts.version < 1)) throw new AppError("NOT_FOUND", "No such version.");
  const db = await getDb();
  const { report, cycle } = await loadReport(db, opts.reportId);
  const { info, document } = await loadVersion(db, report.id, opts.version ?? report.currentVersion);
  const current = await loadFingerprints(db, cycle.id, document.meta.includeSubmitted);
  return {
    report: { id: report.id, cycleSlug: cycle.slug, cycleTitle: cycle.title, title: report.title, currentVersion: report.currentVersion },
    version: info,
    document,
    numbered: numberDocument(document),
    staleness: findStaleness(document, current),
  };
}

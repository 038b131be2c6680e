import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { compareDocuments } from "@/lib/report/compare";
import { parseInput } from "@/lib/schemas/parse";
import { assertCan } from "@/lib/server/authorize";
import { loadReport, loadVersion } from "./report-store";
import { ZCompareReportInput, type ReportComparison, type TCompareReportInput } from "./types";

/** What changed between two versions of a draft, paragraph by paragraph and word by word. */
export async function compareReportVersions(opts: { actor: Actor | null; input: TCompareReportInput }): Promise<ReportComparison> {
  assertCan(opts.actor, "report:read");
  const input = parseInput(ZCompareReportInput, opts.input);
  const db = await getDb();
  const { report } = await loadReport(db, input.reportId);
  const [older, newer] = input.from <= input.to ? [input.from, input.to] : [input.to, input.from];
  const a = await loadVersion(db, report.id, older);
  const b = await loadVersion(db, report.id, newer);
  return compareDocuments(a.document, b.document, older, newer);
}

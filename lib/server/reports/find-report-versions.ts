import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";
import { listVersions, loadReport } from "./report-store";
import type { ReportVersionInfo } from "./types";

/** Every version of a draft, newest first. */
export async function findReportVersions(opts: { actor: Actor | null; reportId: string }): Promise<ReportVersionInfo[]> {
  assertCan(opts.actor, "report:read");
  const db = await getDb();
  const { report } = await loadReport(db, opts.reportId);
  return listVersions(db, report.id);
}

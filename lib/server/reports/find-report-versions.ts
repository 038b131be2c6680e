import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/server/authorize";
import { listVersions, loadReport } from "./report-store";
import type { ReportVersionInfo } from "./types";

/** Every version of a draft, newest first. */
export async function findReportVersions(opts: { actor: Actor | null; reportId: string }): Promise<ReportVersionInfo[]> {
  assertCan(opts.actor, "report:read");
  if (!/^[0-9a-f-]{36}$/i.test(opts.reportId)) throw new AppError("NOT_FOUND", "No such report.");
  const db = await getDb();
  const { report } = await loadReport(db, opts.reportId);
  return listVersions(db, report.id);
}

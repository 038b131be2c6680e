import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyEdit, ReportEditError } from "@/lib/report/edit";
import { parseInput } from "@/lib/schemas/parse";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { appendVersion, asAppError, loadReport, loadVersion } from "./report-store";
import { ZEditReportInput, type TEditReportInput } from "./types";

/** One editor operation on the current version; stored as a new version. A stale base version is refused (CONFLICT). */
export async function editReport(opts: { actor: Actor | null; input: TEditReportInput }): Promise<{ version: number; summary: string }> {
  const { actor } = opts;
  assertCan(actor, "report:edit");
  const input = parseInput(ZEditReportInput, opts.input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { report } = await loadReport(tx, input.reportId, { forUpdate: true });
    if (report.currentVersion !== input.baseVersion) throw new AppError("CONFLICT", "Someone else changed this draft in the meantime; reload it to see their changes. Your text is still in the form.");
    const { document } = await loadVersion(tx, report.id, report.currentVersion);
    let result;
    try {
      result = applyEdit(document, input.edit, { newId: () => `e-${randomUUID()}` });
    } catch (error) {
      if (error instanceof ReportEditError) throw new AppError(error.code, error.message, error.field ? { [error.field]: [error.message] } : undefined);
      throw asAppError(error);
    }
    const version = await appendVersion(tx, { actor, report, kind: "EDITED", summary: result.summary, document: result.document });
    await writeAudit(tx, { actor, action: "report.edited", targetType: "report", targetId: report.id, details: { version, op: input.edit.op, summary: result.summary } });
    return { version, summary: result.summary };
  });
}

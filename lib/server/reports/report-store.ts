import "server-only";
import { createHash } from "node:crypto";
import { and, asc, desc, eq, gt, inArray } from "drizzle-orm";
import { memberStates, reportingCycles, reports, reportVersions, submissionSnapshots, submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";
import { parseReportDocument, ReportDocumentError, type ReportDocument } from "@/lib/report/document";
import { ReportGenerationError } from "@/lib/report/generate";
import { isSystemActor } from "@/lib/server/exchange/system-actor";
import type { ReportVersionInfo } from "./types";

export type ReportRow = typeof reports.$inferSelect;

/** The user id to record, or null for the command line's system actor (not a user row). */
export function recordedUserId(actor: Actor): string | null {
  return isSystemActor(actor) ? null : actor.userId;
}

export function documentSha256(doc: ReportDocument): string {
  return createHash("sha256").update(canonicalJson(doc), "utf8").digest("hex");
}

/** A report by id with its cycle; NOT_FOUND otherwise (a malformed id too, before any query). `forUpdate` locks the report row (one writer at a time). */
export async function loadReport(db: DbOrTx, reportId: string, opts: { forUpdate?: boolean } = {}) {
  if (!/^[0-9a-f-]{36}$/i.test(reportId)) throw new AppError("NOT_FOUND", "No such report.");
  const query = db
    .select({ report: reports, cycle: reportingCycles })
    .from(reports)
    .innerJoin(reportingCycles, eq(reportingCycles.id, reports.cycleId))
    .where(eq(reports.id, reportId))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for("update", { of: reports }) : await query;
  if (!row) throw new AppError("NOT_FOUND", "No such report.");
  return row;
}

/** One stored version's document, validated again on the way out. */
export async function loadVersion(db: DbOrTx, reportId: string, version: number): Promise<{ info: ReportVersionInfo; document: ReportDocument }> {
  const [row] = await db
    .select({ v: reportVersions, createdByName: users.name })
    .from(reportVersions)
    .leftJoin(users, eq(users.id, reportVersions.createdById))
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.version, version)))
    .limit(1);
  if (!row) throw new AppError("NOT_FOUND", `Version ${version} of this report does not exist.`);
  return {
    info: { version: row.v.version, kind: row.v.kind, summary: row.v.summary, createdAt: row.v.createdAt, createdByName: row.createdByName },
    document: parseReportDocument(row.v.document),
  };
}

export async function listVersions(db: DbOrTx, reportId: string): Promise<ReportVersionInfo[]> {
  const rows = await db
    .select({ version: reportVersions.version, kind: reportVersions.kind, summary: reportVersions.summary, createdAt: reportVersions.createdAt, createdByName: users.name })
    .from(reportVersions)
    .leftJoin(users, eq(users.id, reportVersions.createdById))
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(desc(reportVersions.version));
  return rows;
}

/** Validates and appends a version, and moves the report's current version to it. */
export async function appendVersion(
  tx: DbOrTx,
  opts: { actor: Actor; report: ReportRow; kind: "GENERATED" | "REGENERATED" | "EDITED"; summary: string; document: ReportDocument },
): Promise<number> {
  const document = parseReportDocument(opts.document);
  const version = opts.report.currentVersion + 1;
  await tx.insert(reportVersions).values({
    reportId: opts.report.id,
    version,
    kind: opts.kind,
    summary: opts.summary,
    document: document as unknown as Record<string, unknown>,
    sha256: documentSha256(document),
    createdById: recordedUserId(opts.actor),
  });
  await tx
    .update(reports)
    .set({ currentVersion: version, title: document.meta.title, updatedAt: new Date() })
    .where(eq(reports.id, opts.report.id));
  return version;
}

/** The fingerprint of every reply that counts now (ACCEPTED, and SUBMITTED when asked), without the answers. */
export async function loadFingerprints(db: DbOrTx, cycleId: string, includeSubmitted: boolean): Promise<{ stateId: string; stateName: string; sha256: string }[]> {
  return db
    .select({ stateId: submissions.memberStateId, stateName: memberStates.name, sha256: submissionSnapshots.sha256 })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(submissionSnapshots, and(eq(submissionSnapshots.submissionId, submissions.id), eq(submissionSnapshots.version, submissions.submittedVersion)))
    .where(and(eq(submissions.cycleId, cycleId), inArray(submissions.status, includeSubmitted ? ["SUBMITTED", "ACCEPTED"] : ["ACCEPTED"]), gt(submissions.submittedVersion, 0)))
    .orderBy(asc(memberStates.sortOrder));
}

/** Generation and document errors become errors the user can act on; anything else is a bug. */
export function asAppError(error: unknown): unknown {
  if (error instanceof ReportGenerationError) {
    if (error.code === "NO_REPLIES") return new AppError("VALIDATION", error.message, { _: [error.message] });
    if (error.code === "UNKNOWN_TEMPLATE") return new AppError("VALIDATION", error.message, { templateId: [error.message] });
    return new AppError("VALIDATION", error.message, { _: [error.message] });
  }
  if (error instanceof ReportDocumentError) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of error.issues) (fieldErrors[issue.path.replace(/^meta\./, "") || "_"] ??= []).push(issue.message);
    return new AppError("VALIDATION", error.message, fieldErrors);
  }
  return error;
}

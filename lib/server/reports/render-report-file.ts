import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ReportDocument } from "@/lib/report/document";
import { assertCan } from "@/lib/server/authorize";
import { loadReport, loadVersion } from "./report-store";
import { REPORT_FORMATS, type ReportFormat } from "./types";

const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  json: "application/json; charset=utf-8",
};

/** "S/2026/123" → "S-2026-123_v4.pdf": the symbol, safe for every file system. */
export function reportFileName(symbol: string, version: number, format: ReportFormat): string {
  const base = symbol.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-+|-+$/g, "") || "report";
  return `${base}_v${version}.${format}`;
}

/** A report document as PDF, Word or JSON (the renderers are loaded on first use: they are large). */
export async function renderDocumentAs(document: ReportDocument, format: ReportFormat): Promise<Buffer> {
  if (format === "pdf") return (await import("@/lib/report/render/pdf")).renderReportPdf(document);
  if (format === "docx") return (await import("@/lib/report/render/docx")).renderReportDocx(document);
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, "utf8");
}

/**
 * A version of a draft as PDF, Word or JSON, rendered from the stored snapshot alone.
 */
export async function renderReportFile(opts: { actor: Actor | null; reportId: string; version?: number; format: string }): Promise<{ bytes: Buffer; fileName: string; contentType: string; version: number }> {
  assertCan(opts.actor, "report:read");
  if (!(REPORT_FORMATS as readonly string[]).includes(opts.format)) throw new AppError("VALIDATION", "The format must be pdf, docx or json.", { format: ["must be pdf, docx or json"] });
  const format = opts.format as ReportFormat;
  if (opts.version !== undefined && (!Number.isInteger(opts.version) || opts.version < 1)) throw new AppError("NOT_FOUND", "No such version.");
  const db = await getDb();
  const { report } = await loadReport(db, opts.reportId);
  const version = opts.version ?? report.currentVersion;
  const { document } = await loadVersion(db, report.id, version);
  const bytes = await renderDocumentAs(document, format);
  return { bytes, fileName: reportFileName(document.meta.symbol, version, format), contentType: CONTENT_TYPES[format], version };
}

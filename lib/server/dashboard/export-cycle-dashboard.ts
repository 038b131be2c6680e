import "server-only";
import ExcelJS from "exceljs";
import type { Actor } from "@/lib/auth/actor";
import { dashboardExportCells, type ExportLabels } from "@/lib/dashboard/export-table";
import type { DashboardFilter } from "@/lib/dashboard/status";
import { toCsv } from "@/lib/exchange/neutralise";
import { assertCan } from "@/lib/server/authorize";
import { getCycleDashboard } from "./get-cycle-dashboard";

export type DashboardExportFormat = "csv" | "xlsx";

export interface DashboardExport {
  body: Buffer;
  filename: string;
  contentType: string;
}

/** The dashboard table, as filtered, as a CSV or XLSX file (string cells neutralised against formulas). */
export async function exportCycleDashboard(opts: {
  actor: Actor | null;
  slug: string;
  filter: DashboardFilter;
  format: DashboardExportFormat;
  labels: ExportLabels;
}): Promise<DashboardExport> {
  assertCan(opts.actor, "area:secretariat");
  const dashboard = await getCycleDashboard({ actor: opts.actor, slug: opts.slug, filter: opts.filter });
  const cells = dashboardExportCells(dashboard.rows, opts.labels);
  const suffix = [opts.filter.group, opts.filter.status].filter(Boolean).join("-").toLowerCase().replace(/_/g, "-");
  const base = `dashboard-${dashboard.cycle.slug}${suffix ? `-${suffix}` : ""}`;
  if (opts.format === "csv") {
    return { body: Buffer.from(toCsv(cells), "utf8"), filename: `${base}.csv`, contentType: "text/csv; charset=utf-8" };
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Rapporteur";
  const sheet = workbook.addWorksheet("Dashboard");
  for (const row of cells) sheet.addRow(row.map((c) => (c === null ? undefined : c)));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 40 : 18;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return {
    body: Buffer.from(buffer as ArrayBuffer),
    filename: `${base}.xlsx`,
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  };
}

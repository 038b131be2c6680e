import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { CellValue } from "./cells";
import type { Sheet } from "./layout";
import { neutraliseValue } from "./neutralise";

/**
 * XLSX writing (streamed, row by row, with exceljs's WorkbookWriter, so a full export of 195 replies
 * never holds the whole workbook in memory) and reading (for imports of the filled template).
 * Every string cell is neutralised against formula injection; numbers stay numbers.
 */

/** Longest text Excel keeps in one cell. */
const EXCEL_CELL_LIMIT = 32_767;

function cell(value: CellValue): string | number | null {
  const v = neutraliseValue(value);
  return typeof v === "string" && v.length > EXCEL_CELL_LIMIT ? v.slice(0, EXCEL_CELL_LIMIT) : (v ?? null);
}

/** Writes the sheets to `stream` as an XLSX workbook and resolves when the workbook is complete. */
export async function writeXlsx(sheets: readonly Sheet[], stream: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = "Rapporteur";
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
    const keys = ws.addRow(sheet.keys.map(cell));
    keys.font = { bold: true };
    keys.commit();
    const labels = ws.addRow(sheet.labels.map(cell));
    labels.font = { italic: true };
    labels.commit();
    for (const row of sheet.rows) ws.addRow(row.map(cell)).commit();
    ws.commit();
  }
  await workbook.commit();
}

export interface ReadSheet {
  name: string;
  /** Row 1 as text. */
  keys: string[];
  /** Data rows (from row 3), with their spreadsheet row number and the raw exceljs cell values. */
  rows: { rowNumber: number; cells: unknown[] }[];
}

/** Reads an XLSX file's sheets: header keys from row 1, data from row 3 on (row 2 holds labels). */
export async function readXlsx(data: Uint8Array): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  // exceljs's typings predate Buffer's generic parameter.
  await workbook.xlsx.load(Buffer.from(data) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((ws) => {
    const keys: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (c, col) => {
      keys[col - 1] = typeof c.value === "string" ? c.value.trim() : c.value === null || c.value === undefined ? "" : String(c.text).trim();
    });
    const rows: ReadSheet["rows"] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (rowNumber < 3) return;
      const cells: unknown[] = [];
      for (let col = 1; col <= keys.length; col++) cells.push(row.getCell(col).value);
      if (cells.some((v) => v !== null && v !== undefined && !(typeof v === "string" && v.trim() === ""))) rows.push({ rowNumber, cells });
    });
    return { name: ws.name, keys, rows };
  });
}

/**
 * Spreadsheet formula injection: a cell whose text begins with `=`, `+`, `-` or `@` (or a tab or
 * carriage return, which some programs skip before such a character) would be run as a formula by
 * Excel or LibreOffice. Such text is prefixed with an apostrophe, which spreadsheets show as text.
 * Numbers are left alone: they are written as numbers, not text.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

/** A value ready for a CSV or XLSX cell: strings neutralised, numbers and empty values unchanged. */
export function neutraliseValue<T extends string | number | boolean | null | undefined>(value: T): T | string {
  return typeof value === "string" ? neutraliseCell(value) : value;
}

/** One CSV field (RFC 4180): neutralised, then quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends and a UTF-8 byte-order mark, so Excel reads accents correctly. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

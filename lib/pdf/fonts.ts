import { registerReportFonts, REPORT_FONT_STACK } from "@/lib/report/render/fonts";

/**
 * The receipt's typeface. PDF's built-in Helvetica covers Latin-1 only (WinAnsi): Russian labels and
 * answers, Greek, Hebrew, Vietnamese, a right-to-left mark or a combining accent came out as wrong
 * letters. The receipt uses the report's Tinos stack (lib/report/render/fonts.ts), which holds the
 * package's Cyrillic, Greek, Hebrew and Vietnamese subsets too. Arabic and Chinese receipts are printed
 * by Chromium instead (lib/pdf/receipt-html.ts, decision 008).
 */
/** The report's stack, which already holds Tinos's Cyrillic, Greek, Hebrew and Vietnamese subsets. */
export const RECEIPT_FONT_STACK: string[] = REPORT_FONT_STACK;

/** Registers the receipt's families (the report's) with react-pdf's process-wide font store, once. */
export function registerReceiptFonts(): void {
  registerReportFonts();
}

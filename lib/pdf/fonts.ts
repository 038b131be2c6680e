import { readFileSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { registerReportFonts, REPORT_FONT_STACK, tinosFontDirectory, woffToSfnt } from "@/lib/report/render/fonts";

/**
 * The receipt's typeface. PDF's built-in Helvetica covers Latin-1 only (WinAnsi): Russian labels and
 * answers, Greek, Hebrew, Vietnamese, a right-to-left mark or a combining accent came out as wrong
 * letters. The receipt uses the report's Tinos stack plus the package's other subsets, each a family
 * of its own (react-pdf picks, per character, the first family of the stack that has a glyph).
 * Arabic and Chinese have no font among the dependencies yet: they still fall back to Helvetica.
 */
const SUBSETS = [
  ["Tinos Cyrillic", "cyrillic"],
  ["Tinos Cyrillic Ext", "cyrillic-ext"],
  ["Tinos Greek", "greek"],
  ["Tinos Greek Ext", "greek-ext"],
  ["Tinos Hebrew", "hebrew"],
  ["Tinos Vietnamese", "vietnamese"],
] as const;

export const RECEIPT_FONT_STACK: string[] = [...REPORT_FONT_STACK, ...SUBSETS.map(([family]) => family)];

const FACES = [
  { weight: 400, file: "400-normal" },
  { weight: 700, file: "700-normal" },
] as const;

/** Registers the receipt's families with react-pdf's process-wide font store, once. */
export function registerReceiptFonts(): void {
  registerReportFonts();
  const registered = Font.getRegisteredFontFamilies();
  const dir = tinosFontDirectory();
  for (const [family, subset] of SUBSETS) {
    if (registered.includes(family)) continue;
    Font.register({
      family,
      fonts: FACES.map((f) => ({
        src: `data:font/ttf;base64,${woffToSfnt(readFileSync(path.join(dir, `tinos-${subset}-${f.file}.woff`))).toString("base64")}`,
        fontWeight: f.weight,
      })),
    });
  }
}

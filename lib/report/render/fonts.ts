import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

/**
 * The report's typeface: Tinos, metric-compatible with Times New Roman (the face of United Nations
 * documents), from the installed `@fontsource/tinos` package. Nothing is downloaded at run time.
 *
 * Two families are registered: "Tinos" (the latin subset: Basic Latin, Latin-1, general punctuation
 * such as en dashes and curly quotes) and "Tinos Latin Ext" (the latin-ext subset: "ş", "ő", "ł" …).
 * Styles use both as a font stack (`REPORT_FONT_STACK`): react-pdf picks, per character, the first
 * family that has a glyph, and falls back to Helvetica for anything neither has, so no name in a
 * report can make the renderer fail.
 */
export const REPORT_FONT = "Tinos";
export const REPORT_FONT_EXT = "Tinos Latin Ext";
export const REPORT_FONT_STACK: string[] = [REPORT_FONT, REPORT_FONT_EXT];

const FACES = [
  { weight: 400, style: "normal", file: "400-normal" },
  { weight: 400, style: "italic", file: "400-italic" },
  { weight: 700, style: "normal", file: "700-normal" },
  { weight: 700, style: "italic", file: "700-italic" },
] as const;

const PROBE_FILE = "tinos-latin-400-normal.woff";

/**
 * The directory of the font files. The app (Next.js server, CLI, vitest) runs from the project root,
 * so `node_modules` under the working directory is tried first; package resolution is the fallback
 * for a process started elsewhere. `@fontsource/tinos` exports only its CSS, whose directory holds
 * `files/`.
 */
export function tinosFontDirectory(): string {
  const fromCwd = path.join(process.cwd(), "node_modules", "@fontsource", "tinos", "files");
  if (existsSync(path.join(fromCwd, PROBE_FILE))) return fromCwd;
  try {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    const fromPackage = path.join(path.dirname(require.resolve("@fontsource/tinos")), "files");
    if (existsSync(path.join(fromPackage, PROBE_FILE))) return fromPackage;
  } catch {
    // Fall through to the explicit error below, which says what is missing.
  }
  throw new Error(`The report font is missing: ${PROBE_FILE} was not found under ${fromCwd} (is @fontsource/tinos installed?)`);
}

/**
 * Registers the report fonts with react-pdf's (process-wide) font store, once. The store survives
 * module reloads (Next.js development), so the check asks the store, not a module flag.
 * Hyphenation is left to each Text (`noHyphenation`): registering a global callback would change the
 * other PDFs of the application.
 */
export function registerReportFonts(): void {
  const registered = Font.getRegisteredFontFamilies();
  if (registered.includes(REPORT_FONT) && registered.includes(REPORT_FONT_EXT)) return;
  const dir = tinosFontDirectory();
  for (const [family, subset] of [
    [REPORT_FONT, "latin"],
    [REPORT_FONT_EXT, "latin-ext"],
  ] as const) {
    if (registered.includes(family)) continue;
    Font.register({
      family,
      fonts: FACES.map((f) => ({ src: path.join(dir, `tinos-${subset}-${f.file}.woff`), fontWeight: f.weight, fontStyle: f.style })),
    });
  }
}

/**
 * United Nations documents are not hyphenated, and a hyphen inserted at a line end would also break
 * searches in the extracted text. Passed as `hyphenationCallback` to every Text of the report.
 */
export function noHyphenation(word: string): string[] {
  return [word];
}

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { inflateSync } from "node:zlib";
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
/**
 * Tinos's other subsets, each a family of its own: react-pdf picks, per character, the first family
 * of the stack that has a glyph, so a Russian, Greek, Hebrew or Vietnamese name in a report or a
 * receipt prints with its own letters instead of a wrong fallback.
 */
export const TINOS_SCRIPT_SUBSETS = [
  ["Tinos Cyrillic", "cyrillic"],
  ["Tinos Cyrillic Ext", "cyrillic-ext"],
  ["Tinos Greek", "greek"],
  ["Tinos Greek Ext", "greek-ext"],
  ["Tinos Hebrew", "hebrew"],
  ["Tinos Vietnamese", "vietnamese"],
] as const;

export const REPORT_FONT_STACK: string[] = [REPORT_FONT, REPORT_FONT_EXT, ...TINOS_SCRIPT_SUBSETS.map(([family]) => family)];

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
  if (registered.includes(REPORT_FONT) && registered.includes(REPORT_FONT_EXT)) {
    registerScriptSubsets(registered);
    return;
  }
  const dir = tinosFontDirectory();
  for (const [family, subset] of [
    [REPORT_FONT, "latin"],
    [REPORT_FONT_EXT, "latin-ext"],
  ] as const) {
    if (registered.includes(family)) continue;
    Font.register({
      family,
      fonts: FACES.map((f) => ({ src: sfntDataUrl(path.join(dir, `tinos-${subset}-${f.file}.woff`)), fontWeight: f.weight, fontStyle: f.style })),
    });
  }
  registerScriptSubsets(registered);
}

/** The script subsets in the same faces as the latin ones (every family of a stack must resolve each style). */
function registerScriptSubsets(registered: string[]): void {
  const dir = tinosFontDirectory();
  for (const [family, subset] of TINOS_SCRIPT_SUBSETS) {
    if (registered.includes(family)) continue;
    Font.register({
      family,
      fonts: FACES.map((f) => ({ src: sfntDataUrl(path.join(dir, `tinos-${subset}-${f.file}.woff`)), fontWeight: f.weight, fontStyle: f.style })),
    });
  }
}

/**
 * The WOFF file as an uncompressed TrueType font in a data URL. fontkit reads WOFF, but inflates a
 * table again on every access (every glyph's outline, when the PDF subsets the font): that took a third
 * of a report's render time. Unpacked once here, react-pdf loads the plain TrueType font once per process.
 */
function sfntDataUrl(file: string): string {
  return `data:font/ttf;base64,${woffToSfnt(readFileSync(file)).toString("base64")}`;
}

/** WOFF 1.0 → sfnt (TrueType/OpenType): the same tables, inflated, behind a plain table directory. */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("not a WOFF 1.0 font");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
    if (data.length !== origLength) throw new Error("corrupt WOFF table");
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
  });
  const pad = (n: number) => (n + 3) & ~3;
  const headerLength = 12 + numTables * 16;
  const out = Buffer.alloc(headerLength + tables.reduce((n, t) => n + pad(t.data.length), 0));
  const power = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += pad(t.data.length);
  });
  return out;
}

/**
 * United Nations documents are not hyphenated, and a hyphen inserted at a line end would also break
 * searches in the extracted text. Passed as `hyphenationCallback` to every Text of the report.
 */
export function noHyphenation(word: string): string[] {
  return [word];
}

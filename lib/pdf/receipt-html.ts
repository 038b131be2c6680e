import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { directionOf } from "@/lib/i18n/config";
import type { PrintAsset } from "./chromium";
import type { ReceiptData } from "./submission-receipt";

/**
 * The submission receipt as an HTML page, for printing with Chromium (./chromium.ts) in the languages
 * react-pdf cannot lay out (docs/decisions/008-receipt-in-every-language.md). The same ReceiptData as
 * the react-pdf receipt, the same content and order.
 *
 * Safety: every text is escaped (answers are written by users); the page has no script, a CSP that
 * allows only its own fonts, and is printed with JavaScript off and every other request refused.
 * Direction: `<html lang dir>` from the locale; texts a user wrote, names, ids and the fingerprint are
 * isolated (`<bdi>`), so an English answer in an Arabic receipt (or the reverse) keeps its own order.
 *
 * Fonts come from the installed @fontsource packages (Tinos; Noto Sans Arabic's arabic subset; Noto Sans
 * SC): their CSS is rewritten to URLs under RECEIPT_ASSET_ORIGIN, which the print answers from the
 * package's files. Each face is split by unicode-range, so Chromium fetches only the subsets the receipt
 * uses (a Chinese receipt loads a few dozen of Noto Sans SC's ~100 files), and embeds only the glyphs it
 * uses. The footer is an `@page` margin box in the same fonts (Chromium's header and footer templates
 * cannot use web fonts: their text comes out blank or in a system font).
 */

export const RECEIPT_ASSET_ORIGIN = "https://receipt-assets.invalid";

type Family = "Tinos" | "Noto Sans Arabic" | "Noto Sans SC";

interface FontFace {
  family: Family;
  weight: number;
  /** Package directory name under @fontsource and the woff2 file name: the asset URL is /<pkg>/<file>. */
  pkg: string;
  file: string;
  unicodeRange: string;
  ranges: [number, number][];
}

/** The CSS files read per package: normal 400 and 700 only (the receipt has no italics); `only` filters the files. */
const SOURCES: { pkg: string; family: Family; only?: RegExp }[] = [
  { pkg: "tinos", family: "Tinos" },
  // The arabic subset only: the package's math and symbols subsets would take over Greek letters and arrows.
  { pkg: "noto-sans-arabic", family: "Noto Sans Arabic", only: /^noto-sans-arabic-arabic-/ },
  { pkg: "noto-sans-sc", family: "Noto Sans SC" },
];
const CSS_FILES = ["400.css", "700.css"];

/** Font order per locale: the locale's own script first (its Latin too, for Chinese), the others as fallback. */
function fontStack(locale: string): Family[] {
  if (locale === "ar") return ["Noto Sans Arabic", "Tinos", "Noto Sans SC"];
  if (locale === "zh") return ["Noto Sans SC", "Tinos", "Noto Sans Arabic"];
  return ["Tinos", "Noto Sans Arabic", "Noto Sans SC"];
}

function packageDirectory(pkg: string): string {
  const fromCwd = path.join(process.cwd(), "node_modules", "@fontsource", pkg);
  if (existsSync(path.join(fromCwd, "files"))) return fromCwd;
  try {
    const require = createRequire(path.join(process.cwd(), "package.json"));
    return path.dirname(require.resolve(`@fontsource/${pkg}/400.css`));
  } catch {
    throw new Error(`The receipt font package @fontsource/${pkg} is missing (looked in ${fromCwd}).`);
  }
}

function parseRanges(unicodeRange: string): [number, number][] {
  return unicodeRange.split(",").flatMap((part): [number, number][] => {
    const m = /^\s*U\+([0-9a-f]+)(?:-([0-9a-f]+))?\s*$/i.exec(part);
    if (!m?.[1]) return [];
    const start = parseInt(m[1], 16);
    return [[start, m[2] ? parseInt(m[2], 16) : start]];
  });
}

let faceCache: FontFace[] | null = null;
let fileIndex: Map<string, string> | null = null;

/** Every @font-face of the receipt's packages (read once), and the allowed asset paths. */
function faces(): FontFace[] {
  if (faceCache) return faceCache;
  const list: FontFace[] = [];
  const index = new Map<string, string>();
  for (const source of SOURCES) {
    const dir = packageDirectory(source.pkg);
    for (const cssFile of CSS_FILES) {
      // Font package files, read at run time: not traced into the build.
      const css = readFileSync(/*turbopackIgnore: true*/ path.join(/*turbopackIgnore: true*/ dir, cssFile), "utf8");
      for (const block of css.match(/@font-face\s*{[^}]*}/g) ?? []) {
        const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        const weight = Number(/font-weight:\s*(\d+)/.exec(block)?.[1]);
        const unicodeRange = /unicode-range:\s*([^;]+);/.exec(block)?.[1]?.trim();
        if (!file || !weight || !unicodeRange || /font-style:\s*italic/.test(block) || (source.only && !source.only.test(file))) continue;
        list.push({ family: source.family, weight, pkg: source.pkg, file, unicodeRange, ranges: parseRanges(unicodeRange) });
        index.set(`/${source.pkg}/${file}`, path.join(/*turbopackIgnore: true*/ dir, "files", file));
      }
    }
  }
  faceCache = list;
  fileIndex = index;
  return list;
}

function fontFaceCss(face: FontFace, src: string): string {
  return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:block;src:url(${src}) format('woff2');unicode-range:${face.unicodeRange};}`;
}

/** The bytes of a font URL of the receipt page; null for anything else (the print refuses it). */
export function receiptAsset(url: URL): PrintAsset | null {
  faces();
  const file = fileIndex?.get(url.pathname);
  return file ? { body: readFileSync(/*turbopackIgnore: true*/ file), contentType: "font/woff2" } : null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A CSS string literal: every character outside [A-Za-z0-9 ] as a hexadecimal escape. */
function cssString(text: string): string {
  return `"${[...text].map((ch) => (/[A-Za-z0-9 ]/.test(ch) ? ch : `\\${(ch.codePointAt(0) ?? 0).toString(16)} `)).join("")}"`;
}

function familyCss(stack: Family[]): string {
  return stack.map((f) => `'${f}'`).join(",");
}

const STYLE = `
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;font-size:10pt;line-height:1.45;color:#000}
h1{font-size:16pt;font-weight:700;margin:0 0 12pt}
p{margin:0}
.meta{margin-bottom:2pt}
.label{font-weight:700}
.hash{font-size:9pt;margin-bottom:14pt;unicode-bidi:isolate;overflow-wrap:anywhere}
h2{font-size:12pt;font-weight:700;margin:12pt 0 6pt;break-after:avoid}
.question{margin-bottom:8pt;break-inside:avoid}
.question-text{font-weight:700}
.line{margin-inline-start:12pt}
`;

/**
 * The receipt page in `locale` (the labels in `data` are already in it), and the footer's font and
 * text, which the print loads before printing (the footer is an `@page` margin box, which does not
 * itself make Chromium fetch a font).
 */
export function receiptHtml(data: ReceiptData, locale: string): { html: string; footer: { font: string; text: string } } {
  const dir = directionOf(locale);
  const lang = escapeHtml(locale);
  const stack = fontStack(locale);
  const fontCss = faces()
    .filter((f) => stack.includes(f.family))
    .map((f) => fontFaceCss(f, `${RECEIPT_ASSET_ORIGIN}/${f.pkg}/${f.file}`))
    .join("\n");
  const separator = locale === "zh" ? "：" : ": ";
  const iso = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;
  const meta = (label: string, value: string) => `<p class="meta"><span class="label">${escapeHtml(label)}</span> ${iso(value)}</p>`;

  const sections = data.sections
    .map((section) => {
      const questions = section.questions
        .map((q) => {
          const lines = q.lines.length === 0 ? [`<p class="line">${escapeHtml(data.labels.noAnswer)}</p>`] : q.lines.map((l) => `<p class="line">${iso(l.label)}${separator}${iso(l.text)}</p>`);
          return `<div class="question"><p class="question-text"><bdi dir="ltr">${escapeHtml(q.id)}</bdi> ${escapeHtml(q.text)}</p>${lines.join("")}</div>`;
        })
        .join("\n");
      return `<section><h2>${escapeHtml(section.heading)}</h2>\n${questions}</section>`;
    })
    .join("\n");

  // The footer of every page: A4 margin boxes (Chromium fills the page counters), the react-pdf receipt's
  // margins (48 pt top, 56 pt elsewhere). Its text is a CSS string, escaped; the fingerprint is isolated
  // left to right (LRI … PDI), so that in an Arabic footer the ellipsis stays after it.
  const footerText = `${data.labels.page} 0123456789 / · sha256 ${data.sha256.slice(0, 16)}…`;
  const pageCss = `@page{size:A4;margin:48pt 56pt 56pt;@bottom-center{content:${cssString(`${data.labels.page} `)} counter(page) " / " counter(pages) ${cssString(` · \u2066sha256 ${data.sha256.slice(0, 16)}…\u2069`)};font-family:${familyCss(stack)};font-size:8pt;color:#555555;vertical-align:middle}}`;

  const html = `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src ${RECEIPT_ASSET_ORIGIN}">
<title>${escapeHtml(data.title)}</title>
<style>
${fontCss}
${pageCss}
${STYLE}
body{font-family:${familyCss(stack)}}
</style>
</head>
<body>
<h1>${escapeHtml(data.title)}</h1>
${meta(data.labels.state, data.stateName)}
${meta(data.labels.cycle, data.cycleTitle)}
${meta(data.labels.version, String(data.version))}
${meta(data.labels.submittedAt, data.submittedAt)}
<p class="meta"><span class="label">${escapeHtml(data.labels.fingerprint)}</span></p>
<p class="hash"><bdi dir="ltr">${escapeHtml(data.sha256)}</bdi></p>
${sections}
</body>
</html>`;

  return { html, footer: { font: `8pt ${familyCss(stack)}`, text: footerText } };
}

import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { numberDocument, parseReportDocument, type NumberedDocument, type ReportDocument } from "@/lib/report/document";
import { tinosFontDirectory, woffToSfnt } from "./fonts";
import { FootnotesTooLongError, renderPlainTextPdf, renderReportPdf, renderReportPdfDetailed, shortJobNumber, starNotes } from "./pdf";
import { gaFixture, gaLongNoteFixture, LITERAL_OVERRIDE, scFixture, scOscillatingFixture } from "./pdf-fixture";

/**
 * The PDF is checked as a reader would see it: text extracted with poppler's pdftotext (per page, in
 * layout mode, and with word boxes), the page count from pdfinfo. Page images are kept for review in
 * tests/e2e/.artifacts/report-pdf/ (git-ignored; next to the journeys' screenshots, and out of
 * test-results/, which Playwright empties when it starts).
 */

const OUT = path.join(process.cwd(), "tests", "e2e", ".artifacts", "report-pdf");
const LABEL_X = 64; // the left margin: where hanging paragraph numbers start
const BODY_X = 104; // the body column

interface Word {
  x: number;
  y: number;
  yMax: number;
  text: string;
}

interface Rendered {
  name: string;
  doc: ReportDocument;
  numbered: NumberedDocument;
  file: string;
  pages: number;
  /** `pdftotext -layout -f N -l N`, index 0 = page 1. */
  text: string[];
  /** Word boxes per page. */
  words: Word[][];
  passes: number;
  stable: boolean;
  reservedSpace: number;
  pageBreaks: number;
  ms: number;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

function pageCount(file: string): number {
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

function wordsOf(file: string): Word[][] {
  const html = execFileSync("pdftotext", ["-bbox", file, "-"], { encoding: "utf8" });
  return html
    .split("<page ")
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        yMax: Number(m[3]),
        text: decode(m[4]!),
      })),
    );
}

async function renderAndExtract(name: string, doc: ReportDocument): Promise<Rendered> {
  const started = performance.now();
  const { pdf, passes, stable, reservedSpace, pageBreaks } = await renderReportPdfDetailed(doc);
  const ms = performance.now() - started;
  // Again here, in case the folder was removed meanwhile.
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  const pages = pageCount(file);
  const text = Array.from({ length: pages }, (_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), file, "-"], { encoding: "utf8" }),
  );
  for (const f of readdirSync(OUT)) if (f.startsWith(`${name}-`) && f.endsWith(".png")) rmSync(path.join(OUT, f));
  execFileSync("pdftoppm", ["-r", "60", "-png", file, path.join(OUT, name)]);
  return { name, doc, numbered: numberDocument(doc), file, pages, text, words: wordsOf(file), passes, stable, reservedSpace, pageBreaks, ms };
}

/** A page's text as one line: superscript-only lines (footnote markers) dropped, whitespace collapsed. */
function flat(pageText: string): string {
  return pageText
    .split("\n")
    .filter((l) => !/^\s*[\d,\s]+$/.test(l))
    .join(" ")
    .replace(/\s+/g, " ");
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** Pages (1-based) whose text contains `needle`. */
function pagesContaining(r: Rendered, needle: string): number[] {
  const n = squash(needle);
  return r.text.flatMap((t, i) => (flat(t).includes(n) ? [i + 1] : []));
}

/** Words grouped into lines (same baseline within 2 pt), top to bottom, left to right. */
function linesOf(words: readonly Word[]): Word[][] {
  const lines: Word[][] = [];
  for (const w of [...words].sort((a, b) => a.yMax - b.yMax || a.x - b.x)) {
    const line = lines.find((l) => Math.abs(l[0]!.yMax - w.yMax) < 2);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x)).sort((a, b) => a[0]!.yMax - b[0]!.yMax);
}

/** Footnote markers in the body: small (superscript) numbers in the body column. */
function markersOn(words: readonly Word[]): Word[] {
  return words.filter((w) => /^\d+,?$/.test(w.text) && w.yMax - w.y < 9 && w.x >= BODY_X - 0.5);
}

const carriersOf = (numbered: NumberedDocument) => [
  ...(numbered.summary && numbered.summary.footnotes.length > 0 ? [{ text: numbered.summary.text, footnotes: numbered.summary.footnotes }] : []),
  ...numbered.blocks.flatMap((b) => (b.type === "paragraph" && b.footnotes.length > 0 ? [{ text: b.text, footnotes: b.footnotes }] : [])),
];

type Variant = "sc" | "ga" | "sc-oscillating" | "ga-long-note";
const rendered = {} as Record<Variant, Rendered>;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  rendered.sc = await renderAndExtract("sc", scFixture());
  rendered.ga = await renderAndExtract("ga", gaFixture());
  rendered["sc-oscillating"] = await renderAndExtract("sc-oscillating", scOscillatingFixture());
  rendered["ga-long-note"] = await renderAndExtract("ga-long-note", gaLongNoteFixture());
  for (const r of Object.values(rendered)) {
    console.info(`report-pdf ${r.name}: ${r.numbered.paragraphCount} paragraphs, ${r.pages} pages, ${r.passes} passes, ${Math.round(r.ms)} ms`);
  }
}, 180_000);

describe.each(["sc", "ga", "sc-oscillating", "ga-long-note"] as const)("report PDF (%s fixture)", (name) => {
  const r = () => rendered[name];
  const ga = name.startsWith("ga");

  it("runs over several pages, and every footnote found its page", () => {
    expect(r().pages).toBeGreaterThanOrEqual(4);
    expect(r().stable).toBe(true);
  });

  it("prints the masthead on page 1", () => {
    const { meta } = r().doc;
    const page1 = r().text[0]!;
    const lines = page1.split("\n").map((l) => l.trim());
    expect(lines[0]).toMatch(new RegExp(`^United Nations\\s+${meta.symbol.replace(/[/.]/g, "\\$&")}\\*?$`));
    expect(page1).toContain(meta.organ);
    expect(page1).toContain("Distr.: General");
    expect(page1).toContain(ga ? "1 July 2026" : "21 November 2026");
    expect(page1).toContain("Original: English");
    expect(flat(page1)).toContain(squash(meta.title));
    if (ga) {
      expect(lines).toContain("Eighty-first session");
      expect(lines).toContain("Item 105 of the preliminary list*");
      expect(lines).toContain("Crime prevention and criminal justice");
      expect(lines).toContain("Report of the Secretary-General");
      expect(lines).toContain("Summary");
      expect(flat(page1)).toContain("* A/81/50.");
    } else {
      expect(lines[0]).toContain("S/2026/1042*");
      expect(flat(page1)).toContain("* Reissued for technical reasons on 6 December 2026.");
      expect(page1).not.toContain("session");
      expect(page1).not.toContain("Summary");
    }
  });

  it("numbers paragraphs 1..n in order, with hanging numbers in the margin column", () => {
    const subsections = new Set(r().numbered.blocks.flatMap((b) => (b.type === "heading" ? [`${b.label ?? ""} ${b.text}`] : [])));
    const numbers = r().words.flatMap((page) =>
      linesOf(page).flatMap((line) => {
        const first = line[0]!;
        if (Math.abs(first.x - LABEL_X) > 1 || !/^\d+\.$/.test(first.text)) return [];
        if (subsections.has(line.map((w) => w.text).join(" "))) return [];
        expect(line[1]!.x).toBeGreaterThanOrEqual(BODY_X - 0.5);
        return [Number(first.text.slice(0, -1))];
      }),
    );
    const n = r().numbered.paragraphCount;
    expect(n).toBeGreaterThanOrEqual(40);
    expect(numbers).toEqual(Array.from({ length: n }, (_, i) => i + 1));
  });

  it('prints "n/N" at the foot of every page, N being the page count', () => {
    const total = r().pages;
    r().text.forEach((t, i) => {
      const last = t.split("\n").filter((l) => l.trim() !== "").at(-1)!;
      expect(last.split(/\s+/)).toContain(`${i + 1}/${total}`);
    });
  });

  it("prints the job number: in full on page 1, short on the others", () => {
    const job = r().doc.meta.jobNumber!;
    const feet = r().text.map((t) => t.split("\n").filter((l) => l.trim() !== "").at(-1)!);
    expect(squash(feet[0]!)).toContain(job);
    for (const foot of feet.slice(1)) {
      expect(foot).toContain(shortJobNumber(job)!);
      expect(foot).not.toContain("(E)");
    }
  });

  it("carries the symbol as running head from page 2, on the outer edge", () => {
    const { symbol } = r().doc.meta;
    r().words.forEach((page, i) => {
      const top = linesOf(page)[0]!;
      if (i === 0) {
        expect(top[0]!.text).toBe("United");
        return;
      }
      expect(top.map((w) => w.text)).toEqual([symbol]);
      // Even pages: left margin; odd pages: right margin.
      if ((i + 1) % 2 === 0) expect(top[0]!.x).toBeCloseTo(LABEL_X, 0);
      else expect(top[0]!.x).toBeGreaterThan(400);
    });
  });

  it("prints each footnote at the foot of the page of its marker, numbered through the report", () => {
    const carriers = carriersOf(r().numbered);
    const notePages = new Set<number>();
    let expectedNumber = 1;
    for (const c of carriers) {
      const label = c.footnotes.map((f) => f.number).join(", ");
      for (const f of c.footnotes) expect(f.number).toBe(expectedNumber++);
      // The marker: superscript numbers in the body column, right after the carrier's last word.
      const found = r().words.flatMap((page, i) => {
        const marks = markersOn(page);
        const first = marks.find((m) => m.text.replace(",", "") === String(c.footnotes[0]!.number));
        return first ? [{ page: i + 1, mark: first, words: page }] : [];
      });
      expect(found, `marker ${label}`).toHaveLength(1);
      const { page, mark, words } = found[0]!;
      const before = words.filter((w) => w.x < mark.x && w.yMax > mark.yMax && w.yMax - mark.yMax < 9).sort((a, b) => b.x - a.x)[0];
      expect(before?.text, `word before marker ${label}`).toBe(c.text.trim().split(/\s+/).at(-1));
      for (const f of c.footnotes) {
        expect(pagesContaining(r(), f.text), `footnote ${f.number}`).toEqual([page]);
      }
      notePages.add(page);
    }
    expect(notePages.size).toBeGreaterThanOrEqual(3);
  });

  it("keeps the body clear of the footnotes: below the first note there are only notes and the foot", () => {
    const star = starNotes(r().doc.meta).notes;
    r().words.forEach((page, i) => {
      const lines = linesOf(page);
      const notes = [
        ...(i === 0 ? star.map((n) => n.text) : []),
        ...carriersOf(r().numbered)
          .flatMap((c) => c.footnotes)
          .filter((f) => pagesContaining(r(), f.text).includes(i + 1))
          .map((f) => f.text),
      ];
      if (notes.length === 0) return;
      const firstWords = notes[0]!.split(/\s+/).slice(0, 3).join(" ");
      const top = lines.findLastIndex((l) => l.filter((w) => w.x >= BODY_X - 0.5).map((w) => w.text).join(" ").startsWith(firstWords));
      expect(top, `first note on page ${i + 1}`).toBeGreaterThan(0);
      // Note numbers and asterisks hang in the label column; everything else must be note text.
      const below = lines.slice(top, -1).flatMap((l) => l.filter((w) => w.x >= BODY_X - 0.5).map((w) => w.text));
      expect(below.join(" ")).toBe(notes.map(squash).join(" "));
      const noteTop = Math.min(...lines[top]!.map((w) => w.y));
      const bodyBottom = Math.max(...lines.slice(0, top).flatMap((l) => l.filter((w) => w.x >= BODY_X - 0.5).map((w) => w.yMax)));
      expect(bodyBottom).toBeLessThanOrEqual(noteTop);
    });
  });

  it("letters the recommendations (a), (b), … with ; and a final full stop", () => {
    const rec = r().numbered.blocks.find((b) => b.type === "recommendations");
    if (rec?.type !== "recommendations") throw new Error("the fixture has a recommendations block");
    expect(rec.items.length).toBeGreaterThanOrEqual(12);
    const all = r().text.map(flat).join(" ");
    let from = all.indexOf(`${rec.number}. ${squash(rec.chapeau)}`);
    expect(from).toBeGreaterThan(0);
    rec.letters.forEach((letter, i) => {
      const last = i === rec.items.length - 1;
      const text = rec.items[i]!.text.trim().replace(/[;.,:]+$/, "");
      const at = all.indexOf(`${letter} ${squash(text)}${last ? "." : ";"}`, from);
      expect(at, letter).toBeGreaterThan(from);
      from = at;
    });
  });

  it("embeds only Tinos (regular, bold, italic): no character fell back to Helvetica", () => {
    const fonts = execFileSync("pdffonts", [r().file], { encoding: "utf8" }).split("\n").slice(2).filter((l) => l.trim() !== "");
    const names = fonts.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ""));
    expect(new Set(names)).toEqual(new Set(["Tinos-Regular", "Tinos-Bold", "Tinos-Italic"]));
    for (const l of fonts) expect(l).toMatch(/\syes\s+yes\s+yes\s/); // embedded, subset, with a Unicode map
  });

  it("prints text as text: an override that looks like markup, names outside ASCII, dashes and quotes", () => {
    const all = r().text.map(flat).join(" ");
    expect(all).toContain(LITERAL_OVERRIDE);
    for (const s of ["Côte d’Ivoire", "Türkiye", "Łódź", "2024–2026", "“non-punishment”", "Da’esh"]) expect(all).toContain(s);
  });
});

describe("report PDF, small cases", () => {
  it("leaves space empty where a paragraph's own footnotes would push it over the page and back", () => {
    // If this fails with reservedSpace 0, a layout change moved the page breaks: re-tune scOscillatingFixture.
    expect(rendered["sc-oscillating"].reservedSpace).toBeGreaterThan(0);
    expect(rendered["sc-oscillating"].stable).toBe(true);
    expect(rendered.sc.reservedSpace).toBe(0);
  });

  it("starts a paragraph on a new page when its long note cannot fit under it otherwise", () => {
    const long = rendered["ga-long-note"];
    expect(long.pageBreaks).toBe(1);
    expect(long.reservedSpace).toBe(0);
    // ¶2 opens page 2, right under the running head; its note is at the foot of that page.
    const page2 = linesOf(long.words[1]!);
    expect(page2[1]![0]!.text).toBe("2.");
    expect(pagesContaining(long, "Member State 193.")).toEqual([2]);
  });

  it("the same document gives the same bytes (no clock in the renderer)", async () => {
    const again = await renderReportPdf(rendered.sc.doc);
    expect(again.equals(readFileSync(rendered.sc.file))).toBe(true);
  }, 60_000);

  it("refuses, naming it, a footnote taller than a page", async () => {
    const base = scFixture();
    const huge = "A very long footnote that goes on and on. ".repeat(470);
    const doc = parseReportDocument({
      ...base,
      blocks: base.blocks.map((b) => (b.type === "paragraph" && b.id === "p10" ? { ...b, footnotes: [{ id: "fn-huge", origin: "editor", text: huge }] } : b)),
    });
    const attempt = renderReportPdf(doc);
    await expect(attempt).rejects.toThrow(FootnotesTooLongError);
    await expect(attempt).rejects.toThrow("Footnote 2 cannot fit at the foot of a page");
  }, 60_000);

  it("unpacks the WOFF fonts into TrueType with the same tables", () => {
    const woff = readFileSync(path.join(tinosFontDirectory(), "tinos-latin-400-normal.woff"));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(ttf.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    expect(ttf.length).toBe(woff.readUInt32BE(16)); // totalSfntSize from the WOFF header
    expect(() => woffToSfnt(ttf)).toThrow(/not a WOFF/);
  });

  it("a one-page report has 1/1 and no running head, and no job number when none is set", async () => {
    const base = scFixture();
    const doc = parseReportDocument({
      ...base,
      meta: { ...base.meta, jobNumber: undefined, reissueNote: undefined },
      blocks: base.blocks.slice(0, 3),
    });
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, "one-page.pdf");
    writeFileSync(file, await renderReportPdf(doc));
    expect(pageCount(file)).toBe(1);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    const lines = text.split("\n").filter((l) => l.trim() !== "");
    expect(lines.at(-1)!.trim()).toBe("1/1");
    expect(lines[0]!.trim()).toMatch(/^United Nations\s+S\/2026\/1042$/);
    expect(text).toContain("1.");
    expect(text).not.toContain("*");
  }, 60_000);

  it("the plain-text baseline lays out the same paragraphs on A4 with the same font", async () => {
    const paragraphs = numberDocument(gaFixture()).blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : []));
    mkdirSync(OUT, { recursive: true });
    const file = path.join(OUT, "plain.pdf");
    writeFileSync(file, await renderPlainTextPdf(paragraphs));
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/Tinos/);
    const all = flat(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    for (const p of [paragraphs[0]!, paragraphs.at(-1)!, LITERAL_OVERRIDE]) expect(all).toContain(squash(p));
    expect(all).not.toContain("Distr.: General");
  }, 60_000);
});

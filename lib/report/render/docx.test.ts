import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { numberDocument, recommendationItemText, type NumberedFootnote, type ReportDocument } from "@/lib/report/document";
import { formatUnDate } from "@/lib/report/numbers";
import { FIXTURE_HOSTILE_TEXT, gaDocxFixture, scDocxFixture } from "@/lib/report/render/docx-fixture";
import { renderReportDocx, shortJobNumber } from "@/lib/report/render/docx";

// ---------------------------------------------------------------------------------------------------
// Reading the package back: just enough WordprocessingML to check what Word will see

interface Package {
  zip: JSZip;
  files: string[];
  document: string;
  footnotes: string;
  numbering: string;
  styles: string;
  part(name: string): Promise<string>;
}

async function unpack(buffer: Buffer): Promise<Package> {
  const zip = await JSZip.loadAsync(buffer);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the package`);
    return file.async("string");
  };
  return {
    zip,
    files: Object.keys(zip.files),
    document: await part("word/document.xml"),
    footnotes: await part("word/footnotes.xml"),
    numbering: await part("word/numbering.xml"),
    styles: await part("word/styles.xml"),
    part,
  };
}

const render = async (doc: ReportDocument) => unpack(await renderReportDocx(doc));

/**
 * A small well-formedness check: tags balance, names match, and every "&" in text or attribute values
 * starts an entity. Enough to catch unescaped text or a raw control character, which is what could break.
 */
function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) problems.push("control character");
  const body = xml.replace(/^<\?xml[^?]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<|>/g;
  let last = 0;
  for (const m of body.matchAll(token)) {
    checkText(body.slice(last, m.index), problems);
    last = m.index + m[0].length;
    if (m[0] === "<") {
      problems.push(`stray "<" at ${m.index}`);
      continue;
    }
    if (m[0] === ">") {
      problems.push(`stray ">" at ${m.index}`);
      continue;
    }
    const [, closing, name, attributes, selfClosing] = m;
    checkText(attributes ?? "", problems);
    if (closing) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}>`);
    } else if (!selfClosing) stack.push(name!);
  }
  checkText(body.slice(last), problems);
  if (stack.length > 0) problems.push(`unclosed <${stack.join("> <")}>`);
  return problems;
}

function checkText(text: string, problems: string[]): void {
  for (const m of text.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)) problems.push(`bare "&" at ${m.index}`);
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&");
}

/** The `<w:p>` elements of a part, in order (docx writes no text boxes, so they do not nest). */
function paragraphsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/w:p>)/g)].map((m) => m[0]);
}

/** A paragraph's text as Word shows it: its `w:t`, a tab for `w:tab`, a line feed for `w:br`. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>|<w:tab\/>|<w:br\/>/g)]
    .map((m) => (m[0] === "<w:tab/>" ? "\t" : m[0] === "<w:br/>" ? "\n" : decode(m[1] ?? "")))
    .join("");
}

function numPr(paragraph: string): { numId: string; ilvl: string } | undefined {
  const numId = /<w:numId w:val="(\d+)"\/>/.exec(paragraph)?.[1];
  const ilvl = /<w:ilvl w:val="(\d+)"\/>/.exec(paragraph)?.[1];
  return numId && ilvl ? { numId, ilvl } : undefined;
}

/** The `w:num` ids whose abstract definition numbers level 0 "%1." decimal and level 1 "(%2)" lowerLetter. */
function paragraphNumIds(numbering: string): string[] {
  const abstracts = [...numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)]
    .filter(([, , body]) => {
      const level = (i: number) => new RegExp(`<w:lvl w:ilvl="${i}"[^>]*>([\\s\\S]*?)</w:lvl>`).exec(body!)?.[1] ?? "";
      return (
        /<w:numFmt w:val="decimal"\/>/.test(level(0)) &&
        /<w:lvlText w:val="%1\."\/>/.test(level(0)) &&
        /<w:ind [^>]*w:hanging="\d+"/.test(level(0)) &&
        /<w:numFmt w:val="lowerLetter"\/>/.test(level(1)) &&
        /<w:lvlText w:val="\(%2\)"\/>/.test(level(1))
      );
    })
    .map(([, id]) => id);
  return [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>\s*<w:abstractNumId w:val="(\d+)"\/>/g)]
    .filter(([, , abstractId]) => abstracts.includes(abstractId!))
    .map(([, numId]) => numId!);
}

/** The text of footnote `id` in footnotes.xml, without the mark. */
function footnoteText(footnotes: string, id: number): string | undefined {
  const m = new RegExp(`<w:footnote w:id="${id}">([\\s\\S]*?)</w:footnote>`).exec(footnotes);
  return m ? textOf(m[1]!).trim() : undefined;
}

function allFootnotes(doc: ReportDocument): NumberedFootnote[] {
  const n = numberDocument(doc);
  return [...(n.summary?.footnotes ?? []), ...n.blocks.flatMap((b) => (b.type === "paragraph" ? b.footnotes : []))];
}

/** The header or footer part a section references for a page type ("first", "default", "even"). */
async function headerFooter(pkg: Package, kind: "header" | "footer", type: "first" | "default" | "even"): Promise<string> {
  const rels = await pkg.part("word/_rels/document.xml.rels");
  const ref = new RegExp(`<w:${kind}Reference w:type="${type}" r:id="(\\w+)"/>`).exec(pkg.document)?.[1];
  if (!ref) throw new Error(`no ${type} ${kind}`);
  const target = new RegExp(`<Relationship [^>]*Id="${ref}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${ref}"`).exec(rels);
  const file = target?.[1] ?? target?.[2];
  if (!file) throw new Error(`no relationship ${ref}`);
  return pkg.part(`word/${file}`);
}

const FIXTURES = [
  ["SC", scDocxFixture],
  ["GA", gaDocxFixture],
] as const;

// ---------------------------------------------------------------------------------------------------

describe("renderReportDocx", () => {
  it.each(FIXTURES)("writes a valid Word package (%s): the parts are there and every XML part is well formed", async (_, fixture) => {
    const pkg = await render(fixture());
    for (const part of ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml", "word/settings.xml"]) {
      expect(pkg.files, part).toContain(part);
    }
    const contentTypes = await pkg.part("[Content_Types].xml");
    expect(contentTypes).toContain("/word/footnotes.xml");
    expect(contentTypes).toContain("/word/numbering.xml");
    const xmlParts = pkg.files.filter((f) => /\.(xml|rels)$/.test(f));
    expect(xmlParts.length).toBeGreaterThan(8);
    for (const name of xmlParts) expect(wellFormedProblems(await pkg.part(name)), name).toEqual([]);
  });

  it("the well-formedness check itself rejects broken XML", () => {
    expect(wellFormedProblems(`<a><b></a>`)).not.toEqual([]);
    expect(wellFormedProblems(`<a>x & y</a>`)).not.toEqual([]);
    expect(wellFormedProblems(`<a><w:p>&amp; <script></a>`)).not.toEqual([]);
    expect(wellFormedProblems(`<a x="1">x &amp; y<b/></a>`)).toEqual([]);
  });

  it.each(FIXTURES)("numbers every paragraph with one real Word list, never with literal numbers (%s)", async (_, fixture) => {
    const doc = fixture();
    const numbered = numberDocument(doc);
    const pkg = await render(doc);
    const numIds = paragraphNumIds(pkg.numbering);
    expect(numIds).toHaveLength(1);
    const paragraphs = paragraphsOf(pkg.document);
    const listed = paragraphs.filter((p) => numPr(p)?.numId === numIds[0] && numPr(p)?.ilvl === "0");
    expect(numbered.paragraphCount).toBeGreaterThanOrEqual(20);
    expect(listed).toHaveLength(numbered.paragraphCount);
    // In document order, the listed paragraphs are the numbered blocks (a recommendations block by its chapeau).
    const expected = numbered.blocks.flatMap((b) => (b.type === "paragraph" ? [b.text] : b.type === "recommendations" ? [b.chapeau] : []));
    expect(listed.map((p) => textOf(p).split("\n").join(" "))).toEqual(expected.map((t) => t.split("\n").join(" ")));
    // The numbered style indents as the list level does, whichever of the two an application lets win.
    const level0 = /<w:lvlText w:val="%1\."\/>[\s\S]*?<w:ind ([^/]*)\/>/.exec(pkg.numbering)?.[1] ?? "";
    const style = /<w:style [^>]*w:styleId="SingleTxtNumbered"[\s\S]*?<w:ind ([^/]*)\/>/.exec(pkg.styles)?.[1] ?? "";
    const attrs = (a: string) => Object.fromEntries([...a.matchAll(/w:(left|hanging)="(\d+)"/g)].map((m) => [m[1], m[2]]));
    expect(attrs(style)).toEqual(attrs(level0));
    expect(attrs(level0)).toEqual({ left: expect.any(String), hanging: expect.any(String) });
    // No body paragraph carries its number as text (headings carry their labels "1." by design, §2.5).
    for (const p of paragraphs.filter((x) => !/<w:pStyle w:val="Heading\d"\/>/.test(x))) expect(textOf(p)).not.toMatch(/^\(?[\da-z]+[.)]\s/);
  });

  it("adding a paragraph adds one to the list, and headings never enter it", async () => {
    const doc = scDocxFixture();
    const longer: ReportDocument = {
      ...doc,
      blocks: [...doc.blocks, { type: "paragraph", id: "p-new", origin: "editor", text: "One more paragraph.", overridden: false, sentences: [], provisionalStateIds: [], footnotes: [], stale: false }],
    };
    const [a, b] = await Promise.all([render(doc), render(longer)]);
    const count = (pkg: Package) => paragraphsOf(pkg.document).filter((p) => numPr(p)?.ilvl === "0").length;
    expect(count(b)).toBe(count(a) + 1);
    const headingParagraphs = paragraphsOf(a.document).filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p));
    expect(headingParagraphs).toHaveLength(doc.blocks.filter((x) => x.type === "heading").length);
    for (const h of headingParagraphs) expect(numPr(h)).toBeUndefined();
  });

  it.each(FIXTURES)("letters the recommendation items with the list's lowerLetter level, after their numbered chapeau (%s)", async (_, fixture) => {
    const doc = fixture();
    const pkg = await render(doc);
    const [numId] = paragraphNumIds(pkg.numbering);
    const block = doc.blocks.find((b) => b.type === "recommendations");
    if (block?.type !== "recommendations") throw new Error("fixture has no recommendations");
    expect(block.items.length).toBeGreaterThanOrEqual(5);
    const paragraphs = paragraphsOf(pkg.document);
    const items = paragraphs.filter((p) => numPr(p)?.numId === numId && numPr(p)?.ilvl === "1");
    expect(items.map(textOf)).toEqual(block.items.map((_, i) => recommendationItemText(block.items, i)));
    expect(items.map(textOf).at(-1)).toMatch(/\.$/);
    for (const item of items.slice(0, -1)) expect(textOf(item)).toMatch(/;$/);
    for (const item of items) expect(textOf(item)).not.toMatch(/^\([a-z]+\)/);
    const chapeauAt = paragraphs.findIndex((p) => textOf(p) === block.chapeau);
    expect(numPr(paragraphs[chapeauAt]!)).toEqual({ numId, ilvl: "0" });
    expect(paragraphs.slice(chapeauAt + 1, chapeauAt + 1 + items.length)).toEqual(items);
  });

  it.each(FIXTURES)("writes every footnote as a Word footnote, referenced once, in numbering order, from its paragraph (%s)", async (_, fixture) => {
    const doc = fixture();
    const pkg = await render(doc);
    const footnotes = allFootnotes(doc);
    expect(footnotes.length).toBeGreaterThanOrEqual(6);
    for (const f of footnotes) {
      expect(footnoteText(pkg.footnotes, f.number), f.id).toBe(f.text);
      expect(pkg.document.split(`<w:footnoteReference w:id="${f.number}"/>`).length - 1, f.id).toBe(1);
    }
    const referenced = [...pkg.document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(referenced).toEqual(footnotes.map((f) => f.number));
    // The reference closes the paragraph that carries the footnote.
    const paragraphs = paragraphsOf(pkg.document);
    for (const block of numberDocument(doc).blocks) {
      if (block.type !== "paragraph" || block.footnotes.length === 0) continue;
      const p = paragraphs.find((x) => textOf(x) === block.text);
      expect(p, block.id).toBeDefined();
      const refs = [...p!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(refs).toEqual(block.footnotes.map((f) => f.number));
      expect(p!.slice(p!.lastIndexOf("<w:footnoteReference"))).not.toMatch(/<w:t[ >]/);
    }
  });

  it("puts the Summary's footnote at the end of the Summary, inside the ruled box, before the body's", async () => {
    const doc = gaDocxFixture();
    const pkg = await render(doc);
    const summaryNote = numberDocument(doc).summary!.footnotes[0]!;
    expect(summaryNote.number).toBe(1);
    const box = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?Summary[\s\S]*?<\/w:tbl>/.exec(pkg.document)?.[0] ?? "";
    expect(box).toMatch(/<w:tcBorders><w:top w:val="single"/);
    expect(box).toContain(`<w:footnoteReference w:id="1"/>`);
    expect(box.trimEnd()).toMatch(/<w:footnoteReference w:id="1"\/><\/w:r><\/w:p><\/w:tc><\/w:tr><\/w:tbl>$/);
    expect(textOf(box)).toContain("The report further provides an update");
    for (const p of paragraphsOf(box)) expect(numPr(p)).toBeUndefined();
  });

  it("prints the Security Council masthead and title, without session, agenda item or Summary", async () => {
    const doc = scDocxFixture();
    const pkg = await render(doc);
    const text = paragraphsOf(pkg.document).map(textOf);
    const masthead = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(pkg.document)![0];
    const mastheadText = paragraphsOf(masthead).map(textOf);
    expect(mastheadText).toEqual(["United Nations", "S/2026/1042*", "Security Council", "Distr.: General", formatUnDate("2026-11-21"), "", "Original: English"]);
    expect(text).toContain(doc.meta.title);
    expect(text).not.toContain("Summary");
    expect(pkg.document).not.toMatch(/session|Item \d+ of the/);
  });

  it("prints the General Assembly masthead: session, agenda item with its asterisk, item title, title, subtitle", async () => {
    const doc = gaDocxFixture();
    const pkg = await render(doc);
    const text = paragraphsOf(pkg.document).map(textOf);
    for (const line of ["United Nations", "A/81/119", "General Assembly", "Distr.: General", "1 July 2026", "Original: English"]) expect(text).toContain(line);
    const i = text.indexOf("Eighty-first session");
    expect(text.slice(i, i + 5)).toEqual([
      "Eighty-first session",
      "Item 105 of the preliminary list*",
      "Crime prevention and criminal justice",
      "Improving the coordination of efforts against trafficking in persons",
      "Report of the Secretary-General",
    ]);
    expect(text).toContain("Summary");
  });

  it("sets the page-1 asterisk notes and the job number in the first-page footer", async () => {
    const ga = await render(gaDocxFixture());
    const gaFirst = paragraphsOf(await headerFooter(ga, "footer", "first")).map(textOf);
    expect(gaFirst).toEqual(["*\tA/81/50.", "V.26-03998 (E) 220726 250726"]);

    const sc = await render(scDocxFixture());
    const scFirst = paragraphsOf(await headerFooter(sc, "footer", "first")).map(textOf);
    expect(scFirst).toEqual(["*\tReissued for technical reasons on 6 December 2026.", "26-17756 (E) 271126"]);

    // Both notes: the symbol's asterisk comes first, the agenda item takes two.
    const both = gaDocxFixture();
    both.meta = { ...both.meta, reissueNote: "Reissued for technical reasons on 2 July 2026." };
    const pkg = await render(both);
    const text = paragraphsOf(pkg.document).map(textOf);
    expect(text).toContain("A/81/119*");
    expect(text).toContain("Item 105 of the preliminary list**");
    expect(paragraphsOf(await headerFooter(pkg, "footer", "first")).map(textOf).slice(0, 2)).toEqual([
      "*\tReissued for technical reasons on 2 July 2026.",
      "**\tA/81/50.",
    ]);
  });

  it("runs the symbol as header from page 2 and 'n/N' with the short job number in the footers", async () => {
    const doc = scDocxFixture();
    const pkg = await render(doc);
    const sectPr = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(pkg.document)![0];
    expect(sectPr).toContain("<w:titlePg/>");
    expect(await pkg.part("word/settings.xml")).toContain("<w:evenAndOddHeaders/>");
    expect(textOf(await headerFooter(pkg, "header", "first"))).toBe("");
    for (const type of ["default", "even"] as const) {
      expect(textOf(await headerFooter(pkg, "header", type))).toBe("S/2026/1042");
      const footer = await headerFooter(pkg, "footer", type);
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t[^>]*>\/<\/w:t>[\s\S]*<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(textOf(footer)).toContain("26-17756");
      expect(textOf(footer)).not.toContain("(E)");
    }
    // Outer edge: the page number ends odd pages' footers and opens even pages'.
    expect(await headerFooter(pkg, "footer", "default")).toMatch(/26-17756[\s\S]*<w:tab\/>[\s\S]*PAGE/);
    expect(await headerFooter(pkg, "footer", "even")).toMatch(/NUMPAGES[\s\S]*<w:tab\/>[\s\S]*26-17756/);
    expect(shortJobNumber("V.16-03998 (E) 220716 250716")).toBe("V.16-03998");
  });

  it("sets A4 pages in Times New Roman 10/12, with headings as Word headings whose labels hang before a tab", async () => {
    const doc = gaDocxFixture();
    const pkg = await render(doc);
    expect(pkg.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(pkg.styles)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(defaults).toMatch(/<w:sz w:val="20"\/>/);
    expect(defaults).toMatch(/<w:spacing w:line="240" w:lineRule="exact"\/>/);
    const paragraphs = paragraphsOf(pkg.document);
    const level = { chapter: "Heading1", section: "Heading2", subsection: "Heading3", runin: "Heading4" } as const;
    for (const block of doc.blocks) {
      if (block.type !== "heading") continue;
      const p = paragraphs.find((x) => textOf(x).endsWith(block.text));
      expect(p, block.id).toContain(`<w:pStyle w:val="${level[block.level]}"/>`);
      expect(textOf(p!)).toBe(block.level === "runin" ? block.text : `${block.label}\t${block.text}`);
    }
    const heading4 = /<w:style [^>]*w:styleId="Heading4"[\s\S]*?<\/w:style>/.exec(pkg.styles)![0];
    expect(heading4).toMatch(/<w:i\/>/);
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(pkg.styles)![0];
    expect(heading1).toMatch(/w:hanging="\d+"/);
  });

  it("writes text as text: markup, entities and quotes in an override come out literally", async () => {
    const pkg = await render(scDocxFixture());
    expect(pkg.document).toContain("&lt;w:p&gt;&amp;amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(pkg.document).not.toContain("<script>");
    expect(pkg.document).not.toMatch(/<w:p>&amp;/);
    expect(paragraphsOf(pkg.document).map(textOf)).toContain(FIXTURE_HOSTILE_TEXT);
    expect(footnoteText(pkg.footnotes, 5)).toBe(`An editor's note with <b>tags</b> & "quotes".`);
    expect(wellFormedProblems(pkg.document)).toEqual([]);
  });

  it("drops characters XML cannot hold, keeps line breaks, and escapes the metadata, headers and title too", async () => {
    const doc = scDocxFixture();
    doc.meta = { ...doc.meta, title: "Title\u0001 with a control character & <b>", symbol: "S/2026/<1042>&" };
    doc.blocks = doc.blocks.map((b) => (b.type === "paragraph" && b.id === "p-3" ? { ...b, text: "Bell\u0007 and form\u000C feed\r\nthen a second line \uD800 alone." } : b));
    const pkg = await render(doc);
    for (const name of pkg.files.filter((f) => /\.(xml|rels)$/.test(f))) expect(wellFormedProblems(await pkg.part(name)), name).toEqual([]);
    expect(await pkg.part("docProps/core.xml")).toContain("Title with a control character &amp; &lt;b&gt;");
    expect(textOf(await headerFooter(pkg, "header", "default"))).toBe("S/2026/<1042>&");
    const text = paragraphsOf(pkg.document).map(textOf);
    expect(text).toContain("Title with a control character & <b>");
    expect(text).toContain("Bell and form feed\nthen a second line  alone.");
  });
});

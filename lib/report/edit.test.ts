import { describe, expect, it } from "vitest";
import { numberDocument, parseReportDocument, type Block, type ParagraphBlock, type ReportDocument } from "./document";
import { applyEdit, ReportEditError } from "./edit";
import type { ReportEditOp } from "./edit-ops";
import { sampleDocument, sampleGaDocument, sequentialIds } from "./fixtures/sample-document";

const edit = (doc: ReportDocument, op: ReportEditOp, newId = sequentialIds()) => applyEdit(doc, op, { newId });
const block = (doc: ReportDocument, id: string): Block => doc.blocks.find((b) => b.id === id)!;
const para = (doc: ReportDocument, id: string): ParagraphBlock => block(doc, id) as ParagraphBlock;
const numberOf = (doc: ReportDocument, id: string) => numberDocument(doc).blocks.find((b) => b.id === id)?.number;
/** Paragraph numbers in reading order: must be 1..n. */
const numbers = (doc: ReportDocument) => numberDocument(doc).blocks.flatMap((b) => (b.number === undefined ? [] : [b.number]));

function editError(fn: () => unknown): ReportEditError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReportEditError) return e;
    throw e;
  }
  throw new Error("expected a ReportEditError");
}

describe("applyEdit: paragraphs", () => {
  it("setParagraph on a generated paragraph keeps the engine's text and the sources, and does not touch the input", () => {
    const doc = sampleDocument();
    const original = structuredClone(doc);
    const engineText = para(doc, "p-leg1").text;
    const { document, summary } = edit(doc, { op: "setParagraph", blockId: "p-leg1", text: "Most States have criminalized trafficking." });
    expect(summary).toBe("Paragraph 5 rewritten");
    const p = para(document, "p-leg1");
    expect(p).toMatchObject({ text: "Most States have criminalized trafficking.", overridden: true, generatedText: engineText, stale: false, key: "T-LEG#1" });
    expect(p.sentences).toEqual(para(doc, "p-leg1").sentences);
    expect(p.sentences[0]!.stateIds).toEqual(["ARG", "DNK", "ECU"]);
    expect(doc).toEqual(original);

    // A second rewrite keeps the engine's text, not the first rewrite.
    const again = edit(document, { op: "setParagraph", blockId: "p-leg1", text: "Second rewrite." }).document;
    expect(para(again, "p-leg1")).toMatchObject({ text: "Second rewrite.", overridden: true, generatedText: engineText });
  });

  it("setParagraph on a template paragraph is an override too; on an editor paragraph it only sets the text", () => {
    const doc = sampleDocument();
    const t = para(edit(doc, { op: "setParagraph", blockId: "p-mandate", text: "Rewritten mandate." }).document, "p-mandate");
    expect(t).toMatchObject({ origin: "template", overridden: true, generatedText: para(doc, "p-mandate").text });

    const added = edit(doc, { op: "addParagraph", afterBlockId: "p-rat2", text: "An editor's paragraph." }).document;
    const { document, summary } = edit(added, { op: "setParagraph", blockId: "new-1", text: "An editor's paragraph, rewritten." });
    expect(summary).toBe("Paragraph 5 rewritten");
    expect(para(document, "new-1")).toEqual({ type: "paragraph", id: "new-1", origin: "editor", text: "An editor's paragraph, rewritten.", overridden: false, sentences: [], provisionalStateIds: [], footnotes: [], stale: false });
  });

  it("a rewrite clears a pending stale mark (the editor has reviewed the paragraph)", () => {
    const doc = sampleDocument();
    const overridden = edit(doc, { op: "setParagraph", blockId: "p-rat1", text: "Edited." }).document;
    const stale = parseReportDocument({ ...overridden, blocks: overridden.blocks.map((b) => (b.id === "p-rat1" ? { ...b, stale: true } : b)) });
    expect(para(edit(stale, { op: "setParagraph", blockId: "p-rat1", text: "Reviewed." }).document, "p-rat1")).toMatchObject({ text: "Reviewed.", stale: false, generatedText: para(doc, "p-rat1").text });
  });

  it("keeps any text verbatim: markup, ampersands and quotes round-trip unchanged", () => {
    const text = `<script>alert(1)</script> & "quotes"`;
    const { document } = edit(sampleDocument(), { op: "setParagraph", blockId: "p-rat1", text });
    expect(para(document, "p-rat1").text).toBe(text);
    const reloaded = parseReportDocument(JSON.parse(JSON.stringify(document)));
    expect(para(reloaded, "p-rat1").text).toBe(text);
    const footnoted = edit(reloaded, { op: "setFootnote", blockId: "p-basis", footnoteId: "fn-contrib", text }).document;
    expect(para(footnoted, "p-basis").footnotes[0]!.text).toBe(text);
  });

  it("setParagraph refuses an unknown block, a heading and a recommendations block", () => {
    const doc = sampleDocument();
    const missing = editError(() => edit(doc, { op: "setParagraph", blockId: "nope", text: "x" }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(missing.message).toBe(`Block "nope" was not found`);
    const heading = editError(() => edit(doc, { op: "setParagraph", blockId: "h-rat", text: "x" }));
    expect(heading).toMatchObject({ code: "VALIDATION", message: "Heading “A. Ratification and implementation of the …” is not a paragraph" });
    expect(editError(() => edit(doc, { op: "setParagraph", blockId: "rec", text: "x" })).code).toBe("VALIDATION");
  });

  it("refuses an empty text (the operation is validated too)", () => {
    const e = editError(() => edit(sampleDocument(), { op: "setParagraph", blockId: "p-rat1", text: "   " }));
    expect(e).toMatchObject({ code: "VALIDATION", field: "text" });
  });

  it("revertParagraph takes the engine's text again and clears override and stale; only overridden paragraphs", () => {
    const doc = sampleDocument();
    const engineText = para(doc, "p-rat2").text;
    const edited = edit(doc, { op: "setParagraph", blockId: "p-rat2", text: "Edited." }).document;
    const stale = parseReportDocument({ ...edited, blocks: edited.blocks.map((b) => (b.id === "p-rat2" ? { ...b, stale: true } : b)) });
    const { document, summary } = edit(stale, { op: "revertParagraph", blockId: "p-rat2" });
    expect(summary).toBe("Paragraph 4 reverted to the generated text");
    expect(para(document, "p-rat2")).toEqual(para(doc, "p-rat2"));
    expect(para(document, "p-rat2").text).toBe(engineText);

    expect(editError(() => edit(doc, { op: "revertParagraph", blockId: "p-rat2" }))).toMatchObject({ code: "VALIDATION", message: "Paragraph 4 has no generated text to revert to" });
    expect(editError(() => edit(doc, { op: "revertParagraph", blockId: "zzz" })).code).toBe("NOT_FOUND");
  });

  it("addParagraph inserts an editor paragraph after a block or first, numbered without gaps", () => {
    const doc = sampleDocument();
    const { document, summary } = edit(doc, { op: "addParagraph", afterBlockId: "p-rat2", text: "Added by the editor." });
    expect(summary).toBe("Paragraph added after paragraph 4");
    expect(document.blocks.map((b) => b.id).slice(6, 9)).toEqual(["p-rat2", "new-1", "h-leg"]);
    expect(block(document, "new-1")).toMatchObject({ type: "paragraph", origin: "editor", text: "Added by the editor.", overridden: false, sentences: [] });
    expect(block(document, "new-1").key).toBeUndefined();
    expect(numberOf(document, "new-1")).toBe(5);
    expect(numberOf(document, "p-leg1")).toBe(6);
    expect(numbers(document)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);

    const first = edit(doc, { op: "addParagraph", afterBlockId: null, text: "Opening." });
    expect(first.summary).toBe("Paragraph added at the start");
    expect(first.document.blocks[0]!.id).toBe("new-1");
    expect(numberOf(first.document, "p-mandate")).toBe(2);

    const afterHeading = edit(doc, { op: "addParagraph", afterBlockId: "h-rat", text: "Under the heading." });
    expect(afterHeading.summary).toBe("Paragraph added after heading “A. Ratification and implementation of the …”");
    expect(numberOf(afterHeading.document, "new-1")).toBe(3);

    expect(editError(() => edit(doc, { op: "addParagraph", afterBlockId: "ghost", text: "x" }))).toMatchObject({ code: "NOT_FOUND", message: `Block "ghost" was not found` });
  });

  it("uses the id the caller supplies for each new block", () => {
    const ids = ["a1", "a2"];
    const newId = () => ids.shift()!;
    const one = applyEdit(sampleDocument(), { op: "addParagraph", afterBlockId: null, text: "One." }, { newId }).document;
    const two = applyEdit(one, { op: "addParagraph", afterBlockId: "a1", text: "Two." }, { newId }).document;
    expect(two.blocks.slice(0, 2).map((b) => b.id)).toEqual(["a1", "a2"]);
  });
});

describe("applyEdit: headings, deletion and moves", () => {
  it("addHeading with and without a label", () => {
    const doc = sampleDocument();
    const { document, summary } = edit(doc, { op: "addHeading", afterBlockId: "p-leg2", level: "section", label: "C.", text: "Victims" });
    expect(summary).toBe("Heading “C. Victims” added after paragraph 6");
    expect(block(document, "new-1")).toEqual({ type: "heading", id: "new-1", level: "section", label: "C.", text: "Victims" });
    const runin = edit(doc, { op: "addHeading", afterBlockId: "p-rat1", level: "runin", text: "Reservations" }).document;
    expect(block(runin, "new-1")).toEqual({ type: "heading", id: "new-1", level: "runin", text: "Reservations" });
    expect(numbers(runin)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("setHeading replaces label and text; an absent label removes it; only headings", () => {
    const doc = sampleDocument();
    const { document, summary } = edit(doc, { op: "setHeading", blockId: "h-leg", label: "C.", text: "Legislation" });
    expect(summary).toBe("Heading “B. Implementation of applicable legal …” edited");
    expect(block(document, "h-leg")).toEqual({ type: "heading", id: "h-leg", key: "h:III.B", level: "section", label: "C.", text: "Legislation" });
    expect(block(edit(doc, { op: "setHeading", blockId: "h-leg", text: "Legislation" }).document, "h-leg")).toEqual({ type: "heading", id: "h-leg", key: "h:III.B", level: "section", text: "Legislation" });
    expect(editError(() => edit(doc, { op: "setHeading", blockId: "p-rat1", text: "x" }))).toMatchObject({ code: "VALIDATION", message: "Paragraph 3 is not a heading" });
  });

  it("deleteBlock of a keyed block records its key; of an editor block, nothing; numbering closes the gap", () => {
    const doc = sampleDocument();
    const { document, summary } = edit(doc, { op: "deleteBlock", blockId: "p-rat1" });
    expect(summary).toBe("Paragraph 3 deleted");
    expect(document.blocks.some((b) => b.id === "p-rat1")).toBe(false);
    expect(document.deletedKeys).toEqual(["T-RAT#1"]);
    expect(numberOf(document, "p-rat2")).toBe(3);
    expect(numbers(document)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const twice = edit(edit(document, { op: "deleteBlock", blockId: "h-rat" }).document, { op: "deleteBlock", blockId: "rec" });
    expect(twice.summary).toBe("Recommendations (paragraph 7) deleted");
    expect(twice.document.deletedKeys).toEqual(["T-RAT#1", "h:III.A", "rec"]);

    const added = edit(doc, { op: "addParagraph", afterBlockId: null, text: "Mine." }).document;
    expect(edit(added, { op: "deleteBlock", blockId: "new-1" }).document).toEqual(doc);
    expect(editError(() => edit(doc, { op: "deleteBlock", blockId: "gone" })).code).toBe("NOT_FOUND");
  });

  it("moveBlock swaps with the neighbour and says where the paragraph went", () => {
    const doc = sampleDocument();
    const up = edit(doc, { op: "moveBlock", blockId: "p-rat2", direction: "up" });
    expect(up.summary).toBe("Paragraph 4 moved up (now paragraph 3)");
    expect(up.document.blocks.slice(4, 7).map((b) => b.id)).toEqual(["h-rat", "p-rat2", "p-rat1"]);
    expect(numbers(up.document)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const pastHeading = edit(doc, { op: "moveBlock", blockId: "p-leg1", direction: "up" });
    expect(pastHeading.summary).toBe("Paragraph 5 moved up");
    expect(pastHeading.document.blocks.slice(6, 9).map((b) => b.id)).toEqual(["p-rat2", "p-leg1", "h-leg"]);

    const heading = edit(doc, { op: "moveBlock", blockId: "h-leg", direction: "down" });
    expect(heading.summary).toBe("Heading “B. Implementation of applicable legal …” moved down");
    expect(heading.document.blocks.slice(7, 9).map((b) => b.id)).toEqual(["p-leg1", "h-leg"]);
  });

  it("refuses to move the first block up or the last block down", () => {
    const doc = sampleDocument();
    expect(editError(() => edit(doc, { op: "moveBlock", blockId: "h-intro", direction: "up" }))).toMatchObject({ code: "VALIDATION", message: "Heading “I. Introduction” is already the first block" });
    expect(editError(() => edit(doc, { op: "moveBlock", blockId: "rec", direction: "down" }))).toMatchObject({ code: "VALIDATION", message: "Recommendations (paragraph 8) is already the last block" });
    expect(editError(() => edit(doc, { op: "moveBlock", blockId: "nope", direction: "down" })).code).toBe("NOT_FOUND");
  });

  it("numbering has no gaps after a series of adds, deletes and moves", () => {
    let doc = sampleDocument();
    const newId = sequentialIds();
    const ops: ReportEditOp[] = [
      { op: "addParagraph", afterBlockId: "p-leg2", text: "Added one." },
      { op: "deleteBlock", blockId: "p-rat1" },
      { op: "moveBlock", blockId: "new-1", direction: "up" },
      { op: "moveBlock", blockId: "new-1", direction: "up" },
      { op: "addParagraph", afterBlockId: null, text: "Added two." },
      { op: "deleteBlock", blockId: "h-obs" },
      { op: "moveBlock", blockId: "rec", direction: "up" },
    ];
    for (const op of ops) doc = applyEdit(doc, op, { newId }).document;
    expect(numbers(doc)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(doc.blocks.filter((b) => b.type !== "heading").map((b) => b.id)).toEqual(["new-2", "p-mandate", "p-basis", "p-rat2", "new-1", "p-leg1", "p-leg2", "rec", "p-obs1"]);
    expect(numberDocument(doc).footnoteCount).toBe(1);
  });
});

describe("applyEdit: footnotes, Summary, recommendations", () => {
  it("addFootnote to a paragraph numbers it in order of appearance", () => {
    const doc = sampleDocument();
    const newId = sequentialIds();
    const { document, summary } = edit(doc, { op: "addFootnote", blockId: "p-rat1", text: "See A/80/123." }, newId);
    expect(summary).toBe("Footnote 2 added to paragraph 3");
    expect(para(document, "p-rat1").footnotes).toEqual([{ id: "new-1", origin: "editor", text: "See A/80/123.", overridden: false, stale: false }]);
    const earlier = edit(document, { op: "addFootnote", blockId: "p-mandate", text: "S/RES/2388 (2017)." }, newId);
    expect(earlier.summary).toBe("Footnote 1 added to paragraph 1");
    const numbered = numberDocument(earlier.document);
    expect(numbered.blocks.flatMap((b) => ("footnotes" in b ? b.footnotes.map((f) => [f.id, f.number]) : []))).toEqual([["new-2", 1], ["fn-contrib", 2], ["new-1", 3]]);
  });

  it("addFootnote to the Summary (GA) comes first; refused on an SC report, a heading and an unknown block", () => {
    const { document, summary } = edit(sampleGaDocument(), { op: "addFootnote", blockId: "summary", text: "A/RES/79/123." });
    expect(summary).toBe("Footnote 2 added to the Summary");
    expect(document.summary!.footnotes.map((f) => f.id)).toEqual(["fn-summary", "new-1"]);
    const sc = sampleDocument();
    expect(editError(() => edit(sc, { op: "addFootnote", blockId: "summary", text: "x" }))).toMatchObject({ code: "VALIDATION", message: "This report has no Summary" });
    expect(editError(() => edit(sc, { op: "addFootnote", blockId: "h-rat", text: "x" })).code).toBe("VALIDATION");
    expect(editError(() => edit(sc, { op: "addFootnote", blockId: "p-zzz", text: "x" })).code).toBe("NOT_FOUND");
  });

  it("setFootnote overrides a generated footnote and keeps the engine's text; an editor footnote just changes", () => {
    const doc = sampleDocument();
    const engineText = para(doc, "p-basis").footnotes[0]!.text;
    const { document, summary } = edit(doc, { op: "setFootnote", blockId: "p-basis", footnoteId: "fn-contrib", text: "Five States replied." });
    expect(summary).toBe("Footnote 1 edited");
    expect(para(document, "p-basis").footnotes[0]).toEqual({ id: "fn-contrib", key: "contributors", origin: "generated", text: "Five States replied.", overridden: true, generatedText: engineText, stale: false });
    const again = edit(document, { op: "setFootnote", blockId: "p-basis", footnoteId: "fn-contrib", text: "Again." }).document;
    expect(para(again, "p-basis").footnotes[0]!.generatedText).toBe(engineText);

    const withMine = edit(doc, { op: "addFootnote", blockId: "p-rat1", text: "Mine." }).document;
    const mine = edit(withMine, { op: "setFootnote", blockId: "p-rat1", footnoteId: "new-1", text: "Mine, edited." });
    expect(mine.summary).toBe("Footnote 2 edited");
    expect(para(mine.document, "p-rat1").footnotes[0]).toEqual({ id: "new-1", origin: "editor", text: "Mine, edited.", overridden: false, stale: false });
  });

  it("setFootnote and deleteFootnote refuse a footnote that is not in that paragraph", () => {
    const doc = sampleDocument();
    const e = editError(() => edit(doc, { op: "setFootnote", blockId: "p-rat1", footnoteId: "fn-contrib", text: "x" }));
    expect(e).toMatchObject({ code: "NOT_FOUND", message: `Footnote "fn-contrib" was not found in paragraph 3`, field: "footnoteId" });
    expect(editError(() => edit(doc, { op: "deleteFootnote", blockId: "p-basis", footnoteId: "fn-x" })).code).toBe("NOT_FOUND");
  });

  it("deleteFootnote of a generated footnote records it as deleted, scoped by its paragraph's key", () => {
    const { document, summary } = edit(sampleDocument(), { op: "deleteFootnote", blockId: "p-basis", footnoteId: "fn-contrib" });
    expect(summary).toBe("Footnote 1 deleted");
    expect(para(document, "p-basis").footnotes).toEqual([]);
    expect(document.deletedKeys).toEqual(["intro#2/footnote:contributors"]);
    expect(numberDocument(document).footnoteCount).toBe(0);
  });

  it("setSummary overrides the Summary and keeps the engine's text; refused without a Summary", () => {
    const doc = sampleGaDocument();
    const engineText = doc.summary!.text;
    const { document, summary } = edit(doc, { op: "setSummary", text: "A new summary." });
    expect(summary).toBe("Summary edited");
    expect(document.summary).toMatchObject({ text: "A new summary.", overridden: true, generatedText: engineText });
    expect(edit(document, { op: "setSummary", text: "Again." }).document.summary!.generatedText).toBe(engineText);
    expect(editError(() => edit(sampleDocument(), { op: "setSummary", text: "x" }))).toMatchObject({ code: "VALIDATION", message: "This report has no Summary" });
  });

  it("setRecommendations replaces chapeau and items (order = letters), keeps known item ids, marks the block edited", () => {
    const doc = sampleDocument();
    const { document, summary } = edit(doc, {
      op: "setRecommendations",
      blockId: "rec",
      chapeau: "I urge Member States to:",
      items: [{ id: "rec-c", text: "Identify victims early" }, { text: "Train professionals" }, { id: "rec-a", text: "Ratify the Protocol" }],
    });
    expect(summary).toBe("Recommendations edited");
    expect(block(document, "rec")).toEqual({
      type: "recommendations",
      id: "rec",
      key: "rec",
      origin: "template",
      chapeau: "I urge Member States to:",
      items: [{ id: "rec-c", text: "Identify victims early" }, { id: "new-1", text: "Train professionals" }, { id: "rec-a", text: "Ratify the Protocol" }],
      overridden: true,
    });
  });

  it("setRecommendations refuses another kind of block, an unknown or repeated item id and an empty list", () => {
    const doc = sampleDocument();
    expect(editError(() => edit(doc, { op: "setRecommendations", blockId: "p-obs1", chapeau: "x", items: [{ text: "y" }] }))).toMatchObject({ code: "VALIDATION", message: "Paragraph 7 is not a list of recommendations" });
    expect(editError(() => edit(doc, { op: "setRecommendations", blockId: "rec", chapeau: "x", items: [{ id: "rec-z", text: "y" }] }))).toMatchObject({ code: "NOT_FOUND", field: "items.0.id" });
    expect(editError(() => edit(doc, { op: "setRecommendations", blockId: "rec", chapeau: "x", items: [{ id: "rec-a", text: "y" }, { id: "rec-a", text: "z" }] }))).toMatchObject({ code: "VALIDATION", field: "items.1.id" });
    expect(editError(() => edit(doc, { op: "setRecommendations", blockId: "rec", chapeau: "x", items: [] }))).toMatchObject({ code: "VALIDATION", field: "items" });
    expect(editError(() => edit(doc, { op: "setRecommendations", blockId: "nope", chapeau: "x", items: [{ text: "y" }] })).code).toBe("NOT_FOUND");
  });
});

describe("applyEdit: masthead", () => {
  it("setMeta merges the given fields and names those that changed", () => {
    const doc = sampleDocument();
    const { document, summary } = edit(doc, { op: "setMeta", meta: { symbol: "S/2026/912", date: "2026-11-30", title: doc.meta.title } });
    expect(summary).toBe("Masthead edited (symbol, date)");
    expect(document.meta).toEqual({ ...doc.meta, symbol: "S/2026/912", date: "2026-11-30" });
    expect(document.blocks).toEqual(doc.blocks);
  });

  it("setMeta clears an optional line given empty, and still requires the session and agenda item of a GA report", () => {
    const withJob = edit(sampleDocument(), { op: "setMeta", meta: { jobNumber: "26-01234 (E)" } }).document;
    expect(withJob.meta.jobNumber).toBe("26-01234 (E)");
    const cleared = edit(withJob, { op: "setMeta", meta: { jobNumber: "" } });
    expect(cleared.summary).toBe("Masthead edited (jobNumber)");
    expect("jobNumber" in cleared.document.meta).toBe(false);

    const ga = sampleGaDocument();
    expect(editError(() => edit(ga, { op: "setMeta", meta: { session: "" } }))).toMatchObject({ code: "VALIDATION", field: "session" });
    expect(editError(() => edit(ga, { op: "setMeta", meta: { symbol: "" } }))).toMatchObject({ code: "VALIDATION", field: "symbol" });
    expect(editError(() => edit(ga, { op: "setMeta", meta: { date: "30 November 2026" } }))).toMatchObject({ code: "VALIDATION", field: "date" });
    expect(edit(ga, { op: "setMeta", meta: { naming: "named", includeSubmitted: false } }).document.meta).toMatchObject({ naming: "named", includeSubmitted: false, session: "Eighty-first session" });
  });
});

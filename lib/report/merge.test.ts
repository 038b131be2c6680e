import { describe, expect, it } from "vitest";
import { numberDocument, parseReportDocument, type Block, type ParagraphBlock, type ReportDocument } from "./document";
import { applyEdit } from "./edit";
import type { ReportEditOp } from "./edit-ops";
import { sampleDocument, sampleGaDocument, sentence, sequentialIds } from "./fixtures/sample-document";
import { mergeRegeneration } from "./merge";

/**
 * A fresh generation as the engine would make it from (possibly changed) replies: same keys, its own
 * ids ("f-…", so the tests see which ids the merge keeps), `change` applied to its blocks.
 */
function regenerate(base: ReportDocument, change: (blocks: Block[]) => Block[] = (b) => b, replies = base.generation.replies): ReportDocument {
  const renamed = base.blocks.map((b): Block => (b.type === "paragraph" ? { ...b, id: `f-${b.id}`, footnotes: b.footnotes.map((f) => ({ ...f, id: `f-${f.id}` })) } : { ...b, id: `f-${b.id}` }));
  const summary = base.summary && { ...base.summary, footnotes: base.summary.footnotes.map((f) => ({ ...f, id: `f-${f.id}` })) };
  return parseReportDocument({ ...base, summary, blocks: change(renamed), generation: { ...base.generation, generatedAt: "2026-11-25T09:00:00.000Z", replies } });
}

/** Replaces the generated text of the block with this key by one new sentence. */
const rewordKey = (key: string, text: string, stateIds: string[]) => (blocks: Block[]) =>
  blocks.map((b): Block => (b.key === key && b.type === "paragraph" ? { ...b, text, sentences: [sentence(text, stateIds)] } : b));

const edits = (doc: ReportDocument, ...ops: ReportEditOp[]) => {
  const newId = sequentialIds("ed");
  return ops.reduce((d, op) => applyEdit(d, op, { newId }).document, doc);
};
const para = (doc: ReportDocument, id: string) => doc.blocks.find((b) => b.id === id) as ParagraphBlock;
const ids = (doc: ReportDocument) => doc.blocks.map((b) => b.id);

describe("mergeRegeneration", () => {
  it("with nothing changed gives back the previous document with the fresh generation record", () => {
    const previous = sampleDocument();
    const fresh = regenerate(previous);
    const { document, staleBlockIds, summary } = mergeRegeneration(previous, fresh);
    expect(document).toEqual({ ...previous, generation: fresh.generation });
    expect(staleBlockIds).toEqual([]);
    expect(summary).toBe("Regenerated from 5 replies");
  });

  it("an untouched generated paragraph takes the fresh text and sources and keeps its id", () => {
    const previous = sampleDocument();
    const fresh = regenerate(previous, rewordKey("T-RAT#2", "Three States reported reservations to the Protocol.", ["DNK", "CHL", "ECU"]));
    const p = para(mergeRegeneration(previous, fresh).document, "p-rat2");
    expect(p).toMatchObject({ id: "p-rat2", key: "T-RAT#2", text: "Three States reported reservations to the Protocol.", overridden: false, stale: false });
    expect(p.generatedText).toBeUndefined();
    expect(p.sentences.map((s) => s.stateIds)).toEqual([["DNK", "CHL", "ECU"]]);
  });

  it("an override survives; it is marked stale when its sources changed, with the fresh sources and engine text", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "setParagraph", blockId: "p-leg1", text: "The editor's own words." });
    const fresh = regenerate(original, rewordKey("T-LEG#1", "All States reported having criminalized trafficking.", ["ARG", "DNK", "ECU", "BRA"]));
    const { document, staleBlockIds, summary } = mergeRegeneration(previous, fresh);
    expect(para(document, "p-leg1")).toMatchObject({ text: "The editor's own words.", overridden: true, stale: true, generatedText: "All States reported having criminalized trafficking." });
    expect(para(document, "p-leg1").sentences[0]!.stateIds).toEqual(["ARG", "DNK", "ECU", "BRA"]);
    expect(staleBlockIds).toEqual(["p-leg1"]);
    expect(summary).toBe("Regenerated from 5 replies; 1 edited paragraph marked for review");
  });

  it("an override whose sources did not change is not marked stale, and a pending stale mark stays", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "setParagraph", blockId: "p-leg1", text: "Edited." }, { op: "setParagraph", blockId: "p-rat1", text: "Edited too." });
    const unrelated = regenerate(original, rewordKey("T-LEG#2", "Two States reported jurisdiction.", ["BRA", "CHL"]));
    const first = mergeRegeneration(previous, unrelated);
    expect(para(first.document, "p-leg1")).toMatchObject({ text: "Edited.", stale: false, overridden: true });
    expect(first.staleBlockIds).toEqual([]);
    expect(first.summary).toBe("Regenerated from 5 replies");

    const changed = regenerate(original, rewordKey("T-RAT#1", "Most States had ratified the Protocol.", ["ARG", "BRA"]));
    const second = mergeRegeneration(first.document, changed);
    expect(second.staleBlockIds).toEqual(["p-rat1"]);
    // Regenerating again from the same replies leaves the pending review mark in place.
    const third = mergeRegeneration(second.document, regenerate(changed));
    expect(para(third.document, "p-rat1")).toMatchObject({ text: "Edited too.", stale: true, generatedText: "Most States had ratified the Protocol." });
    expect(third.staleBlockIds).toEqual(["p-rat1"]);
  });

  it("an override holding markup keeps it verbatim", () => {
    const text = `<script>alert(1)</script> & "quotes"`;
    const original = sampleDocument();
    const previous = edits(original, { op: "setParagraph", blockId: "p-rat2", text });
    const { document } = mergeRegeneration(previous, regenerate(original, rewordKey("T-RAT#2", "Changed.", ["DNK"])));
    expect(para(document, "p-rat2").text).toBe(text);
    expect(para(parseReportDocument(JSON.parse(JSON.stringify(document))), "p-rat2").text).toBe(text);
  });

  it("deleted blocks stay deleted, even when the engine's text changed", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "deleteBlock", blockId: "p-rat1" }, { op: "deleteBlock", blockId: "h-obs" });
    const fresh = regenerate(original, rewordKey("T-RAT#1", "Every State had ratified the Protocol.", ["ARG", "BRA", "CHL"]));
    const { document } = mergeRegeneration(previous, fresh);
    expect(ids(document)).toEqual(ids(previous));
    expect(document.deletedKeys).toEqual(["T-RAT#1", "h:V"]);
    expect(JSON.stringify(document)).not.toContain("Every State had ratified");
  });

  it("keeps the editor's order of blocks", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "moveBlock", blockId: "p-leg2", direction: "up" }, { op: "moveBlock", blockId: "p-leg2", direction: "up" }, { op: "moveBlock", blockId: "rec", direction: "up" });
    expect(ids(previous)).toEqual(["h-intro", "p-mandate", "p-basis", "h-measures", "h-rat", "p-rat1", "p-rat2", "p-leg2", "h-leg", "p-leg1", "h-obs", "rec", "p-obs1"]);
    const { document } = mergeRegeneration(previous, regenerate(original, rewordKey("T-LEG#2", "New text.", ["BRA"])));
    expect(ids(document)).toEqual(ids(previous));
    expect(para(document, "p-leg2").text).toBe("New text.");
  });

  it("inserts a paragraph the engine makes for the first time after the block that precedes it in the fresh draft", () => {
    const original = sampleDocument();
    const extra = (key: string, text: string): Block => ({ type: "paragraph", id: `f-${key}`, key, origin: "generated", text, overridden: false, sentences: [sentence(text, ["ECU"])], provisionalStateIds: ["ECU"], footnotes: [], stale: false });
    const fresh = regenerate(original, (blocks) => {
      const out = [...blocks];
      out.splice(out.findIndex((b) => b.key === "T-LEG#2") + 1, 0, extra("T-LEG#3", "One State reported a new law."));
      out.splice(out.findIndex((b) => b.key === "h:III.A") + 1, 0, extra("T-RAT#0", "All States replied on ratification."));
      return out;
    });
    const { document } = mergeRegeneration(original, fresh);
    expect(ids(document)).toEqual(["h-intro", "p-mandate", "p-basis", "h-measures", "h-rat", "f-T-RAT#0", "p-rat1", "p-rat2", "h-leg", "p-leg1", "p-leg2", "f-T-LEG#3", "h-obs", "p-obs1", "rec"]);
    expect(numberDocument(document).blocks.flatMap((b) => (b.number ? [b.number] : []))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    // Where the editor moved its predecessor, the new paragraph follows it there.
    const moved = edits(original, { op: "moveBlock", blockId: "p-leg2", direction: "up" }, { op: "moveBlock", blockId: "p-leg2", direction: "up" });
    expect(ids(mergeRegeneration(moved, fresh).document).slice(8, 11)).toEqual(["p-leg2", "f-T-LEG#3", "h-leg"]);
  });

  it("an editor paragraph stays after the block it followed, also at the start", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "addParagraph", afterBlockId: "p-rat1", text: "An editor's remark." }, { op: "addParagraph", afterBlockId: null, text: "A preface." });
    const fresh = regenerate(original, (blocks) => {
      const at = blocks.findIndex((b) => b.key === "T-RAT#1") + 1;
      const added: Block = { type: "paragraph", id: "f-new", key: "T-RAT#1b", origin: "generated", text: "A new finding.", overridden: false, sentences: [], provisionalStateIds: [], footnotes: [], stale: false };
      const first: Block = { type: "heading", id: "f-first", key: "h:0", level: "chapter", text: "Foreword" };
      return [first, ...blocks.slice(0, at), added, ...blocks.slice(at)];
    });
    const { document } = mergeRegeneration(previous, fresh);
    expect(ids(document)).toEqual(["ed-2", "f-first", "h-intro", "p-mandate", "p-basis", "h-measures", "h-rat", "p-rat1", "ed-1", "f-new", "p-rat2", "h-leg", "p-leg1", "p-leg2", "h-obs", "p-obs1", "rec"]);
    expect(para(document, "ed-1")).toMatchObject({ origin: "editor", text: "An editor's remark." });
  });

  it("a generated paragraph the engine no longer makes is dropped, unless the editor overrode it (then kept, stale)", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "setParagraph", blockId: "p-leg2", text: "Kept by the editor." });
    const fresh = regenerate(original, (blocks) => blocks.filter((b) => b.key !== "T-LEG#2" && b.key !== "T-RAT#2"));
    const { document, staleBlockIds, summary } = mergeRegeneration(previous, fresh);
    expect(ids(document)).not.toContain("p-rat2");
    expect(para(document, "p-leg2")).toMatchObject({ text: "Kept by the editor.", overridden: true, stale: true });
    expect(staleBlockIds).toEqual(["p-leg2"]);
    expect(summary).toBe("Regenerated from 5 replies; 1 edited paragraph marked for review");
  });

  it("generated footnotes follow the override rule; editor footnotes are kept; a deleted footnote stays deleted", () => {
    const original = sampleDocument();
    const newContributors = "Based on information received from six Member States that contributed to the present report.";
    const withFootnote = (text: string) => (blocks: Block[]) =>
      blocks.map((b): Block => (b.type === "paragraph" && b.key === "intro#2" ? { ...b, footnotes: b.footnotes.map((f) => ({ ...f, text })) } : b));

    const untouched = mergeRegeneration(original, regenerate(original, withFootnote(newContributors))).document;
    expect(para(untouched, "p-basis").footnotes).toEqual([{ id: "fn-contrib", key: "contributors", origin: "generated", text: newContributors, overridden: false, stale: false }]);

    const edited = edits(original, { op: "setFootnote", blockId: "p-basis", footnoteId: "fn-contrib", text: "Six States." }, { op: "addFootnote", blockId: "p-basis", text: "An editor's note." });
    const merged = mergeRegeneration(edited, regenerate(original, withFootnote(newContributors)));
    expect(para(merged.document, "p-basis").footnotes).toEqual([
      { id: "fn-contrib", key: "contributors", origin: "generated", text: "Six States.", overridden: true, generatedText: newContributors, stale: true },
      { id: "ed-1", origin: "editor", text: "An editor's note.", overridden: false, stale: false },
    ]);
    expect(merged.staleBlockIds).toEqual(["p-basis"]);

    const deleted = edits(original, { op: "deleteFootnote", blockId: "p-basis", footnoteId: "fn-contrib" });
    expect(para(mergeRegeneration(deleted, regenerate(original, withFootnote(newContributors))).document, "p-basis").footnotes).toEqual([]);
  });

  it("keeps an overridden Summary and takes the engine's new Summary text as its generated text", () => {
    const original = sampleGaDocument();
    const previous = edits(original, { op: "setSummary", text: "The editor's summary." });
    const fresh = parseReportDocument({ ...regenerate(original), summary: { text: "A new engine summary.", footnotes: [{ id: "f-fn-summary", key: "summary-basis", origin: "generated", text: "Six Member States replied." }] } });
    const { document } = mergeRegeneration(previous, fresh);
    expect(document.summary).toEqual({
      text: "The editor's summary.",
      overridden: true,
      generatedText: "A new engine summary.",
      footnotes: [{ id: "fn-summary", key: "summary-basis", origin: "generated", text: "Six Member States replied.", overridden: false, stale: false }],
    });
    expect(mergeRegeneration(original, fresh).document.summary).toMatchObject({ text: "A new engine summary.", overridden: false });
  });

  it("keeps edited recommendations as they are; untouched ones take the fresh list", () => {
    const original = sampleDocument();
    const freshRecs = (blocks: Block[]) => blocks.map((b): Block => (b.type === "recommendations" ? { ...b, chapeau: "I call upon Member States to:", items: [{ id: "f-x", text: "Act" }] } : b));
    const edited = edits(original, { op: "setRecommendations", blockId: "rec", chapeau: "Mine:", items: [{ id: "rec-a", text: "Ratify" }] });
    expect(mergeRegeneration(edited, regenerate(original, freshRecs)).document.blocks.at(-1)).toEqual(edited.blocks.at(-1));
    expect(mergeRegeneration(original, regenerate(original, freshRecs)).document.blocks.at(-1)).toEqual({ type: "recommendations", id: "rec", key: "rec", origin: "template", chapeau: "I call upon Member States to:", items: [{ id: "f-x", text: "Act" }], overridden: false });
  });

  it("keeps a heading the editor renamed, the masthead, the deleted keys and takes the fresh generation record", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "setHeading", blockId: "h-rat", label: "A.", text: "Ratification" }, { op: "setMeta", meta: { symbol: "S/2026/912" } });
    const replies = original.generation.replies.slice(0, 4);
    const fresh = regenerate(original, undefined, replies);
    const { document, summary } = mergeRegeneration(previous, fresh);
    expect(document.blocks.find((b) => b.id === "h-rat")).toMatchObject({ label: "A.", text: "Ratification" });
    expect(document.meta.symbol).toBe("S/2026/912");
    expect(document.generation).toEqual(fresh.generation);
    expect(summary).toBe("Regenerated from 4 replies");
  });

  it("never gives a new block the id of another block of the previous version, kept or dropped", () => {
    const original = sampleDocument();
    const previous = edits(original, { op: "addParagraph", afterBlockId: "p-leg2", text: "Mine." });
    const closing = (id: string, key: string): Block => ({ type: "paragraph", id, key, origin: "template", text: `Closing ${key}.`, overridden: false, sentences: [], provisionalStateIds: [], footnotes: [], stale: false });
    // The engine drops T-RAT#2 (block p-rat2) and makes two new blocks whose ids clash with p-rat2 and ed-1.
    const fresh = regenerate(original, (blocks) => [...blocks.filter((b) => b.key !== "T-RAT#2"), closing("p-rat2", "closing#1"), closing("ed-1", "closing#2")]);
    const { document } = mergeRegeneration(previous, fresh);
    expect(document.blocks.slice(-2).map((b) => [b.id, b.key])).toEqual([["p-rat2~2", "closing#1"], ["ed-1~2", "closing#2"]]);
    expect(para(document, "ed-1")).toMatchObject({ origin: "editor", text: "Mine." });
  });
});

import { describe, expect, it } from "vitest";
import { compareDocuments, longestIncreasingSubsequence } from "./compare";
import type { ReportDocument } from "./document";
import { applyEdit } from "./edit";
import type { BlockChange, ReportEditOp } from "./edit-ops";
import { sampleDocument, sampleGaDocument, sequentialIds } from "./fixtures/sample-document";

const edits = (doc: ReportDocument, ...ops: ReportEditOp[]) => {
  const newId = sequentialIds();
  return ops.reduce((d, op) => applyEdit(d, op, { newId }).document, doc);
};
const kinds = (blocks: BlockChange[]) => blocks.map((b) => `${b.kind}:${(b.after ?? b.before)!.id}`);
const find = (blocks: BlockChange[], id: string) => blocks.find((b) => (b.after ?? b.before)!.id === id)!;

describe("compareDocuments", () => {
  it("two equal versions: every block unchanged, no masthead change, versions echoed", () => {
    const doc = sampleDocument();
    const c = compareDocuments(doc, doc, 1, 2);
    expect(c.from).toBe(1);
    expect(c.to).toBe(2);
    expect(c.meta).toEqual([]);
    expect(c.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, unchanged: 13 });
    const mandate = "In its resolution 2388 (2017), the Security Council requested the Secretary-General to report on its implementation.";
    expect(c.blocks[1]).toEqual({ kind: "unchanged", before: { id: "p-mandate", number: 1, text: mandate }, after: { id: "p-mandate", number: 1, text: mandate } });
    expect(c.blocks[4]).toMatchObject({ kind: "unchanged", before: { id: "h-rat", label: "A.", text: "A. Ratification and implementation of the Trafficking in Persons Protocol" } });
  });

  it("a rewritten paragraph is 'changed', with the word runs of the edit", () => {
    const older = sampleDocument();
    const newer = edits(older, { op: "setParagraph", blockId: "p-leg1", text: "Most Member States reported having criminalized trafficking in persons in national legislation." });
    const c = compareDocuments(older, newer, 3, 4);
    expect(c.counts).toEqual({ added: 0, removed: 0, changed: 1, moved: 0, unchanged: 12 });
    expect(find(c.blocks, "p-leg1")).toEqual({
      kind: "changed",
      before: { id: "p-leg1", number: 5, text: "The majority of Member States reported having criminalized trafficking in persons in their domestic legislation." },
      after: { id: "p-leg1", number: 5, text: "Most Member States reported having criminalized trafficking in persons in national legislation." },
      words: [
        { type: "removed", text: "The majority of" },
        { type: "added", text: "Most" },
        { type: "equal", text: " Member States reported having criminalized trafficking in persons in " },
        { type: "removed", text: "their domestic" },
        { type: "added", text: "national" },
        { type: "equal", text: " legislation." },
      ],
    });
  });

  it("added, removed (where it stood) and moved blocks, numbered on each side", () => {
    const older = sampleDocument();
    const newer = edits(
      older,
      { op: "addParagraph", afterBlockId: "p-rat2", text: "New remark." },
      { op: "deleteBlock", blockId: "p-rat1" },
      { op: "moveBlock", blockId: "p-leg2", direction: "up" },
      { op: "moveBlock", blockId: "p-leg2", direction: "up" },
      { op: "moveBlock", blockId: "p-leg2", direction: "up" },
    );
    const c = compareDocuments(older, newer, 1, 2);
    expect(kinds(c.blocks)).toEqual([
      "unchanged:h-intro",
      "unchanged:p-mandate",
      "unchanged:p-basis",
      "unchanged:h-measures",
      "unchanged:h-rat",
      "removed:p-rat1",
      "unchanged:p-rat2",
      "moved:p-leg2",
      "added:new-1",
      "unchanged:h-leg",
      "unchanged:p-leg1",
      "unchanged:h-obs",
      "unchanged:p-obs1",
      "unchanged:rec",
    ]);
    expect(c.counts).toEqual({ added: 1, removed: 1, changed: 0, moved: 1, unchanged: 11 });
    expect(find(c.blocks, "p-rat1").before).toMatchObject({ number: 3 });
    expect(find(c.blocks, "p-rat1").after).toBeUndefined();
    expect(find(c.blocks, "new-1")).toEqual({ kind: "added", after: { id: "new-1", number: 5, text: "New remark." } });
    expect(find(c.blocks, "p-leg2")).toMatchObject({ before: { number: 6 }, after: { number: 4 } });
    expect(find(c.blocks, "p-leg2").words).toBeUndefined();
    expect(find(c.blocks, "p-leg1")).toMatchObject({ kind: "unchanged", before: { number: 5 }, after: { number: 6 } });
  });

  it("reports only the block that really moved, not every block it passed", () => {
    const older = sampleDocument();
    const newer = edits(older, { op: "moveBlock", blockId: "rec", direction: "up" }, { op: "moveBlock", blockId: "rec", direction: "up" }, { op: "moveBlock", blockId: "rec", direction: "up" }, { op: "moveBlock", blockId: "rec", direction: "up" });
    const c = compareDocuments(older, newer, 1, 2);
    expect(c.counts).toEqual({ added: 0, removed: 0, changed: 0, moved: 1, unchanged: 12 });
    expect(find(c.blocks, "rec")).toMatchObject({ kind: "moved", before: { number: 8 }, after: { number: 5 } });
  });

  it("a block moved and rewritten is 'moved' and carries its word runs", () => {
    const older = sampleDocument();
    const newer = edits(older, { op: "moveBlock", blockId: "p-mandate", direction: "down" }, { op: "moveBlock", blockId: "p-mandate", direction: "down" }, { op: "setParagraph", blockId: "p-mandate", text: "In its resolution 2388 (2017), the Council asked for a report." });
    const change = find(compareDocuments(older, newer, 1, 2).blocks, "p-mandate");
    expect(change.kind).toBe("moved");
    expect(change.words?.filter((w) => w.type !== "equal")).toEqual([
      { type: "removed", text: "Security " },
      { type: "removed", text: "requested the Secretary-General to" },
      { type: "added", text: "asked for a" },
      { type: "removed", text: " on its implementation" },
    ]);
    // The runs rebuild both texts.
    const rebuild = (skip: string) => change.words!.filter((w) => w.type !== skip).map((w) => w.text).join("");
    expect(rebuild("added")).toBe(change.before!.text);
    expect(rebuild("removed")).toBe(change.after!.text);
  });

  it("a changed footnote changes its paragraph", () => {
    const older = sampleDocument();
    const newer = edits(older, { op: "setFootnote", blockId: "p-basis", footnoteId: "fn-contrib", text: "Based on information received from six Member States that contributed to the present report." });
    const c = compareDocuments(older, newer, 1, 2);
    expect(c.counts.changed).toBe(1);
    const change = find(c.blocks, "p-basis");
    expect(change.kind).toBe("changed");
    expect(change.after!.text).toBe("The present report is based on information provided by Member States.\nFootnote: Based on information received from six Member States that contributed to the present report.");
    expect(change.words?.filter((w) => w.type !== "equal")).toEqual([
      { type: "removed", text: "five" },
      { type: "added", text: "six" },
    ]);
    // A footnote added to an earlier paragraph renumbers this one's, which is not a change.
    const renumbered = edits(older, { op: "addFootnote", blockId: "p-mandate", text: "S/RES/2388 (2017)." });
    expect(kinds(compareDocuments(older, renumbered, 1, 2).blocks.filter((b) => b.kind !== "unchanged"))).toEqual(["changed:p-mandate"]);
  });

  it("compares recommendations on the chapeau and the lettered items", () => {
    const older = sampleDocument();
    const newer = edits(older, {
      op: "setRecommendations",
      blockId: "rec",
      chapeau: "I encourage Member States to:",
      items: [{ id: "rec-b", text: "Criminalize trafficking in persons in all its forms" }, { id: "rec-a", text: "Ratify the Protocol" }, { id: "rec-c", text: "Strengthen the identification of victims" }],
    });
    const change = find(compareDocuments(older, newer, 1, 2).blocks, "rec");
    expect(change.kind).toBe("changed");
    expect(change.before!.text).toBe("I encourage Member States to:\n(a) Ratify the Protocol;\n(b) Criminalize trafficking in persons in all its forms;\n(c) Strengthen the identification of victims.");
    expect(change.after!.text).toBe("I encourage Member States to:\n(a) Criminalize trafficking in persons in all its forms;\n(b) Ratify the Protocol;\n(c) Strengthen the identification of victims.");
    const itemsOnly = edits(older, { op: "setRecommendations", blockId: "rec", chapeau: "I encourage Member States to:", items: [{ id: "rec-a", text: "Ratify the Protocol" }, { id: "rec-b", text: "Criminalize trafficking in persons in all its forms" }, { id: "rec-c", text: "Strengthen the identification of victims" }] });
    expect(find(compareDocuments(older, itemsOnly, 1, 2).blocks, "rec").kind).toBe("unchanged");
  });

  it("a heading's label counts", () => {
    const older = sampleDocument();
    const newer = edits(older, { op: "setHeading", blockId: "h-leg", label: "C.", text: "Implementation of applicable legal obligations" });
    expect(find(compareDocuments(older, newer, 1, 2).blocks, "h-leg")).toMatchObject({
      kind: "changed",
      before: { label: "B.", text: "B. Implementation of applicable legal obligations" },
      after: { label: "C.", text: "C. Implementation of applicable legal obligations" },
      words: [{ type: "removed", text: "B" }, { type: "added", text: "C" }, { type: "equal", text: ". Implementation of applicable legal obligations" }],
    });
  });

  it("lists the masthead fields and the Summary that differ, in the schema's order", () => {
    const older = sampleGaDocument();
    const newer = edits(
      older,
      { op: "setMeta", meta: { date: "2026-12-01", symbol: "A/81/250", agendaItem: { number: 106, listType: "provisional agenda", listSymbol: "A/81/150", title: "Advancement of women" }, includeSubmitted: false } },
      { op: "setSummary", text: "A shorter summary." },
    );
    expect(compareDocuments(older, newer, 2, 5).meta).toEqual([
      { field: "symbol", before: "A/81/[…]", after: "A/81/250" },
      { field: "date", before: "2026-11-20", after: "2026-12-01" },
      { field: "agendaItem", before: "Item 105 of the preliminary list (A/81/50): Advancement of women", after: "Item 106 of the provisional agenda (A/81/150): Advancement of women" },
      { field: "includeSubmitted", before: "yes", after: "no" },
      { field: "summary", before: "The present report is submitted pursuant to General Assembly resolution 79/123.", after: "A shorter summary." },
    ]);
  });
});

describe("longestIncreasingSubsequence", () => {
  it("finds one longest increasing run of values", () => {
    expect(longestIncreasingSubsequence([])).toEqual([]);
    expect(longestIncreasingSubsequence([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    expect(longestIncreasingSubsequence([0, 1, 7, 2, 3, 4, 5, 6])).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(longestIncreasingSubsequence([3, 0, 1, 2])).toEqual([0, 1, 2]);
    expect(longestIncreasingSubsequence([5, 4, 3, 2, 1])).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { parseReportDocument } from "./document";
import { applyEdit } from "./edit";
import { SAMPLE_REPLIES, sampleDocument, sampleGaDocument, sequentialIds } from "./fixtures/sample-document";
import { findStaleness, type CurrentReply } from "./stale";

/** The replies that count now: the sample's, with some changed. */
const current = (change: (r: CurrentReply[]) => CurrentReply[] = (r) => r): CurrentReply[] => change(SAMPLE_REPLIES.map((r) => ({ stateId: r.stateId, stateName: r.stateName, sha256: r.sha256 })));
const resnapshot = (stateId: string) => (rs: CurrentReply[]) => rs.map((r) => (r.stateId === stateId ? { ...r, sha256: "f".repeat(64) } : r));

describe("findStaleness", () => {
  it("reports nothing when every reply the draft used is unchanged", () => {
    expect(findStaleness(sampleDocument(), current())).toEqual({ staleBlockIds: [], changedStates: [], newStates: [] });
  });

  it("a new snapshot of a reply makes every paragraph with a sentence resting on it stale", () => {
    // Chile supports the basis sentence (p-basis), T-RAT#1 and T-RAT#2; nothing else.
    expect(findStaleness(sampleDocument(), current(resnapshot("CHL")))).toEqual({ staleBlockIds: ["p-basis", "p-rat1", "p-rat2"], changedStates: [{ stateId: "CHL", name: "Chile" }], newStates: [] });
    expect(findStaleness(sampleDocument(), current(resnapshot("BRA"))).staleBlockIds).toEqual(["p-basis", "p-rat1", "p-leg2"]);
  });

  it("a reply that no longer counts is a change too, and the contributors footnote's paragraph is stale", () => {
    const doc = parseReportDocument({
      ...sampleDocument(),
      // Take Ecuador out of the basis sentence so that only the footnote can make p-basis stale.
      blocks: sampleDocument().blocks.map((b) => (b.id === "p-basis" && b.type === "paragraph" ? { ...b, sentences: b.sentences.map((s) => ({ ...s, stateIds: ["ARG"] })) } : b)),
    });
    const s = findStaleness(doc, current((rs) => rs.filter((r) => r.stateId !== "ECU")));
    expect(s.changedStates).toEqual([{ stateId: "ECU", name: "Ecuador" }]);
    expect(s.staleBlockIds).toEqual(["p-basis", "p-leg1"]);
    expect(s.newStates).toEqual([]);
  });

  it("lists States whose reply counts now but was not used; only the contributors paragraph is stale for them", () => {
    const s = findStaleness(sampleDocument(), current((rs) => [...rs, { stateId: "FRA", stateName: "France", sha256: "0".repeat(64) }, { stateId: "PER", stateName: "Peru", sha256: "1".repeat(64) }]));
    expect(s).toEqual({ staleBlockIds: ["p-basis"], changedStates: [], newStates: [{ stateId: "FRA", name: "France" }, { stateId: "PER", name: "Peru" }] });
  });

  it("takes a changed State's name from the current replies, a dropped one's from the draft", () => {
    const s = findStaleness(sampleDocument(), current((rs) => rs.filter((r) => r.stateId !== "ARG").map((r) => (r.stateId === "DNK" ? { ...r, stateName: "Kingdom of Denmark", sha256: "9".repeat(64) } : r))));
    expect(s.changedStates).toEqual([{ stateId: "ARG", name: "Argentina" }, { stateId: "DNK", name: "Kingdom of Denmark" }]);
  });

  it("checks an edited paragraph against the sources of the text it replaced", () => {
    const edited = applyEdit(sampleDocument(), { op: "setParagraph", blockId: "p-leg2", text: "Rewritten entirely." }, { newId: sequentialIds() }).document;
    expect(findStaleness(edited, current(resnapshot("BRA"))).staleBlockIds).toContain("p-leg2");
    // An editor's own paragraph has no sources: never stale.
    const added = applyEdit(edited, { op: "addParagraph", afterBlockId: "p-leg2", text: "Mine." }, { newId: sequentialIds() }).document;
    expect(findStaleness(added, current((rs) => rs.map((r) => ({ ...r, sha256: "2".repeat(64) })))).staleBlockIds).not.toContain("new-1");
  });

  it("the Summary (pseudo block \"summary\") is stale when it carries the contributors footnote and the contributors changed", () => {
    const ga = sampleGaDocument();
    const doc = parseReportDocument({ ...ga, summary: { ...ga.summary!, footnotes: [{ id: "fn-summary", key: "contributors", origin: "generated", text: "Five Member States replied." }] } });
    const extra = current((rs) => [...rs, { stateId: "FRA", stateName: "France", sha256: "0".repeat(64) }]);
    expect(findStaleness(doc, extra).staleBlockIds).toEqual(["summary", "p-basis"]);
    expect(findStaleness(ga, extra).staleBlockIds).toEqual(["p-basis"]);
    expect(findStaleness(doc, current(resnapshot("ARG"))).staleBlockIds).toEqual(["p-basis", "p-rat1", "p-leg1"]);
  });

  it("the respondents paragraph (key \"contributors\") is stale when a State dropped out or a new one counts", () => {
    const base = sampleDocument();
    const doc = parseReportDocument({
      ...base,
      blocks: base.blocks.map((b) => (b.id === "p-basis" && b.type === "paragraph" ? { ...b, key: "contributors", footnotes: [], sentences: b.sentences.map((s) => ({ ...s, stateIds: ["ARG"] })) } : b)),
    });
    expect(findStaleness(doc, current((rs) => [...rs, { stateId: "FRA", stateName: "France", sha256: "0".repeat(64) }])).staleBlockIds).toEqual(["p-basis"]);
    expect(findStaleness(doc, current((rs) => rs.filter((r) => r.stateId !== "BRA"))).staleBlockIds).toEqual(["p-basis", "p-rat1", "p-leg2"]);
    expect(findStaleness(doc, current(resnapshot("DNK"))).staleBlockIds).toEqual(["p-rat2", "p-leg1"]);
  });
});

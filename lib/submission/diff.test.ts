import { describe, expect, it } from "vitest";
import { TEST_DEFINITION } from "@/lib/questionnaire/test-fixture";
import { diffAnswers } from "./diff";

const ids = TEST_DEFINITION.sections.flatMap((s) => s.questions.map((q) => q.id));
const [first, second, third] = ids as [string, string, string];

describe("diffAnswers", () => {
  it("finds nothing between equal replies, whatever the key order", () => {
    expect(diffAnswers(TEST_DEFINITION, { [first]: { a: 1, b: { c: 2, d: 3 } } }, { [first]: { b: { d: 3, c: 2 }, a: 1 } })).toEqual([]);
  });

  it("reports added, removed and changed answers in questionnaire order", () => {
    const before = { [third]: { x: "old" }, [first]: { x: 1 } };
    const after = { [third]: { x: "new" }, [second]: { x: true } };
    expect(diffAnswers(TEST_DEFINITION, before, after)).toEqual([
      { questionId: first, kind: "removed", before: { x: 1 }, after: null },
      { questionId: second, kind: "added", before: null, after: { x: true } },
      { questionId: third, kind: "changed", before: { x: "old" }, after: { x: "new" } },
    ]);
  });

  it("treats an empty answer as no answer", () => {
    expect(diffAnswers(TEST_DEFINITION, { [first]: {} }, {})).toEqual([]);
    expect(diffAnswers(TEST_DEFINITION, {}, { [first]: {} })).toEqual([]);
  });

  it("lists questions the definition does not know after the known ones", () => {
    expect(diffAnswers(TEST_DEFINITION, {}, { "ZZZ-01": { a: 1 }, [first]: { a: 1 } }).map((c) => c.questionId)).toEqual([first, "ZZZ-01"]);
  });
});

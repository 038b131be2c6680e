import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { findConditionCycles } from "./conditions";
import { ZQuestionnaireDefinition, type Condition } from "./definition";
import { TEST_DEFINITION, TEST_DEFINITION_INPUT, completeTestAnswers } from "./test-fixture";

describe("the test questionnaire", () => {
  const questions = TEST_DEFINITION.sections.flatMap((s) => s.questions);
  const fields = questions.flatMap((q) => q.fields);

  it("parses as a questionnaire definition, without condition cycles", () => {
    expect(ZQuestionnaireDefinition.safeParse(TEST_DEFINITION_INPUT).success).toBe(true);
    expect(findConditionCycles(TEST_DEFINITION)).toEqual([]);
  });

  it("has every field type, an INT grid with and without columns, an INT with currency and a group", () => {
    const types = new Set([...fields.map((f) => f.type), ...fields.flatMap((f) => (f.type === "GROUP" ? f.fields.map((s) => s.type) : []))]);
    expect([...types].sort()).toEqual(["DATE", "FILE", "GP", "GROUP", "INSTR", "INT", "MC", "SC", "STATE_LIST", "TXT", "YEAR", "YNP"]);
    expect(fields.some((f) => f.type === "INT" && f.grid?.columns)).toBe(true);
    expect(fields.some((f) => f.type === "INT" && f.grid && !f.grid.columns)).toBe(true);
    expect(fields.some((f) => f.type === "INT" && f.withCurrency)).toBe(true);
  });

  it("has a COND question, a module-gated section, a module condition and a chain of conditions", () => {
    expect(questions.some((q) => q.requirement === "COND")).toBe(true);
    expect(TEST_DEFINITION.sections.some((s) => s.module === "CONFLICT")).toBe(true);
    const refs = (c: Condition | undefined): string[] =>
      !c ? [] : "all" in c ? c.all.flatMap(refs) : "any" in c ? c.any.flatMap(refs) : "not" in c ? refs(c.not) : "module" in c ? ["module"] : [c.question];
    expect(questions.some((q) => refs(q.visibleWhen).includes("module"))).toBe(true);
    // LEG-03 depends on LEG-02, which itself depends on LEG-01.
    const leg02 = questions.find((q) => q.id === "LEG-02")!;
    const leg03 = questions.find((q) => q.id === "LEG-03")!;
    expect(refs(leg03.visibleWhen)).toEqual(["LEG-02"]);
    expect(refs(leg02.visibleWhen)).toEqual(["LEG-01"]);
  });

  it("completeTestAnswers can be submitted and is a new object each time", () => {
    expect(buildAnswerSchema(TEST_DEFINITION, { mode: "submit" }).safeParse(completeTestAnswers()).success).toBe(true);
    expect(completeTestAnswers()).not.toBe(completeTestAnswers());
  });
});

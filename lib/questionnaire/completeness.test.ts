import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { missingRequired, sectionCompleteness } from "./completeness";
import { ZQuestionnaireDefinition } from "./definition";
import { TEST_DEFINITION, completeTestAnswers } from "./test-fixture";
import type { Answers } from "./values";

const NO_MODULES = { modules: [] as string[] };
const CONFLICT = { modules: ["CONFLICT"] };

const bySection = (answers: Answers, ctx = NO_MODULES) =>
  Object.fromEntries(sectionCompleteness(TEST_DEFINITION, answers, ctx).sections.map(({ sectionCode, ...counts }) => [sectionCode, counts]));

describe("sectionCompleteness", () => {
  it("counts visible and required questions of an empty reply, leaving out a section whose module is off", () => {
    // A: LEG-01, LEG-04, LEG-05, LEG-06 visible (LEG-02 and LEG-03 wait for LEG-01); LEG-01 and LEG-06 required.
    // B: DAT-01…DAT-06 visible (DAT-07 needs the module); DAT-01, DAT-03, DAT-06 required.
    expect(bySection({})).toEqual({
      A: { answeredRequired: 0, totalRequired: 2, answered: 0, totalVisible: 4, percent: 0 },
      B: { answeredRequired: 0, totalRequired: 3, answered: 0, totalVisible: 6, percent: 0 },
    });
    expect(sectionCompleteness(TEST_DEFINITION, {}, NO_MODULES).overall).toEqual({ answeredRequired: 0, totalRequired: 5, answered: 0, totalVisible: 10, percent: 0 });
  });

  it("reaches 100 % when every visible required question is answered", () => {
    const result = sectionCompleteness(TEST_DEFINITION, completeTestAnswers(), NO_MODULES);
    expect(result.sections.map((s) => s.sectionCode)).toEqual(["A", "B"]);
    expect(result.sections[0]).toEqual({ sectionCode: "A", answeredRequired: 4, totalRequired: 4, answered: 4, totalVisible: 6, percent: 100 });
    expect(result.sections[1]).toEqual({ sectionCode: "B", answeredRequired: 3, totalRequired: 3, answered: 3, totalVisible: 6, percent: 100 });
    expect(result.overall).toEqual({ answeredRequired: 7, totalRequired: 7, answered: 7, totalVisible: 12, percent: 100 });
  });

  it("rounds the percentage down, so only a complete section shows 100", () => {
    const answers = completeTestAnswers();
    delete answers["DAT-06"];
    const result = sectionCompleteness(TEST_DEFINITION, answers, NO_MODULES);
    expect(result.sections[1]).toMatchObject({ answeredRequired: 2, totalRequired: 3, percent: 66 });
    expect(result.overall).toMatchObject({ answeredRequired: 6, totalRequired: 7, percent: 85 });
  });

  it("leaves hidden questions out of every count, stored answers notwithstanding", () => {
    const answers = { ...completeTestAnswers(), "LEG-01": { status: "NO" }, "LEG-05": { topics: { selected: ["GENDER", "MIGRATION"] } } };
    expect(bySection(answers).A).toEqual({ answeredRequired: 2, totalRequired: 2, answered: 2, totalVisible: 3, percent: 100 });
  });

  it("counts a COND question as required only when its condition holds", () => {
    const partial = { ...completeTestAnswers(), "LEG-01": { status: "PARTIAL" } };
    expect(bySection(partial).A).toMatchObject({ totalRequired: 3, answeredRequired: 3, answered: 4 });
    const withoutForms = completeTestAnswers();
    delete withoutForms["LEG-03"];
    expect(bySection(withoutForms).A).toMatchObject({ totalRequired: 4, answeredRequired: 3, percent: 75 });
  });

  it("counts answered optional questions in answered only", () => {
    const answers = { ...completeTestAnswers(), "LEG-04": { laws: [{ title: "Act 12" }] } };
    expect(bySection(answers).A).toMatchObject({ answered: 5, totalRequired: 4, answeredRequired: 4 });
  });

  it("does not count as complete a required question that submit would refuse", () => {
    const answers = { ...completeTestAnswers(), "DAT-06": { practices: [{ title: "Hotline", description: "A hotline." }] } };
    expect(bySection(answers).B).toMatchObject({ answered: 3, answeredRequired: 2, totalRequired: 3 });
  });

  it("includes the module section and module-gated questions when the module is on", () => {
    expect(bySection(completeTestAnswers(), CONFLICT)).toMatchObject({
      B: { totalVisible: 7, totalRequired: 3 },
      J: { answeredRequired: 0, totalRequired: 1, answered: 0, totalVisible: 2, percent: 0 },
    });
    const affected = { ...completeTestAnswers(), "CON-01": { situation: { code: "INTERNATIONAL" } } };
    expect(bySection(affected, CONFLICT).J).toEqual({ answeredRequired: 1, totalRequired: 2, answered: 1, totalVisible: 2, percent: 50 });
  });

  it("shows 100 % for a section with nothing required", () => {
    const def = ZQuestionnaireDefinition.parse({
      key: "optional",
      version: 1,
      title: "Optional",
      sourceLocale: "en",
      sections: [
        {
          code: "A",
          title: "A",
          questions: [{ id: "OPT-01", text: "Optional", requirement: "O", fields: [{ key: "x", label: "X", type: "YNP" }], feeds: { sections: ["T-LEG"], kinds: ["AGG"] } }],
        },
      ],
    });
    expect(sectionCompleteness(def, {}, NO_MODULES).sections).toEqual([{ sectionCode: "A", answeredRequired: 0, totalRequired: 0, answered: 0, totalVisible: 1, percent: 100 }]);
  });
});

describe("missingRequired", () => {
  it("lists the missing required fields in questionnaire order with their section", () => {
    expect(missingRequired(TEST_DEFINITION, {}, CONFLICT)).toEqual([
      { sectionCode: "A", questionId: "LEG-01", fieldKey: "status", path: ["LEG-01", "status"], message: "validation.required" },
      { sectionCode: "A", questionId: "LEG-06", fieldKey: "instruments", path: ["LEG-06", "instruments"], message: "validation.required" },
      { sectionCode: "B", questionId: "DAT-01", fieldKey: "victims", path: ["DAT-01", "victims"], message: "validation.required" },
      { sectionCode: "B", questionId: "DAT-03", fieldKey: "cases", path: ["DAT-03", "cases"], message: "validation.required" },
      { sectionCode: "B", questionId: "DAT-06", fieldKey: "practices", path: ["DAT-06", "practices"], message: "validation.required" },
      { sectionCode: "J", questionId: "CON-01", fieldKey: "situation", path: ["CON-01", "situation"], message: "validation.required" },
    ]);
  });

  it("is empty for a complete reply and leaves hidden questions out", () => {
    expect(missingRequired(TEST_DEFINITION, completeTestAnswers(), NO_MODULES)).toEqual([]);
    const hiddenChain = { ...completeTestAnswers(), "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "LAW" } } };
    expect(missingRequired(TEST_DEFINITION, hiddenChain, NO_MODULES)).toEqual([]);
  });

  it("points into nested values and reports submit rules other than required", () => {
    const answers = {
      ...completeTestAnswers(),
      "LEG-03": { forms: { selected: ["OTHER"] } },
      "DAT-06": { practices: [{ title: "Hotline", description: "A hotline." }] },
    };
    expect(missingRequired(TEST_DEFINITION, answers, NO_MODULES)).toEqual([
      { sectionCode: "A", questionId: "LEG-03", fieldKey: "forms", path: ["LEG-03", "forms", "other"], message: "validation.specifyOther" },
      { sectionCode: "B", questionId: "DAT-06", fieldKey: "practices", path: ["DAT-06", "practices", 0, "consent"], message: "validation.required" },
    ]);
  });

  it("is empty exactly when the submit schema accepts the answers", () => {
    const base = completeTestAnswers();
    const { ["DAT-01"]: _omitted, ...withoutDat01 } = base;
    const sets: Answers[] = [
      {},
      base,
      withoutDat01,
      { ...base, "LEG-01": { status: "PARTIAL" } },
      { ...base, "LEG-02": { kind: { code: "LAW" } } },
      { ...base, "DAT-03": { cases: { notAvailable: true }, confiscated: { value: 5 } } },
      { ...base, "CON-01": { situation: { code: "INTERNATIONAL" } } },
    ];
    for (const answers of sets) {
      for (const ctx of [NO_MODULES, CONFLICT]) {
        const accepted = buildAnswerSchema(TEST_DEFINITION, { mode: "submit", modules: ctx.modules }).safeParse(answers).success;
        expect(missingRequired(TEST_DEFINITION, answers, ctx).length === 0, JSON.stringify({ answers, ctx })).toBe(accepted);
        expect(sectionCompleteness(TEST_DEFINITION, answers, ctx).overall.percent === 100 || !accepted).toBe(true);
      }
    }
  });
});

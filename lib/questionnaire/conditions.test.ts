import { describe, expect, it } from "vitest";
import {
  evaluateCondition,
  findConditionCycles,
  isFieldVisible,
  isQuestionRequired,
  isQuestionVisible,
  isSectionOffered,
  resolveVisibility,
  visibleAnswers,
} from "./conditions";
import { ZQuestionnaireDefinition, type Condition, type QuestionnaireDefinitionInput } from "./definition";
import { TEST_DEFINITION, completeTestAnswers } from "./test-fixture";
import type { Answers, UncheckedAnswers } from "./values";

const NO_MODULES = { modules: [] as string[] };
const CONFLICT = { modules: ["CONFLICT"] };

const section = (code: string) => TEST_DEFINITION.sections.find((s) => s.code === code)!;
const question = (id: string) => TEST_DEFINITION.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;

const answers: Answers = {
  "LEG-01": { status: "YES", details: "Law 12 of 2015" },
  "LEG-02": { kind: { code: "LAW" }, year: 2015 },
  "LEG-03": { forms: { selected: ["SEXUAL", "LABOUR"] } },
  "LEG-06": { instruments: [{ instrument: "UNTOC" }, { instrument: "TIP_PROTOCOL" }] },
  "DAT-01": { victims: { value: 0 } },
  "DAT-02": { bySex: { notAvailable: true } },
  "DAT-04": { partners: ["FRA", "DEU"], notes: "" },
};

const on = (q: string, f: string) => ({ question: q, field: f });
const check = (c: Condition, a: UncheckedAnswers = answers, ctx = NO_MODULES) => evaluateCondition(c, a, ctx);

describe("evaluateCondition: field operators", () => {
  it("answered holds for a non-empty answer, including 0 and not available, and not for an empty or missing one", () => {
    expect(check({ ...on("LEG-01", "status"), op: "answered" })).toBe(true);
    expect(check({ ...on("DAT-01", "victims"), op: "answered" })).toBe(true);
    expect(check({ ...on("DAT-02", "bySex"), op: "answered" })).toBe(true);
    expect(check({ ...on("DAT-04", "notes"), op: "answered" })).toBe(false);
    expect(check({ ...on("LEG-05", "topics"), op: "answered" })).toBe(false);
    expect(check({ ...on("LEG-01", "status"), op: "answered" }, { "LEG-01": { status: null } })).toBe(false);
  });

  it("equals compares the YNP value, the SC code, a number, and membership of a list — without coercion", () => {
    expect(check({ ...on("LEG-01", "status"), op: "equals", value: "YES" })).toBe(true);
    expect(check({ ...on("LEG-01", "status"), op: "equals", value: "NO" })).toBe(false);
    expect(check({ ...on("LEG-02", "kind"), op: "equals", value: "LAW" })).toBe(true);
    expect(check({ ...on("LEG-02", "year"), op: "equals", value: 2015 })).toBe(true);
    expect(check({ ...on("LEG-02", "year"), op: "equals", value: "2015" })).toBe(false);
    expect(check({ ...on("DAT-01", "victims"), op: "equals", value: 0 })).toBe(true);
    expect(check({ ...on("LEG-03", "forms"), op: "equals", value: "LABOUR" })).toBe(true);
    expect(check({ ...on("LEG-03", "forms"), op: "equals", value: "BEGGING" })).toBe(false);
    expect(check({ ...on("DAT-02", "bySex"), op: "equals", value: 0 })).toBe(false);
  });

  it("notEquals needs an answer: unanswered is false, not true", () => {
    expect(check({ ...on("LEG-01", "status"), op: "notEquals", value: "NO" })).toBe(true);
    expect(check({ ...on("LEG-01", "status"), op: "notEquals", value: "YES" })).toBe(false);
    expect(check({ ...on("LEG-05", "topics"), op: "notEquals", value: "GENDER" })).toBe(false);
    expect(check({ ...on("LEG-03", "forms"), op: "notEquals", value: "BEGGING" })).toBe(true);
    expect(check({ ...on("LEG-03", "forms"), op: "notEquals", value: "SEXUAL" })).toBe(false);
  });

  it("in / notIn test membership; notIn on an unanswered field is false", () => {
    expect(check({ ...on("LEG-01", "status"), op: "in", values: ["YES", "PARTIAL"] })).toBe(true);
    expect(check({ ...on("LEG-01", "status"), op: "in", values: ["NO", "PARTIAL"] })).toBe(false);
    expect(check({ ...on("LEG-02", "year"), op: "in", values: [2014, 2015] })).toBe(true);
    expect(check({ ...on("LEG-01", "status"), op: "notIn", values: ["NO", "PARTIAL"] })).toBe(true);
    expect(check({ ...on("LEG-01", "status"), op: "notIn", values: ["YES"] })).toBe(false);
    expect(check({ ...on("LEG-05", "topics"), op: "notIn", values: ["GENDER"] })).toBe(false);
    expect(check({ ...on("LEG-05", "topics"), op: "in", values: ["GENDER"] })).toBe(false);
  });

  it("includesAny holds when one selected code (or listed State, or instrument) is among the values", () => {
    expect(check({ ...on("LEG-03", "forms"), op: "includesAny", values: ["BEGGING", "LABOUR"] })).toBe(true);
    expect(check({ ...on("LEG-03", "forms"), op: "includesAny", values: ["BEGGING", "OTHER"] })).toBe(false);
    expect(check({ ...on("DAT-04", "partners"), op: "includesAny", values: ["DEU"] })).toBe(true);
    expect(check({ ...on("LEG-06", "instruments"), op: "includesAny", values: ["TIP_PROTOCOL"] })).toBe(true);
    expect(check({ ...on("LEG-06", "instruments"), op: "includesAny", values: ["SOM_PROTOCOL"] })).toBe(false);
    expect(check({ ...on("LEG-05", "topics"), op: "includesAny", values: ["GENDER"] })).toBe(false);
  });

  it("reads a missing question or a non-object answer as unanswered", () => {
    expect(check({ ...on("CON-01", "situation"), op: "answered" })).toBe(false);
    expect(check({ ...on("LEG-01", "status"), op: "equals", value: "YES" }, { "LEG-01": null })).toBe(false);
  });
});

describe("evaluateCondition: combinators and modules", () => {
  const yes: Condition = { ...on("LEG-01", "status"), op: "equals", value: "YES" };
  const no: Condition = { ...on("LEG-01", "status"), op: "equals", value: "NO" };

  it("all needs every condition, any needs one", () => {
    expect(check({ all: [yes, { ...on("DAT-01", "victims"), op: "answered" }] })).toBe(true);
    expect(check({ all: [yes, no] })).toBe(false);
    expect(check({ any: [no, yes] })).toBe(true);
    expect(check({ any: [no, no] })).toBe(false);
  });

  it("not negates, so a negated condition on an unanswered field holds", () => {
    expect(check({ not: yes })).toBe(false);
    expect(check({ not: no })).toBe(true);
    expect(check({ not: { ...on("LEG-05", "topics"), op: "answered" } })).toBe(true);
    expect(check({ not: { ...on("LEG-05", "topics"), op: "notEquals", value: "GENDER" } })).toBe(true);
    expect(check({ any: [no, { not: { all: [yes, no] } }] })).toBe(true);
  });

  it("module holds when the cycle has the module switched on", () => {
    expect(check({ module: "CONFLICT" }, answers, CONFLICT)).toBe(true);
    expect(check({ module: "CONFLICT" }, answers, NO_MODULES)).toBe(false);
    expect(check({ all: [yes, { module: "CONFLICT" }] }, answers, CONFLICT)).toBe(true);
  });
});

describe("visibility and requirement of one question", () => {
  it("a question of a module section is shown only when the module is on", () => {
    expect(isSectionOffered(section("J"), NO_MODULES)).toBe(false);
    expect(isQuestionVisible(question("CON-01"), section("J"), {}, NO_MODULES)).toBe(false);
    expect(isQuestionVisible(question("CON-01"), section("J"), {}, CONFLICT)).toBe(true);
    expect(isQuestionVisible(question("DAT-07"), section("B"), {}, NO_MODULES)).toBe(false);
    expect(isQuestionVisible(question("DAT-07"), section("B"), {}, CONFLICT)).toBe(true);
  });

  it("a question is shown when its visibleWhen holds", () => {
    expect(isQuestionVisible(question("LEG-02"), section("A"), { "LEG-01": { status: "PARTIAL" } }, NO_MODULES)).toBe(true);
    expect(isQuestionVisible(question("LEG-02"), section("A"), { "LEG-01": { status: "NO" } }, NO_MODULES)).toBe(false);
    expect(isQuestionVisible(question("LEG-02"), section("A"), {}, NO_MODULES)).toBe(false);
    expect(isQuestionVisible(question("LEG-01"), section("A"), {}, NO_MODULES)).toBe(true);
  });

  it("a field is shown when its visibleWhen holds", () => {
    const year = question("LEG-02").fields.find((f) => f.key === "year")!;
    const kind = question("LEG-02").fields.find((f) => f.key === "kind")!;
    expect(isFieldVisible(year, { "LEG-02": { kind: { code: "LAW" } } }, NO_MODULES)).toBe(true);
    expect(isFieldVisible(year, { "LEG-02": { kind: { code: "POLICY" } } }, NO_MODULES)).toBe(false);
    expect(isFieldVisible(kind, {}, NO_MODULES)).toBe(true);
  });

  it("R is always required, O never, COND when requiredWhen holds", () => {
    expect(isQuestionRequired(question("LEG-01"), {}, NO_MODULES)).toBe(true);
    expect(isQuestionRequired(question("LEG-04"), answers, NO_MODULES)).toBe(false);
    expect(isQuestionRequired(question("LEG-03"), { "LEG-01": { status: "YES" } }, NO_MODULES)).toBe(true);
    expect(isQuestionRequired(question("LEG-03"), { "LEG-01": { status: "PARTIAL" } }, NO_MODULES)).toBe(false);
    expect(isQuestionRequired(question("LEG-03"), {}, NO_MODULES)).toBe(false);
    expect(isQuestionRequired(question("CON-02"), { "CON-01": { situation: { code: "INTERNATIONAL" } } }, CONFLICT)).toBe(true);
    expect(isQuestionRequired(question("CON-02"), { "CON-01": { situation: { code: "NONE" } } }, CONFLICT)).toBe(false);
    expect(isQuestionRequired(question("CON-02"), {}, CONFLICT)).toBe(false);
  });
});

describe("chains", () => {
  // LEG-01.status shows LEG-02; LEG-02.kind shows LEG-02.year and LEG-03.
  const stored: Answers = {
    "LEG-01": { status: "NO" },
    "LEG-02": { kind: { code: "LAW" }, year: 2015 },
    "LEG-03": { forms: { selected: ["SEXUAL"] } },
  };

  it("hides C when B is hidden, whatever B's stored answer says", () => {
    const v = resolveVisibility(TEST_DEFINITION, stored, NO_MODULES);
    expect(v.isQuestionVisible("LEG-02")).toBe(false);
    expect(v.isFieldVisible("LEG-02", "year")).toBe(false);
    expect(v.isQuestionVisible("LEG-03")).toBe(false);
    expect(v.isQuestionVisible("LEG-05")).toBe(false);
  });

  it("shows the chain when the first link holds", () => {
    const v = resolveVisibility(TEST_DEFINITION, { ...stored, "LEG-01": { status: "YES" } }, NO_MODULES);
    expect(v.isQuestionVisible("LEG-02")).toBe(true);
    expect(v.isFieldVisible("LEG-02", "year")).toBe(true);
    expect(v.isQuestionVisible("LEG-03")).toBe(true);
  });

  it("hides the fields of a hidden question and reports unknown questions and fields as hidden", () => {
    const v = resolveVisibility(TEST_DEFINITION, stored, NO_MODULES);
    expect(v.isFieldVisible("LEG-02", "kind")).toBe(false);
    expect(v.isQuestionVisible("XYZ-01")).toBe(false);
    expect(v.isFieldVisible("LEG-01", "nope")).toBe(false);
  });

  it("evaluating raw stored answers would not see the chain; evaluating the view does", () => {
    expect(isQuestionVisible(question("LEG-03"), section("A"), stored, NO_MODULES)).toBe(true);
    const view = visibleAnswers(TEST_DEFINITION, stored, NO_MODULES);
    expect(isQuestionVisible(question("LEG-03"), section("A"), view, NO_MODULES)).toBe(false);
  });

  it("resolves conditions that refer forwards, and a module-hidden question counts as unanswered", () => {
    const def = ZQuestionnaireDefinition.parse({
      key: "chain",
      version: 1,
      title: "Chain",
      sourceLocale: "en",
      modules: ["CONFLICT"],
      sections: [
        {
          code: "A",
          title: "A",
          questions: [
            {
              id: "AAA-01",
              text: "Shown when AAA-02 is answered",
              requirement: "O",
              visibleWhen: { question: "AAA-02", field: "x", op: "answered" },
              fields: [{ key: "x", label: "X", type: "YNP" }],
              feeds: { sections: ["T-LEG"], kinds: ["AGG"] },
            },
          ],
        },
        {
          code: "J",
          title: "J",
          module: "CONFLICT",
          questions: [
            { id: "AAA-02", text: "In a module", requirement: "O", fields: [{ key: "x", label: "X", type: "YNP" }], feeds: { sections: ["T-CONF"], kinds: ["AGG"] } },
          ],
        },
      ],
    } satisfies QuestionnaireDefinitionInput);
    const stored2: Answers = { "AAA-02": { x: "YES" } };
    expect(resolveVisibility(def, stored2, CONFLICT).isQuestionVisible("AAA-01")).toBe(true);
    expect(resolveVisibility(def, stored2, NO_MODULES).isQuestionVisible("AAA-01")).toBe(false);
    expect(resolveVisibility(def, {}, CONFLICT).isQuestionVisible("AAA-01")).toBe(false);
  });

  it("the view is a fixed point: visibility decided on the view matches the resolved visibility", () => {
    const sets: Answers[] = [{}, stored, answers, completeTestAnswers(), { ...answers, "LEG-02": { kind: { code: "OTHER", other: "Decree" } } }];
    for (const a of sets) {
      for (const ctx of [NO_MODULES, CONFLICT]) {
        const v = resolveVisibility(TEST_DEFINITION, a, ctx);
        const view = visibleAnswers(TEST_DEFINITION, a, ctx);
        for (const s of TEST_DEFINITION.sections) {
          for (const q of s.questions) {
            expect(isQuestionVisible(q, s, view, ctx), q.id).toBe(v.isQuestionVisible(q.id));
          }
        }
      }
    }
  });
});

describe("visibleAnswers", () => {
  it("removes hidden questions and fields and unknown keys, and leaves the stored answers untouched", () => {
    const stored: Answers = {
      "LEG-01": { status: "YES" },
      "LEG-02": { kind: { code: "POLICY" }, year: 2015 },
      "LEG-05": { topics: { selected: ["GENDER", "MIGRATION"] } },
      "DAT-04": { notes: "orphan note" },
      "CON-01": { situation: { code: "NONE" } },
      "XYZ-01": { a: "b" },
      "DAT-01": { victims: { value: 3 }, extra: 1 } as unknown as Answers[string],
    };
    const copy = structuredClone(stored);
    expect(visibleAnswers(TEST_DEFINITION, stored, NO_MODULES)).toEqual({
      "LEG-01": { status: "YES" },
      "LEG-02": { kind: { code: "POLICY" } },
      "LEG-05": { topics: { selected: ["GENDER", "MIGRATION"] } },
      "DAT-01": { victims: { value: 3 } },
    });
    expect(stored).toEqual(copy);
    expect(visibleAnswers(TEST_DEFINITION, stored, CONFLICT)["CON-01"]).toEqual({ situation: { code: "NONE" } });
  });

  it("lists questions in questionnaire order", () => {
    const view = visibleAnswers(TEST_DEFINITION, { "DAT-01": { victims: { value: 1 } }, "LEG-01": { status: "NO" } }, NO_MODULES);
    expect(Object.keys(view)).toEqual(["LEG-01", "DAT-01"]);
  });

  it("removes hidden sub-fields from the items of a group", () => {
    const def = ZQuestionnaireDefinition.parse({
      key: "group",
      version: 1,
      title: "Group",
      sourceLocale: "en",
      sections: [
        {
          code: "A",
          title: "A",
          questions: [
            { id: "GRP-01", text: "Dates?", requirement: "O", fields: [{ key: "withDates", label: "With dates", type: "YNP" }], feeds: { sections: ["T-LEG"], kinds: ["AGG"] } },
            {
              id: "GRP-02",
              text: "Laws",
              requirement: "O",
              fields: [
                {
                  key: "laws",
                  label: "Laws",
                  type: "GROUP",
                  itemLabel: "Law",
                  fields: [
                    { key: "title", label: "Title", type: "TXT", wordLimit: 10 },
                    { key: "adopted", label: "Adopted", type: "DATE", visibleWhen: { question: "GRP-01", field: "withDates", op: "equals", value: "YES" } },
                  ],
                },
              ],
              feeds: { sections: ["T-LEG"], kinds: ["AGG"] },
            },
          ],
        },
      ],
    } satisfies QuestionnaireDefinitionInput);
    const stored: Answers = { "GRP-01": { withDates: "NO" }, "GRP-02": { laws: [{ title: "Act", adopted: "2020-01-01" }] } };
    expect(visibleAnswers(def, stored, NO_MODULES)["GRP-02"]).toEqual({ laws: [{ title: "Act" }] });
    expect(visibleAnswers<Answers>(def, { ...stored, "GRP-01": { withDates: "YES" } }, NO_MODULES)["GRP-02"]).toEqual({ laws: [{ title: "Act", adopted: "2020-01-01" }] });
    expect(resolveVisibility(def, stored, NO_MODULES).isSubFieldVisible("GRP-02", "laws", "adopted")).toBe(false);
  });
});

describe("findConditionCycles", () => {
  it("finds none in the test questionnaire", () => {
    expect(findConditionCycles(TEST_DEFINITION)).toEqual([]);
  });

  it("finds a question that depends on itself through another, and resolving it still terminates with both hidden", () => {
    const def = ZQuestionnaireDefinition.parse({
      key: "cycle",
      version: 1,
      title: "Cycle",
      sourceLocale: "en",
      sections: [
        {
          code: "A",
          title: "A",
          questions: [
            {
              id: "CYC-01",
              text: "One",
              requirement: "O",
              visibleWhen: { question: "CYC-02", field: "x", op: "answered" },
              fields: [{ key: "x", label: "X", type: "YNP" }],
              feeds: { sections: ["T-LEG"], kinds: ["AGG"] },
            },
            {
              id: "CYC-02",
              text: "Two",
              requirement: "O",
              visibleWhen: { question: "CYC-01", field: "x", op: "answered" },
              fields: [{ key: "x", label: "X", type: "YNP" }],
              feeds: { sections: ["T-LEG"], kinds: ["AGG"] },
            },
          ],
        },
      ],
    } satisfies QuestionnaireDefinitionInput);
    const cycles = findConditionCycles(def);
    expect(cycles).toHaveLength(1);
    expect([...cycles[0]!].sort()).toEqual(["CYC-01", "CYC-01.x", "CYC-02", "CYC-02.x"]);
    const v = resolveVisibility(def, { "CYC-01": { x: "YES" }, "CYC-02": { x: "YES" } }, NO_MODULES);
    expect(v.isQuestionVisible("CYC-01")).toBe(false);
    expect(v.isQuestionVisible("CYC-02")).toBe(false);
  });
});

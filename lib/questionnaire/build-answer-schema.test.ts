import { describe, expect, it } from "vitest";
import {
  buildAnswerSchema,
  buildQuestionAnswerSchema,
  checkAnswers,
  isQuestionAnswered,
  parseAnswers,
} from "./build-answer-schema";
import { ZQuestion, type Question } from "./definition";
import { TEST_DEFINITION, TEST_FILE_IDS, completeTestAnswers } from "./test-fixture";
import { QUESTIONNAIRE_VALIDATION_KEYS, type AnswerMode, type Answers } from "./values";

const KEYS = new Set<string>(QUESTIONNAIRE_VALIDATION_KEYS);
const CONFLICT = ["CONFLICT"];

type Issue = { path: PropertyKey[]; message: string };

function issuesOf(input: unknown, mode: AnswerMode, modules: string[] = []): Issue[] {
  const result = buildAnswerSchema(TEST_DEFINITION, { mode, modules }).safeParse(input);
  if (result.success) return [];
  const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  for (const issue of issues) expect(KEYS, `unlisted message ${issue.message}`).toContain(issue.message);
  return issues;
}

/** The complete answers with CON-01 answered too, so they can be submitted with the CONFLICT module on. */
function completeWithConflict(): Answers {
  return { ...completeTestAnswers(), "CON-01": { situation: { code: "NONE" } } };
}

function withValue(base: Answers, questionId: string, fieldKey: string, value: unknown): Answers {
  return { ...base, [questionId]: { ...base[questionId], [fieldKey]: value } } as Answers;
}

const question = (id: string) => TEST_DEFINITION.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;

describe("the test answers", () => {
  it("can be saved and submitted", () => {
    expect(issuesOf(completeTestAnswers(), "draft")).toEqual([]);
    expect(issuesOf(completeTestAnswers(), "submit")).toEqual([]);
    expect(issuesOf(completeWithConflict(), "submit", CONFLICT)).toEqual([]);
  });
});

/**
 * One row per field type (and INT variant): a valid value, an invalid value with the issue it gives
 * in both modes, and where the type has submit-only rules a value a draft accepts and submit refuses.
 */
const TYPES: {
  type: string;
  question: string;
  field: string;
  valid: unknown;
  invalid: unknown;
  issue: Issue;
  incomplete?: { value: unknown; issue: Issue };
}[] = [
  { type: "YNP", question: "LEG-01", field: "status", valid: "PARTIAL", invalid: "MAYBE", issue: { path: ["LEG-01", "status"], message: "validation.option" } },
  {
    type: "YNP without PARTIAL",
    question: "CON-01",
    field: "hosting",
    valid: "NOT_APPLICABLE",
    invalid: "PARTIAL",
    issue: { path: ["CON-01", "hosting"], message: "validation.option" },
  },
  {
    type: "TXT",
    question: "LEG-01",
    field: "details",
    valid: "Article 3 of the Penal Code.",
    invalid: Array.from({ length: 51 }, () => "word").join(" "),
    issue: { path: ["LEG-01", "details"], message: "validation.wordLimit" },
  },
  {
    type: "SC",
    question: "LEG-02",
    field: "kind",
    valid: { code: "POLICY" },
    invalid: { code: "DECREE" },
    issue: { path: ["LEG-02", "kind", "code"], message: "validation.option" },
    incomplete: { value: { code: "OTHER" }, issue: { path: ["LEG-02", "kind", "other"], message: "validation.specifyOther" } },
  },
  { type: "YEAR", question: "LEG-02", field: "year", valid: 1990, invalid: 1989, issue: { path: ["LEG-02", "year"], message: "validation.year" } },
  {
    type: "MC",
    question: "LEG-03",
    field: "forms",
    valid: { selected: ["NONE"] },
    invalid: { selected: ["NONE", "SEXUAL"] },
    issue: { path: ["LEG-03", "forms", "selected"], message: "validation.exclusiveOption" },
    incomplete: { value: { selected: ["OTHER"] }, issue: { path: ["LEG-03", "forms", "other"], message: "validation.specifyOther" } },
  },
  {
    type: "MC with minSelected",
    question: "LEG-05",
    field: "topics",
    valid: { selected: ["GENDER", "MIGRATION"] },
    invalid: { selected: ["GENDER", "GENDER"] },
    issue: { path: ["LEG-05", "topics", "selected", 1], message: "validation.duplicate" },
    incomplete: { value: { selected: ["GENDER"] }, issue: { path: ["LEG-05", "topics", "selected"], message: "validation.tooFew" } },
  },
  {
    type: "GROUP",
    question: "LEG-04",
    field: "laws",
    valid: [{ title: "Act 12", adopted: "2020-01-01", subjects: { selected: ["OFFENCE"] } }],
    invalid: [{ title: "Act 12" }, { title: "Act 13", adopted: "2020-02-30" }],
    issue: { path: ["LEG-04", "laws", 1, "adopted"], message: "validation.date" },
    incomplete: { value: [{ adopted: "2020-01-01" }], issue: { path: ["LEG-04", "laws", 0, "title"], message: "validation.required" } },
  },
  { type: "DATE", question: "LEG-05", field: "adoptedOn", valid: "2024-02-29", invalid: "2023-02-29", issue: { path: ["LEG-05", "adoptedOn"], message: "validation.date" } },
  {
    type: "INSTR",
    question: "LEG-06",
    field: "instruments",
    valid: [{ instrument: "TIP_PROTOCOL", action: "ACCESSION" }],
    invalid: [{ instrument: "UNTOC" }, { instrument: "UNTOC" }],
    issue: { path: ["LEG-06", "instruments", 1, "instrument"], message: "validation.duplicate" },
  },
  { type: "INT", question: "DAT-01", field: "victims", valid: { notAvailable: true }, invalid: { value: -1 }, issue: { path: ["DAT-01", "victims", "value"], message: "validation.nonNegative" } },
  {
    type: "INT grid",
    question: "DAT-02",
    field: "bySex",
    valid: { cells: { FEMALE: { ADULT: 4, CHILD: 1 }, OTHER: { CHILD: 0 } } },
    invalid: { cells: { FEMALE: { ADULT: 1.5 } } },
    issue: { path: ["DAT-02", "bySex", "cells", "FEMALE", "ADULT"], message: "validation.integer" },
  },
  {
    type: "INT single-column grid",
    question: "DAT-03",
    field: "cases",
    valid: { cells: { PROSECUTED: { VALUE: 1 } } },
    invalid: { cells: { APPEALED: { VALUE: 1 } } },
    issue: { path: ["DAT-03", "cases", "cells", "APPEALED"], message: "validation.unknownField" },
  },
  {
    type: "INT with currency",
    question: "DAT-03",
    field: "confiscated",
    valid: { value: 250_000, currency: "EUR" },
    invalid: { value: 250_000, currency: "euro" },
    issue: { path: ["DAT-03", "confiscated", "currency"], message: "validation.currency" },
    incomplete: { value: { value: 250_000 }, issue: { path: ["DAT-03", "confiscated", "currency"], message: "validation.required" } },
  },
  { type: "STATE_LIST", question: "DAT-04", field: "partners", valid: ["FRA"], invalid: ["France"], issue: { path: ["DAT-04", "partners", 0], message: "validation.memberState" } },
  {
    type: "FILE",
    question: "DAT-05",
    field: "documents",
    valid: [TEST_FILE_IDS[0]],
    invalid: [...TEST_FILE_IDS],
    issue: { path: ["DAT-05", "documents"], message: "validation.tooMany" },
  },
  {
    type: "GP",
    question: "DAT-06",
    field: "practices",
    valid: [{ title: "Hotline", description: "A free hotline.", results: "300 calls.", consent: "ANONYMOUS" }],
    invalid: [{ title: "Hotline", description: "A free hotline.", consent: "PUBLIC" }],
    issue: { path: ["DAT-06", "practices", 0, "consent"], message: "validation.option" },
    incomplete: { value: [{ title: "Hotline", description: "A free hotline." }], issue: { path: ["DAT-06", "practices", 0, "consent"], message: "validation.required" } },
  },
];

describe.each(TYPES)("answers of type $type ($question.$field)", (row) => {
  for (const mode of ["draft", "submit"] as const) {
    const base = completeWithConflict;
    it(`${mode}: accepts a valid value`, () => {
      expect(issuesOf(withValue(base(), row.question, row.field, row.valid), mode, CONFLICT)).toEqual([]);
    });
    it(`${mode}: refuses an invalid value at its path with its key`, () => {
      expect(issuesOf(withValue(base(), row.question, row.field, row.invalid), mode, CONFLICT)).toEqual([row.issue]);
    });
  }
  if (row.incomplete) {
    const incomplete = row.incomplete;
    it("draft accepts an incomplete value that submit refuses", () => {
      const input = withValue(completeWithConflict(), row.question, row.field, incomplete.value);
      expect(issuesOf(input, "draft", CONFLICT)).toEqual([]);
      expect(issuesOf(input, "submit", CONFLICT)).toEqual([incomplete.issue]);
    });
  }
});

describe("draft mode", () => {
  it("accepts nothing at all, and partial answers", () => {
    expect(issuesOf({}, "draft")).toEqual([]);
    expect(issuesOf(undefined, "draft")).toEqual([]);
    expect(issuesOf({ "LEG-02": { year: 2001 } }, "draft")).toEqual([]);
  });

  it("validates the answers of hidden questions and of sections whose module is off", () => {
    expect(issuesOf({ "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "DECREE" } } }, "draft")).toEqual([
      { path: ["LEG-02", "kind", "code"], message: "validation.option" },
    ]);
    expect(issuesOf({ "CON-01": { hosting: "PARTIAL" } }, "draft")).toEqual([{ path: ["CON-01", "hosting"], message: "validation.option" }]);
  });

  it("refuses unknown question IDs and field keys, answers that are not objects, and input that is not an object", () => {
    expect(issuesOf({ "XYZ-01": { a: 1 } }, "draft")).toEqual([{ path: ["XYZ-01"], message: "validation.unknownQuestion" }]);
    expect(issuesOf({ "LEG-01": { status: "YES", comment: "x" } }, "draft")).toEqual([{ path: ["LEG-01", "comment"], message: "validation.unknownField" }]);
    expect(issuesOf({ "LEG-01": "YES" }, "draft")).toEqual([{ path: ["LEG-01"], message: "validation.invalid" }]);
    expect(issuesOf(["LEG-01"], "draft")).toEqual([{ path: [], message: "validation.invalid" }]);
  });

  it("reports issues in questionnaire order, then unknown questions", () => {
    const input = { "XYZ-01": {}, "DAT-01": { victims: { value: -3 } }, "LEG-01": { status: "MAYBE" } };
    expect(issuesOf(input, "draft").map((i) => i.path.join("."))).toEqual(["LEG-01.status", "DAT-01.victims.value", "XYZ-01"]);
  });

  it("outputs every known answer normalised, hidden ones included, with cleared fields as null", () => {
    const result = buildAnswerSchema(TEST_DEFINITION, { mode: "draft" }).parse({
      "LEG-01": { status: "NO", details: "  trimmed  " },
      "LEG-02": { kind: { code: "LAW", other: "dropped" }, year: Number.NaN },
      "DAT-02": { bySex: { cells: { FEMALE: { ADULT: 2, CHILD: null } } } },
      "DAT-04": { partners: [] },
      "LEG-05": null,
    });
    expect(result).toEqual({
      "LEG-01": { status: "NO", details: "trimmed" },
      "LEG-02": { kind: { code: "LAW" }, year: null },
      "DAT-02": { bySex: { cells: { FEMALE: { ADULT: 2 } } } },
      "DAT-04": { partners: null },
    });
  });
});

describe("submit mode", () => {
  it("asks for the first field of every visible required question, in questionnaire order", () => {
    expect(issuesOf({}, "submit")).toEqual([
      { path: ["LEG-01", "status"], message: "validation.required" },
      { path: ["LEG-06", "instruments"], message: "validation.required" },
      { path: ["DAT-01", "victims"], message: "validation.required" },
      { path: ["DAT-03", "cases"], message: "validation.required" },
      { path: ["DAT-06", "practices"], message: "validation.required" },
    ]);
    expect(issuesOf({}, "submit", CONFLICT).map((i) => i.path.join("."))).toContain("CON-01.situation");
  });

  it("ignores hidden questions entirely: neither required nor validated, and left out of the output", () => {
    const input = { ...completeTestAnswers(), "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "DECREE" } }, "LEG-03": { forms: { selected: ["NONE", "SEXUAL"] } } };
    const result = buildAnswerSchema(TEST_DEFINITION, { mode: "submit" }).safeParse(input);
    expect(result.success).toBe(true);
    expect(result.data && Object.keys(result.data)).toEqual(["LEG-01", "LEG-06", "DAT-01", "DAT-03", "DAT-06"]);
  });

  it("ignores malformed answers of hidden questions too (unknown keys, non-objects)", () => {
    const input = { ...completeTestAnswers(), "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "LAW" }, comment: "x" }, "LEG-03": "YES" };
    expect(issuesOf(input, "submit")).toEqual([]);
    expect(issuesOf(input, "draft")).toEqual([
      { path: ["LEG-02", "comment"], message: "validation.unknownField" },
      { path: ["LEG-03"], message: "validation.invalid" },
    ]);
  });

  it("ignores a hidden field and asks for a visible required field", () => {
    expect(issuesOf({ ...completeTestAnswers(), "LEG-02": { kind: { code: "POLICY" }, year: 1800 } }, "submit")).toEqual([]);
    expect(issuesOf({ ...completeTestAnswers(), "LEG-02": { kind: { code: "LAW" } } }, "submit")).toEqual([{ path: ["LEG-02", "year"], message: "validation.required" }]);
  });

  it("follows a chain: hiding LEG-02 hides LEG-03 even though LEG-02's stored answer would show it", () => {
    const base = completeTestAnswers();
    const input = { ...base, "LEG-01": { status: "NO" }, "LEG-03": { forms: { selected: ["OTHER"] } } };
    expect(issuesOf(input, "submit")).toEqual([]);
  });

  it("requires a COND question only when its condition holds", () => {
    const base = completeTestAnswers();
    delete base["LEG-03"];
    expect(issuesOf(base, "submit")).toEqual([{ path: ["LEG-03", "forms"], message: "validation.required" }]);
    expect(issuesOf({ ...base, "LEG-01": { status: "PARTIAL" } }, "submit")).toEqual([]);

    const conflict = completeWithConflict();
    expect(issuesOf(conflict, "submit", CONFLICT)).toEqual([]);
    const affected = { ...conflict, "CON-01": { situation: { code: "INTERNATIONAL" } } };
    expect(issuesOf(affected, "submit", CONFLICT)).toEqual([{ path: ["CON-02", "victims"], message: "validation.required" }]);
    expect(issuesOf({ ...affected, "CON-02": { victims: { notAvailable: true } } }, "submit", CONFLICT)).toEqual([]);
  });

  it("ignores a module section when the module is off, and requires it when on", () => {
    expect(issuesOf({ ...completeTestAnswers(), "CON-01": { situation: { code: "ELSEWHERE" } } }, "submit")).toEqual([]);
    expect(issuesOf(completeTestAnswers(), "submit", CONFLICT)).toEqual([{ path: ["CON-01", "situation"], message: "validation.required" }]);
  });

  it("never asks for an optional question, even half-answered", () => {
    expect(issuesOf({ ...completeTestAnswers(), "LEG-05": { adoptedOn: "2020-01-01" } }, "submit")).toEqual([]);
  });

  it("still refuses unknown question IDs and unknown field keys of visible questions", () => {
    expect(issuesOf({ ...completeTestAnswers(), "XYZ-01": {} }, "submit")).toEqual([{ path: ["XYZ-01"], message: "validation.unknownQuestion" }]);
    expect(issuesOf(withValue(completeTestAnswers(), "DAT-01", "comment", "x"), "submit")).toEqual([{ path: ["DAT-01", "comment"], message: "validation.unknownField" }]);
  });

  it("outputs the visible view, normalised", () => {
    const data = buildAnswerSchema(TEST_DEFINITION, { mode: "submit" }).parse({
      ...completeTestAnswers(),
      "LEG-01": { status: "YES", details: "  Penal Code  " },
      "DAT-04": { notes: "hidden without partners" },
    });
    expect(data["LEG-01"]).toEqual({ status: "YES", details: "Penal Code" });
    expect(data["DAT-04"]).toBeUndefined();
  });
});

describe("buildQuestionAnswerSchema", () => {
  const leg02 = question("LEG-02");

  it("draft: validates one answer with paths relative to the question", () => {
    const schema = buildQuestionAnswerSchema(leg02, "draft");
    expect(schema.parse({ kind: { code: "OTHER", other: " Decree " } })).toEqual({ kind: { code: "OTHER", other: "Decree" } });
    const result = schema.safeParse({ kind: { code: "DECREE" }, note: 1 });
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["kind", "code"], "validation.option"],
      [["note"], "validation.unknownField"],
    ]);
  });

  it("submit without context: the question counts as visible, and its own conditions use its own answer", () => {
    const schema = buildQuestionAnswerSchema(leg02, "submit");
    expect(schema.safeParse({}).error?.issues.map((i) => i.path.join("."))).toEqual(["kind"]);
    expect(schema.safeParse({ kind: { code: "LAW" } }).error?.issues.map((i) => i.path.join("."))).toEqual(["year"]);
    expect(schema.safeParse({ kind: { code: "POLICY" } }).success).toBe(true);
  });

  it("submit with the definition: a hidden question passes with no output, a COND question follows the other answers", () => {
    const others: Answers = { "LEG-01": { status: "NO" } };
    const hidden = buildQuestionAnswerSchema(leg02, "submit", { definition: TEST_DEFINITION, answers: others });
    expect(hidden.parse({ kind: { code: "DECREE" } })).toEqual({});
    const leg03 = question("LEG-03");
    const required = buildQuestionAnswerSchema(leg03, "submit", { definition: TEST_DEFINITION, answers: { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "LAW" } } } });
    expect(required.safeParse({}).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["forms", "validation.required"]]);
    const optional = buildQuestionAnswerSchema(leg03, "submit", { definition: TEST_DEFINITION, answers: { "LEG-01": { status: "PARTIAL" }, "LEG-02": { kind: { code: "LAW" } } } });
    expect(optional.safeParse({}).success).toBe(true);
  });

  it("a required question whose fields are all optional needs one of them answered, reported on the first", () => {
    const q: Question = ZQuestion.parse({
      id: "ANY-01",
      text: "Anything?",
      requirement: "R",
      fields: [
        { key: "a", label: "A", type: "TXT", wordLimit: 10, required: false },
        { key: "b", label: "B", type: "YNP" },
      ],
      feeds: { sections: ["T-LEG"], kinds: ["AGG"] },
    });
    const schema = buildQuestionAnswerSchema(q, "submit");
    expect(schema.safeParse({}).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["a", "validation.required"]]);
    expect(schema.safeParse({ b: "NO" }).success).toBe(true);
    expect(isQuestionAnswered(q, { b: "NO" })).toBe(true);
    expect(isQuestionAnswered(q, {})).toBe(false);
  });
});

describe("isQuestionAnswered", () => {
  const leg02 = question("LEG-02");
  it("needs every visible required field", () => {
    expect(isQuestionAnswered(leg02, { kind: { code: "LAW" } })).toBe(false);
    expect(isQuestionAnswered(leg02, { kind: { code: "LAW" } }, (key) => key !== "year")).toBe(true);
    expect(isQuestionAnswered(leg02, { kind: { code: "LAW" }, year: 2001 })).toBe(true);
    expect(isQuestionAnswered(leg02, undefined)).toBe(false);
  });
});

describe("parseAnswers", () => {
  it("returns the normalised answers on success", () => {
    expect(parseAnswers(TEST_DEFINITION, completeTestAnswers(), { mode: "submit" })).toEqual({ success: true, data: completeTestAnswers() });
  });

  it("keys errors by dotted path, which is also the form field name", () => {
    const input = withValue(completeTestAnswers(), "LEG-04", "laws", [{ adopted: "2020-01-01" }]);
    delete input["DAT-01"];
    expect(parseAnswers(TEST_DEFINITION, input, { mode: "submit" })).toEqual({
      success: false,
      fieldErrors: { "LEG-04.laws.0.title": ["validation.required"], "DAT-01.victims": ["validation.required"] },
    });
    expect(parseAnswers(TEST_DEFINITION, "nope", { mode: "draft" })).toEqual({ success: false, fieldErrors: { _: ["validation.invalid"] } });
  });
});

describe("checkAnswers", () => {
  it("gives the same issues as the schema", () => {
    const input = { "LEG-01": { status: "MAYBE" }, "XYZ-01": {} };
    for (const mode of ["draft", "submit"] as const) {
      expect(checkAnswers(TEST_DEFINITION, input, { mode }).issues).toEqual(issuesOf(input, mode));
    }
  });
});

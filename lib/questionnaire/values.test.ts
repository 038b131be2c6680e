import { describe, expect, it } from "vitest";
import { ZField, type QuestionField } from "./definition";
import {
  GP_CONSENTS,
  MAX_TEXT_CHARS,
  QUESTIONNAIRE_VALIDATION_KEYS,
  fieldCompletenessIssues,
  fieldValueSchema,
  isFieldRequired,
  isFieldValueEmpty,
  isIsoDate,
  validateFieldValue,
  type AnswerMode,
} from "./values";

const KEYS = new Set<string>(QUESTIONNAIRE_VALIDATION_KEYS);

/** A field as an author writes it, with the definition's defaults applied. */
const field = (input: unknown): QuestionField => ZField.parse({ key: "f", label: "F", ...(input as object) });

type Outcome = { ok: true; data: unknown } | { ok: false; issues: { path: PropertyKey[]; message: string }[] };

function run(f: QuestionField, value: unknown, mode: AnswerMode = "draft"): Outcome {
  const result = fieldValueSchema(f, mode).safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  for (const issue of issues) expect(KEYS, `unlisted message ${issue.message}`).toContain(issue.message);
  return { ok: false, issues };
}

const ok = (data: unknown): Outcome => ({ ok: true, data });
const fail = (path: PropertyKey[], message: string): Outcome => ({ ok: false, issues: [{ path, message }] });
const words = (n: number, word = "word") => Array.from({ length: n }, () => word).join(" ");

describe("unanswered values", () => {
  const text = field({ type: "TXT", wordLimit: 10 });
  it.each([undefined, null, "", "   ", Number.NaN])("normalises %j to null in both modes", (value) => {
    expect(run(text, value)).toEqual(ok(null));
    expect(run(text, value, "submit")).toEqual(ok(null));
  });
});

describe("YNP", () => {
  const ynp = field({ type: "YNP" });
  const noPartial = field({ type: "YNP", allowPartial: false });

  it("accepts the five values", () => {
    for (const v of ["YES", "NO", "PARTIAL", "NOT_APPLICABLE", "NOT_AVAILABLE"]) expect(run(ynp, v, "submit")).toEqual(ok(v));
  });

  it("refuses other values and PARTIAL when the field does not allow it", () => {
    expect(run(ynp, "MAYBE")).toEqual(fail([], "validation.option"));
    expect(run(ynp, "yes")).toEqual(fail([], "validation.option"));
    expect(run(ynp, true)).toEqual(fail([], "validation.option"));
    expect(run(noPartial, "PARTIAL")).toEqual(fail([], "validation.option"));
    expect(run(noPartial, "NOT_APPLICABLE")).toEqual(ok("NOT_APPLICABLE"));
  });
});

describe("SC", () => {
  const sc = field({
    type: "SC",
    options: [
      { code: "LAW", label: "Law" },
      { code: "OTHER", label: "Other", specify: true },
    ],
  });

  it("stores { code } and keeps a trimmed specify text only for a specify option", () => {
    expect(run(sc, { code: "LAW" }, "submit")).toEqual(ok({ code: "LAW" }));
    expect(run(sc, { code: "LAW", other: "left over" })).toEqual(ok({ code: "LAW" }));
    expect(run(sc, { code: "OTHER", other: "  A decree  " }, "submit")).toEqual(ok({ code: "OTHER", other: "A decree" }));
    expect(run(sc, { code: "" })).toEqual(ok(null));
  });

  it("allows a missing specify text in a draft and refuses it on submit", () => {
    expect(run(sc, { code: "OTHER" })).toEqual(ok({ code: "OTHER" }));
    expect(run(sc, { code: "OTHER", other: "  " }, "submit")).toEqual(fail(["other"], "validation.specifyOther"));
  });

  it("refuses unknown codes, a bare code, unknown keys and a long specify text", () => {
    expect(run(sc, { code: "TREATY" })).toEqual(fail(["code"], "validation.option"));
    expect(run(sc, "LAW")).toEqual(fail([], "validation.invalid"));
    expect(run(sc, { code: "LAW", note: "x" })).toEqual(fail(["note"], "validation.unknownField"));
    expect(run(sc, { code: "OTHER", other: words(101) })).toEqual(fail(["other"], "validation.wordLimit"));
    expect(run(sc, { code: "OTHER", other: words(100) }, "submit")).toEqual(ok({ code: "OTHER", other: words(100) }));
  });
});

describe("MC", () => {
  const mc = field({
    type: "MC",
    minSelected: 2,
    options: [
      { code: "SEXUAL", label: "Sexual" },
      { code: "LABOUR", label: "Labour" },
      { code: "OTHER", label: "Other", specify: true },
      { code: "NONE", label: "None", exclusive: true },
    ],
  });

  it("stores { selected, other? } in the order given", () => {
    expect(run(mc, { selected: ["LABOUR", "SEXUAL"] }, "submit")).toEqual(ok({ selected: ["LABOUR", "SEXUAL"] }));
    expect(run(mc, { selected: ["SEXUAL", "OTHER"], other: " Begging " }, "submit")).toEqual(ok({ selected: ["SEXUAL", "OTHER"], other: "Begging" }));
    expect(run(mc, { selected: ["SEXUAL", "LABOUR"], other: "left over" })).toEqual(ok({ selected: ["SEXUAL", "LABOUR"] }));
    expect(run(mc, { selected: [] })).toEqual(ok(null));
    expect(run(mc, { selected: null, other: "x" })).toEqual(ok(null));
  });

  it("refuses unknown and repeated codes at their index", () => {
    expect(run(mc, { selected: ["SEXUAL", "ORGANS"] })).toEqual(fail(["selected", 1], "validation.option"));
    expect(run(mc, { selected: ["SEXUAL", "SEXUAL"] })).toEqual(fail(["selected", 1], "validation.duplicate"));
    expect(run(mc, { selected: "SEXUAL" })).toEqual(fail(["selected"], "validation.invalid"));
    expect(run(mc, ["SEXUAL"])).toEqual(fail([], "validation.invalid"));
  });

  it("refuses an exclusive option combined with another, in both modes", () => {
    expect(run(mc, { selected: ["NONE", "SEXUAL"] })).toEqual(fail(["selected"], "validation.exclusiveOption"));
    expect(run(mc, { selected: ["NONE"] })).toEqual(ok({ selected: ["NONE"] }));
  });

  it("requires the specify text and minSelected on submit only", () => {
    expect(run(mc, { selected: ["SEXUAL", "OTHER"] })).toEqual(ok({ selected: ["SEXUAL", "OTHER"] }));
    expect(run(mc, { selected: ["SEXUAL", "OTHER"] }, "submit")).toEqual(fail(["other"], "validation.specifyOther"));
    expect(run(mc, { selected: ["SEXUAL"] })).toEqual(ok({ selected: ["SEXUAL"] }));
    expect(run(mc, { selected: ["SEXUAL"] }, "submit")).toEqual(fail(["selected"], "validation.tooFew"));
  });
});

describe("INT without a grid", () => {
  const int = field({ type: "INT", max: 1000 });
  const money = field({ type: "INT", withCurrency: true });

  it("accepts a non-negative integer up to max, or not available", () => {
    expect(run(int, { value: 0 }, "submit")).toEqual(ok({ value: 0 }));
    expect(run(int, { value: 1000 }, "submit")).toEqual(ok({ value: 1000 }));
    expect(run(int, { notAvailable: true }, "submit")).toEqual(ok({ notAvailable: true }));
    expect(run(int, { value: 5, notAvailable: false })).toEqual(ok({ value: 5 }));
  });

  it("treats a missing figure as unanswered and lets not available discard a figure", () => {
    expect(run(int, { value: null })).toEqual(ok(null));
    expect(run(int, { value: Number.NaN, notAvailable: false })).toEqual(ok(null));
    expect(run(int, { value: 7, notAvailable: true })).toEqual(ok({ notAvailable: true }));
  });

  it("refuses fractions, negatives, numbers above max, strings and unknown keys", () => {
    expect(run(int, { value: 2.5 })).toEqual(fail(["value"], "validation.integer"));
    expect(run(int, { value: "12" })).toEqual(fail(["value"], "validation.integer"));
    expect(run(int, { value: Number.POSITIVE_INFINITY })).toEqual(fail(["value"], "validation.integer"));
    expect(run(int, { value: -1 })).toEqual(fail(["value"], "validation.nonNegative"));
    expect(run(int, { value: 1001 })).toEqual(fail(["value"], "validation.tooLarge"));
    expect(run(field({ type: "INT" }), { value: Number.MAX_SAFE_INTEGER + 1 })).toEqual(fail(["value"], "validation.tooLarge"));
    expect(run(int, { value: 1, currency: "USD" })).toEqual(fail(["currency"], "validation.unknownField"));
    expect(run(int, { cells: {} })).toEqual(fail(["cells"], "validation.unknownField"));
    expect(run(int, { notAvailable: "yes" })).toEqual(fail(["notAvailable"], "validation.invalid"));
    expect(run(int, 12)).toEqual(fail([], "validation.invalid"));
  });

  it("takes an ISO 4217 currency code, required with an amount on submit", () => {
    expect(run(money, { value: 10, currency: "USD" }, "submit")).toEqual(ok({ value: 10, currency: "USD" }));
    expect(run(money, { value: 10, currency: "usd" })).toEqual(fail(["currency"], "validation.currency"));
    expect(run(money, { value: 10, currency: "DOLLAR" })).toEqual(fail(["currency"], "validation.currency"));
    expect(run(money, { value: 10 })).toEqual(ok({ value: 10 }));
    expect(run(money, { value: 10, currency: "" }, "submit")).toEqual(fail(["currency"], "validation.required"));
    expect(run(money, { notAvailable: true }, "submit")).toEqual(ok({ notAvailable: true }));
  });
});

describe("INT with a grid", () => {
  const grid = field({
    type: "INT",
    max: 100,
    grid: {
      rows: [
        { code: "FEMALE", label: "Female" },
        { code: "MALE", label: "Male" },
      ],
      columns: [
        { code: "ADULT", label: "Adult" },
        { code: "CHILD", label: "Child" },
      ],
    },
  });
  const single = field({ type: "INT", grid: { rows: [{ code: "INVESTIGATED", label: "Investigated" }] } });

  it("stores cells[row][column], without empty cells and rows", () => {
    expect(run(grid, { cells: { FEMALE: { ADULT: 3, CHILD: 0 }, MALE: { CHILD: 1 } } }, "submit")).toEqual(
      ok({ cells: { FEMALE: { ADULT: 3, CHILD: 0 }, MALE: { CHILD: 1 } } }),
    );
    expect(run(grid, { cells: { FEMALE: { ADULT: 3, CHILD: null }, MALE: { ADULT: Number.NaN } } })).toEqual(ok({ cells: { FEMALE: { ADULT: 3 } } }));
    expect(run(grid, { cells: { FEMALE: { ADULT: null }, MALE: null } })).toEqual(ok(null));
    expect(run(grid, { notAvailable: true })).toEqual(ok({ notAvailable: true }));
  });

  it("uses the VALUE column when the grid has no columns", () => {
    expect(run(single, { cells: { INVESTIGATED: { VALUE: 2 } } }, "submit")).toEqual(ok({ cells: { INVESTIGATED: { VALUE: 2 } } }));
    expect(run(single, { cells: { INVESTIGATED: { ADULT: 2 } } })).toEqual(fail(["cells", "INVESTIGATED", "ADULT"], "validation.unknownField"));
  });

  it("refuses unknown rows and columns and bad cells at their path", () => {
    expect(run(grid, { cells: { CHILDREN: { ADULT: 1 } } })).toEqual(fail(["cells", "CHILDREN"], "validation.unknownField"));
    expect(run(grid, { cells: { FEMALE: { ELDERLY: 1 } } })).toEqual(fail(["cells", "FEMALE", "ELDERLY"], "validation.unknownField"));
    expect(run(grid, { cells: { FEMALE: { ADULT: -2 } } })).toEqual(fail(["cells", "FEMALE", "ADULT"], "validation.nonNegative"));
    expect(run(grid, { cells: { FEMALE: { ADULT: 1.5 } } })).toEqual(fail(["cells", "FEMALE", "ADULT"], "validation.integer"));
    expect(run(grid, { cells: { FEMALE: { ADULT: 101 } } })).toEqual(fail(["cells", "FEMALE", "ADULT"], "validation.tooLarge"));
    expect(run(grid, { cells: { FEMALE: 3 } })).toEqual(fail(["cells", "FEMALE"], "validation.invalid"));
    expect(run(grid, { cells: [] })).toEqual(fail(["cells"], "validation.invalid"));
    expect(run(grid, { value: 3 })).toEqual(fail(["value"], "validation.unknownField"));
  });
});

describe("YEAR", () => {
  const year = field({ type: "YEAR", min: 1990, max: 2030 });
  it("accepts an integer within [min, max]", () => {
    expect(run(year, 1990, "submit")).toEqual(ok(1990));
    expect(run(year, 2030)).toEqual(ok(2030));
    expect(run(field({ type: "YEAR" }), 2100)).toEqual(ok(2100));
  });
  it.each([1989, 2031, 2015.5, "2015", Number.POSITIVE_INFINITY])("refuses %j", (value) => {
    expect(run(year, value)).toEqual(fail([], "validation.year"));
  });
  it("applies the default range 1900–2100", () => {
    expect(run(field({ type: "YEAR" }), 1899)).toEqual(fail([], "validation.year"));
  });
});

describe("DATE", () => {
  const date = field({ type: "DATE" });
  it("accepts real calendar dates, including 29 February of a leap year", () => {
    expect(run(date, "2024-02-29", "submit")).toEqual(ok("2024-02-29"));
    expect(run(date, "2000-02-29")).toEqual(ok("2000-02-29"));
    expect(run(date, "1999-12-31")).toEqual(ok("1999-12-31"));
  });
  it.each(["2023-02-29", "1900-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00", "24-01-01", "2024-1-1", "2024-01-01T00:00:00Z", 20240101])(
    "refuses %j",
    (value) => {
      expect(run(date, value)).toEqual(fail([], "validation.date"));
    },
  );
  it("isIsoDate agrees", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe("TXT", () => {
  const text = field({ type: "TXT", wordLimit: 5 });
  it("trims and accepts up to the word limit", () => {
    expect(run(text, "  one two three four five \n")).toEqual(ok("one two three four five"));
    expect(run(text, "五个汉字字", "submit")).toEqual(ok("五个汉字字"));
  });
  it("refuses a word over the limit, in any script", () => {
    expect(run(text, "one two three four five six")).toEqual(fail([], "validation.wordLimit"));
    expect(run(text, "六个汉字汉字")).toEqual(fail([], "validation.wordLimit"));
    expect(run(text, "واحد اثنان ثلاثة أربعة خمسة ستة")).toEqual(fail([], "validation.wordLimit"));
  });
  it("refuses more than the character cap, whatever the word limit", () => {
    const long = field({ type: "TXT", wordLimit: 100_000 });
    expect(run(long, "x".repeat(MAX_TEXT_CHARS))).toEqual(ok("x".repeat(MAX_TEXT_CHARS)));
    expect(run(long, "x".repeat(MAX_TEXT_CHARS + 1))).toEqual(fail([], "validation.tooLong"));
  });
  it("refuses a value that is not text", () => {
    expect(run(text, 42)).toEqual(fail([], "validation.invalid"));
    expect(run(text, ["a"])).toEqual(fail([], "validation.invalid"));
  });
});

describe("INSTR", () => {
  const instr = field({
    type: "INSTR",
    instruments: [
      { code: "UNTOC", label: "Convention" },
      { code: "TIP_PROTOCOL", label: "Protocol" },
    ],
    actions: [{ code: "RATIFICATION", label: "Ratification" }],
  });
  const bare = field({ type: "INSTR", withDate: false, instruments: [{ code: "UNTOC", label: "Convention" }] });

  it("stores entries with optional date and action, dropping blank ones", () => {
    expect(run(instr, [{ instrument: "UNTOC", date: "2003-09-29", action: "RATIFICATION" }, { instrument: "TIP_PROTOCOL", date: "", action: null }], "submit")).toEqual(
      ok([{ instrument: "UNTOC", date: "2003-09-29", action: "RATIFICATION" }, { instrument: "TIP_PROTOCOL" }]),
    );
    expect(run(instr, [])).toEqual(ok(null));
  });

  it("refuses unknown, missing and repeated instruments and bad dates or actions, at their path", () => {
    expect(run(instr, [{ instrument: "ROME_STATUTE" }])).toEqual(fail([0, "instrument"], "validation.option"));
    expect(run(instr, [{ date: "2003-09-29" }])).toEqual(fail([0, "instrument"], "validation.required"));
    expect(run(instr, [{ instrument: "UNTOC" }, { instrument: "UNTOC" }])).toEqual(fail([1, "instrument"], "validation.duplicate"));
    expect(run(instr, [{ instrument: "UNTOC", date: "2003-02-30" }])).toEqual(fail([0, "date"], "validation.date"));
    expect(run(instr, [{ instrument: "UNTOC", action: "SIGNATURE" }])).toEqual(fail([0, "action"], "validation.option"));
    expect(run(instr, [{ instrument: "UNTOC", notes: "x" }])).toEqual(fail([0, "notes"], "validation.unknownField"));
    expect(run(instr, ["UNTOC"])).toEqual(fail([0], "validation.invalid"));
    expect(run(instr, { instrument: "UNTOC" })).toEqual(fail([], "validation.invalid"));
  });

  it("refuses a date when the field has no date and an action when it has no actions", () => {
    expect(run(bare, [{ instrument: "UNTOC", date: "2003-09-29" }])).toEqual(fail([0, "date"], "validation.unknownField"));
    expect(run(bare, [{ instrument: "UNTOC", action: "RATIFICATION" }])).toEqual(fail([0, "action"], "validation.unknownField"));
    expect(run(bare, [{ instrument: "UNTOC" }, { instrument: "UNTOC" }])).toEqual(fail([], "validation.tooMany"));
  });
});

describe("STATE_LIST", () => {
  const states = field({ type: "STATE_LIST" });
  it("accepts unique ISO alpha-3 codes", () => {
    expect(run(states, ["FRA", "DEU"], "submit")).toEqual(ok(["FRA", "DEU"]));
    expect(run(states, [])).toEqual(ok(null));
  });
  it("refuses malformed and repeated codes at their index", () => {
    expect(run(states, ["FRA", "fr"])).toEqual(fail([1], "validation.memberState"));
    expect(run(states, ["FRA", "FRANCE"])).toEqual(fail([1], "validation.memberState"));
    expect(run(states, ["FRA", "FRA"])).toEqual(fail([1], "validation.duplicate"));
    expect(run(states, "FRA")).toEqual(fail([], "validation.invalid"));
  });
});

describe("GP", () => {
  const gp = field({ type: "GP", count: 2 });
  const entry = { title: "Shelter network", description: "Shelters for victims.", results: "Fewer re-trafficked victims.", consent: "NAMED" };

  it("accepts up to count complete nominations, trimmed, with optional results", () => {
    expect(run(gp, [entry, { title: " T ", description: " D ", results: "", consent: "ANONYMOUS" }], "submit")).toEqual(
      ok([entry, { title: "T", description: "D", consent: "ANONYMOUS" }]),
    );
    expect(GP_CONSENTS).toEqual(["NAMED", "ANONYMOUS"]);
  });

  it("keeps an unfinished nomination in a draft and lists what is missing on submit", () => {
    expect(run(gp, [{ title: "", description: "" }])).toEqual(ok([{ title: "", description: "" }]));
    expect(run(gp, [{ title: "Only a title" }], "submit")).toEqual({
      ok: false,
      issues: [
        { path: [0, "description"], message: "validation.required" },
        { path: [0, "consent"], message: "validation.required" },
      ],
    });
  });

  it("enforces the word limits: title 20, description and results 150", () => {
    expect(run(gp, [{ ...entry, title: words(20) }])).toEqual(ok([{ ...entry, title: words(20) }]));
    expect(run(gp, [{ ...entry, title: words(21) }])).toEqual(fail([0, "title"], "validation.wordLimit"));
    expect(run(gp, [{ ...entry, description: words(151) }])).toEqual(fail([0, "description"], "validation.wordLimit"));
    expect(run(gp, [{ ...entry, results: words(151) }])).toEqual(fail([0, "results"], "validation.wordLimit"));
  });

  it("refuses more than count, an unknown consent and unknown keys", () => {
    expect(run(gp, [entry, entry, entry])).toEqual(fail([], "validation.tooMany"));
    expect(run(gp, [{ ...entry, consent: "YES" }])).toEqual(fail([0, "consent"], "validation.option"));
    expect(run(gp, [{ ...entry, section: "B" }])).toEqual(fail([0, "section"], "validation.unknownField"));
  });
});

describe("FILE", () => {
  const files = field({ type: "FILE", maxFiles: 2 });
  const a = "0B6C8F4E-2D1A-4C3B-9E8F-7A6B5C4D3E2F";
  const b = "1c7d9a5f-3e2b-4d4c-8f9a-8b7c6d5e4f3a";
  it("accepts up to maxFiles attachment ids, lower-cased", () => {
    expect(run(files, [a, b], "submit")).toEqual(ok([a.toLowerCase(), b]));
  });
  it("refuses non-uuids, repeats and too many files", () => {
    expect(run(files, ["report.pdf"])).toEqual(fail([0], "validation.id"));
    expect(run(files, [a, a.toLowerCase()])).toEqual(fail([1], "validation.duplicate"));
    expect(run(files, [a, b, "2d8e0b6a-4f3c-4e5d-9a0b-9c8d7e6f5a4b"])).toEqual(fail([], "validation.tooMany"));
  });
});

describe("GROUP", () => {
  const group = field({
    type: "GROUP",
    itemLabel: "Law",
    maxItems: 2,
    fields: [
      { key: "title", label: "Title", type: "TXT", wordLimit: 10 },
      { key: "adopted", label: "Adopted", type: "DATE" },
      {
        key: "subjects",
        label: "Subjects",
        type: "MC",
        options: [
          { code: "OFFENCE", label: "Offence" },
          { code: "OTHER", label: "Other", specify: true },
        ],
      },
    ],
  });

  it("stores items keyed by sub-field, leaving blank sub-fields out", () => {
    expect(run(group, [{ title: " Act 12 ", adopted: "", subjects: { selected: ["OFFENCE"] } }], "submit")).toEqual(
      ok([{ title: "Act 12", subjects: { selected: ["OFFENCE"] } }]),
    );
    expect(run(group, [{}])).toEqual(ok([{}]));
    expect(run(group, [])).toEqual(ok(null));
  });

  it("validates each sub-field as its own type, at [index, subKey, …]", () => {
    expect(run(group, [{ title: "A" }, { title: "B", adopted: "2020-02-30" }])).toEqual(fail([1, "adopted"], "validation.date"));
    expect(run(group, [{ title: "A", subjects: { selected: ["X"] } }])).toEqual(fail([0, "subjects", "selected", 0], "validation.option"));
    expect(run(group, [{ title: "A", country: "FRA" }])).toEqual(fail([0, "country"], "validation.unknownField"));
    expect(run(group, [null])).toEqual(fail([0], "validation.invalid"));
    expect(run(group, [{}, {}, {}])).toEqual(fail([], "validation.tooMany"));
  });

  it("requires each item's required sub-fields (the first, by default) and their completeness on submit", () => {
    expect(run(group, [{ adopted: "2020-01-01" }], "submit")).toEqual(fail([0, "title"], "validation.required"));
    expect(run(group, [{ title: "A", subjects: { selected: ["OTHER"] } }], "submit")).toEqual(fail([0, "subjects", "other"], "validation.specifyOther"));
  });

  it("skips hidden sub-fields in the completeness rules", () => {
    const issues = fieldCompletenessIssues(group, [{ adopted: "2020-01-01" }], (sub) => sub.key !== "title");
    expect(issues).toEqual([]);
  });
});

describe("validateFieldValue", () => {
  it("returns the value and no issue for a valid value, and the issues otherwise", () => {
    const ynp = field({ type: "YNP" });
    expect(validateFieldValue(ynp, "YES", { mode: "draft" })).toEqual({ value: "YES", issues: [] });
    expect(validateFieldValue(ynp, "OUI", { mode: "draft" }).issues).toEqual([{ path: [], message: "validation.option" }]);
  });
});

describe("isFieldValueEmpty", () => {
  it.each([
    [undefined, true],
    [null, true],
    ["", true],
    [" ", true],
    [Number.NaN, true],
    [[], true],
    [{}, true],
    [{ code: "" }, true],
    [{ selected: [] }, true],
    [{ value: null, currency: "USD" }, true],
    [{ notAvailable: false }, true],
    [{ cells: { FEMALE: { ADULT: null } } }, true],
    ["NO", false],
    [0, false],
    [{ code: "LAW" }, false],
    [{ selected: ["X"] }, false],
    [{ value: 0 }, false],
    [{ notAvailable: true }, false],
    [{ cells: { FEMALE: { ADULT: 0 } } }, false],
    [[{}], false],
  ])("%j → %s", (value, expected) => {
    expect(isFieldValueEmpty(value)).toBe(expected);
  });
});

describe("isFieldRequired", () => {
  it("defaults to the first field only and follows an explicit flag", () => {
    expect(isFieldRequired(field({ type: "DATE" }), 0)).toBe(true);
    expect(isFieldRequired(field({ type: "DATE" }), 1)).toBe(false);
    expect(isFieldRequired(field({ type: "DATE", required: false }), 0)).toBe(false);
    expect(isFieldRequired(field({ type: "DATE", required: true }), 3)).toBe(true);
  });
});

describe("QUESTIONNAIRE_VALIDATION_KEYS", () => {
  it("are catalogue keys, listed once", () => {
    expect(new Set(QUESTIONNAIRE_VALIDATION_KEYS).size).toBe(QUESTIONNAIRE_VALIDATION_KEYS.length);
    for (const key of QUESTIONNAIRE_VALIDATION_KEYS) expect(key).toMatch(/^validation\.[a-z][A-Za-z]+$/);
  });
});

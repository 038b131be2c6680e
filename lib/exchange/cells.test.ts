import { describe, expect, it } from "vitest";
import { checkAnswers } from "@/lib/questionnaire/build-answer-schema";
import type { QuestionField } from "@/lib/questionnaire/definition";
import { TEST_DEFINITION, TEST_FILE_IDS } from "@/lib/questionnaire/test-fixture";
import { decodeCell, encodeCell, exchangeSections, findColumn, unneutralise } from "./cells";
import { neutraliseCell } from "./neutralise";

function field(questionId: string, key: string): QuestionField {
  const question = TEST_DEFINITION.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
  const f = question?.fields.find((x) => x.key === key);
  if (!f) throw new Error(`no field ${questionId}.${key}`);
  return f;
}

/** Every field type with a stored value (as values.ts normalises it) and its expected cell. */
const CASES: { name: string; q: string; key: string; value: unknown; cell: string | number }[] = [
  { name: "YNP", q: "LEG-01", key: "status", value: "PARTIAL", cell: "PARTIAL" },
  { name: "TXT", q: "LEG-01", key: "details", value: "Bill; before: parliament", cell: "Bill; before: parliament" },
  { name: "SC", q: "LEG-02", key: "kind", value: { code: "LAW" }, cell: "LAW" },
  { name: "SC with other", q: "LEG-02", key: "kind", value: { code: "OTHER", other: "A decree: of 2020" }, cell: "OTHER: A decree: of 2020" },
  { name: "YEAR", q: "LEG-02", key: "year", value: 2015, cell: 2015 },
  { name: "MC", q: "LEG-03", key: "forms", value: { selected: ["SEXUAL", "LABOUR"] }, cell: "SEXUAL; LABOUR" },
  { name: "MC with other", q: "LEG-03", key: "forms", value: { selected: ["BEGGING", "OTHER"], other: "Organ removal; and more" }, cell: "BEGGING; OTHER: Organ removal; and more" },
  {
    name: "GROUP",
    q: "LEG-04",
    key: "laws",
    value: [{ title: "Act 694", adopted: "2005-12-05", subjects: { selected: ["OFFENCE"] } }, { title: "=Second act" }],
    cell: '[{"title":"Act 694","adopted":"2005-12-05","subjects":{"selected":["OFFENCE"]}},{"title":"=Second act"}]',
  },
  { name: "DATE", q: "LEG-05", key: "adoptedOn", value: "2019-02-28", cell: "2019-02-28" },
  {
    name: "INSTR",
    q: "LEG-06",
    key: "instruments",
    value: [{ instrument: "UNTOC", date: "2003-09-29", action: "RATIFICATION" }, { instrument: "TIP_PROTOCOL", action: "ACCESSION" }, { instrument: "SOM_PROTOCOL" }],
    cell: "UNTOC:2003-09-29:RATIFICATION; TIP_PROTOCOL::ACCESSION; SOM_PROTOCOL",
  },
  { name: "INT", q: "DAT-01", key: "victims", value: { value: 12 }, cell: 12 },
  { name: "INT not available", q: "DAT-01", key: "victims", value: { notAvailable: true }, cell: "NA" },
  { name: "INT grid", q: "DAT-02", key: "bySex", value: { cells: { FEMALE: { ADULT: 4, CHILD: 2 }, MALE: { CHILD: 0 } } }, cell: "FEMALE:ADULT=4; FEMALE:CHILD=2; MALE:CHILD=0" },
  { name: "INT grid without columns", q: "DAT-03", key: "cases", value: { cells: { INVESTIGATED: { VALUE: 3 }, CONVICTED: { VALUE: 1 } } }, cell: "INVESTIGATED=3; CONVICTED=1" },
  { name: "INT with currency", q: "DAT-03", key: "confiscated", value: { value: 25000, currency: "EUR" }, cell: "25000 EUR" },
  { name: "STATE_LIST", q: "DAT-04", key: "partners", value: ["FRA", "URY"], cell: "FRA; URY" },
  {
    name: "GP",
    q: "DAT-06",
    key: "practices",
    value: [{ title: "Shelters", description: "A network; of: shelters.", results: "+40%", consent: "ANONYMOUS" }],
    cell: '[{"title":"Shelters","description":"A network; of: shelters.","results":"+40%","consent":"ANONYMOUS"}]',
  },
];

describe("cell encodings", () => {
  it.each(CASES)("$name: encodes to the documented cell and decodes back to the same valid value", ({ q, key, value, cell }) => {
    const f = field(q, key);
    expect(encodeCell(f, value)).toEqual(cell);
    const decoded = decodeCell(f, cell);
    expect(decoded).toEqual({ ok: true, value });
    // The decoded value passes the questionnaire's own validation unchanged.
    const checked = checkAnswers(TEST_DEFINITION, { [q]: { [key]: (decoded as { value: unknown }).value } }, { mode: "draft", modules: ["CONFLICT"] });
    expect(checked.issues).toEqual([]);
    expect(checked.data[q]?.[key]).toEqual(value);
  });

  it.each(CASES)("$name: survives neutralisation and the reading back of a spreadsheet", ({ q, key, value }) => {
    const f = field(q, key);
    const cell = encodeCell(f, value);
    const written = typeof cell === "string" ? neutraliseCell(cell) : cell;
    expect(decodeCell(f, written)).toEqual({ ok: true, value });
  });

  it("encodes unanswered values as empty cells and decodes empty cells as no answer", () => {
    expect(encodeCell(field("LEG-01", "status"), null)).toBeNull();
    expect(encodeCell(field("LEG-03", "forms"), { selected: [] })).toBeNull();
    expect(decodeCell(field("LEG-01", "status"), "  ")).toEqual({ ok: true, value: undefined });
    expect(decodeCell(field("DAT-01", "victims"), null)).toEqual({ ok: true, value: undefined });
  });

  it("exports FILE values as attachment ids but refuses them on import", () => {
    const f = field("DAT-05", "documents");
    expect(encodeCell(f, [TEST_FILE_IDS[0], TEST_FILE_IDS[1]])).toBe(`${TEST_FILE_IDS[0]}; ${TEST_FILE_IDS[1]}`);
    expect(decodeCell(f, TEST_FILE_IDS[0])).toMatchObject({ ok: false, reason: expect.stringContaining("Attachments") });
  });

  it("reads what people type: lower-case codes, dates as date cells, numbers as text", () => {
    expect(decodeCell(field("LEG-01", "status"), "yes")).toEqual({ ok: true, value: "YES" });
    expect(decodeCell(field("LEG-05", "adoptedOn"), new Date(Date.UTC(2019, 1, 28)))).toEqual({ ok: true, value: "2019-02-28" });
    expect(decodeCell(field("LEG-02", "year"), "2015")).toEqual({ ok: true, value: 2015 });
    expect(decodeCell(field("DAT-01", "victims"), "na")).toEqual({ ok: true, value: { notAvailable: true } });
    expect(decodeCell(field("LEG-01", "details"), { richText: [{ text: "Bold " }, { text: "text" }] })).toEqual({ ok: true, value: "Bold text" });
  });

  it("gives a reason for cells that cannot be read", () => {
    expect(decodeCell(field("DAT-01", "victims"), "twelve")).toMatchObject({ ok: false, reason: expect.stringContaining("whole number") });
    expect(decodeCell(field("LEG-02", "year"), "MMXV")).toMatchObject({ ok: false, reason: expect.stringContaining("year") });
    expect(decodeCell(field("DAT-02", "bySex"), "FEMALE=lots")).toMatchObject({ ok: false, reason: expect.stringContaining("grid") });
    expect(decodeCell(field("DAT-06", "practices"), "[not json")).toMatchObject({ ok: false, reason: expect.stringContaining("JSON") });
    expect(decodeCell(field("DAT-01", "victims"), { formula: "1+1", result: 2 })).toMatchObject({ ok: false, reason: expect.stringContaining("Formulas") });
  });

  it("leaves option codes to the questionnaire's validation, which names them", () => {
    const decoded = decodeCell(field("LEG-02", "kind"), "DECREE");
    expect(decoded).toEqual({ ok: true, value: { code: "DECREE" } });
    const checked = checkAnswers(TEST_DEFINITION, { "LEG-02": { kind: (decoded as { value: unknown }).value } }, { mode: "draft" });
    expect(checked.issues).toEqual([{ path: ["LEG-02", "kind", "code"], message: "validation.option" }]);
  });

  it("removes only the apostrophe that neutralisation adds", () => {
    expect(unneutralise("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unneutralise("'-5")).toBe("-5");
    expect(unneutralise("'quoted'")).toBe("'quoted'");
  });
});

describe("columns", () => {
  it("has one column per question field, named QID or QID.field, and only the sections the cycle offers", () => {
    const without = exchangeSections(TEST_DEFINITION, []);
    expect(without.map((s) => s.section.code)).toEqual(["A", "B"]);
    const keys = without.flatMap((s) => s.columns.map((c) => c.key));
    expect(keys).toContain("LEG-01.status");
    expect(keys).toContain("LEG-01.details");
    expect(keys).toContain("DAT-01");
    expect(exchangeSections(TEST_DEFINITION, ["CONFLICT"]).map((s) => s.section.code)).toEqual(["A", "B", "J"]);
  });

  it("finds a column by header and names what is unknown", () => {
    const sections = exchangeSections(TEST_DEFINITION, []);
    expect(findColumn(sections, "LEG-01.details")).toMatchObject({ questionId: "LEG-01", key: "LEG-01.details" });
    expect(findColumn(sections, "DAT-01")).toMatchObject({ questionId: "DAT-01", key: "DAT-01" });
    expect(findColumn(sections, "LEG-01.nope")).toEqual({ questionId: "LEG-01", unknownField: "nope" });
    expect(findColumn(sections, "ZZZ-99")).toEqual({ questionId: "ZZZ-99" });
  });
});

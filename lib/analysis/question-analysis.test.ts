import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TEST_DEFINITION } from "@/lib/questionnaire/test-fixture";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import {
  analysePreparedQuestion,
  analyseQuestion,
  findQuestion,
  offeredQuestions,
  prepareReplies,
  questionsNeededFor,
  type FieldAnalysis,
  type ReplyForAnalysis,
} from "./question-analysis";
import { numberStats } from "./stats";

const NO_MODULES = { modules: [] as string[] };

function reply(id: string, answers: UncheckedAnswers, accepted = true): ReplyForAnalysis {
  return { state: { id, name: `State ${id}`, accepted }, answers };
}

function field<K extends FieldAnalysis["kind"]>(fields: FieldAnalysis[], key: string, kind: K): Extract<FieldAnalysis, { kind: K }> {
  const f = fields.find((x) => x.key === key);
  if (!f || f.kind !== kind) throw new Error(`no ${kind} field ${key}`);
  return f as Extract<FieldAnalysis, { kind: K }>;
}

const counts = (bars: { code: string; count: number }[]) => Object.fromEntries(bars.map((b) => [b.code, b.count]));

describe("numberStats", () => {
  it("gives total, range, median and count; the median of an even count is the mean of the middle two", () => {
    expect(numberStats([5, 1, 9])).toEqual({ reporting: 3, total: 15, min: 1, max: 9, median: 5 });
    expect(numberStats([4, 1, 3, 10])).toEqual({ reporting: 4, total: 18, min: 1, max: 10, median: 3.5 });
    expect(numberStats([])).toEqual({ reporting: 0, total: 0, min: null, max: null, median: null });
  });
});

describe("analyseQuestion: YNP", () => {
  const replies = [
    reply("AAA", { "LEG-01": { status: "YES", details: "A law of 2005" } }),
    reply("BBB", { "LEG-01": { status: "YES" } }),
    reply("CCC", { "LEG-01": { status: "PARTIAL" } }),
    reply("DDD", { "LEG-01": { status: "NO" } }),
    reply("EEE", { "LEG-01": { status: "NOT_APPLICABLE" } }),
    reply("FFF", { "LEG-01": { status: "NOT_AVAILABLE" } }, false),
    reply("GGG", {}),
  ];
  const a = analyseQuestion(TEST_DEFINITION, "LEG-01", replies, NO_MODULES);

  it("counts yes / partial / no as bars and not applicable / not available apart, out of the base", () => {
    const status = field(a.fields, "status", "choice");
    expect(status.bars.map((b) => b.code)).toEqual(["YES", "PARTIAL", "NO"]);
    expect(counts(status.bars)).toEqual({ YES: 2, PARTIAL: 1, NO: 1 });
    expect(counts(status.apart)).toEqual({ NOT_APPLICABLE: 1, NOT_AVAILABLE: 1 });
    expect(status.answered).toBe(6);
    expect(status.base).toBe(4);
    expect(status.bars[0]!.states.map((s) => s.id)).toEqual(["AAA", "BBB"]);
    expect(status.apart[1]!.states[0]).toEqual({ id: "FFF", name: "State FFF", accepted: false });
  });

  it("gives the denominator: replies, States that saw the question and States that answered it", () => {
    expect(a).toMatchObject({ replies: 7, seen: 7, answered: 6 });
    expect(a.unanswered.map((s) => s.id)).toEqual(["GGG"]);
  });

  it("lists the text answers side by side with their word count", () => {
    const details = field(a.fields, "details", "text");
    expect(details.entries).toEqual([{ state: { id: "AAA", name: "State AAA", accepted: true }, text: "A law of 2005", words: 4 }]);
  });

  it("has no PARTIAL bar for a field without partial answers", () => {
    const con = analyseQuestion(TEST_DEFINITION, "CON-01", [reply("AAA", { "CON-01": { situation: { code: "NONE" }, hosting: "NO" } })], { modules: ["CONFLICT"] });
    expect(field(con.fields, "hosting", "choice").bars.map((b) => b.code)).toEqual(["YES", "NO"]);
  });
});

describe("analyseQuestion: SC and MC", () => {
  it("counts single choices per option and lists the 'Other' texts", () => {
    const replies = [
      reply("AAA", { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "LAW" }, year: 2010 } }),
      reply("BBB", { "LEG-01": { status: "PARTIAL" }, "LEG-02": { kind: { code: "OTHER", other: "A decree" } } }),
      reply("CCC", { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "LAW" }, year: 2004 } }),
    ];
    const a = analyseQuestion(TEST_DEFINITION, "LEG-02", replies, NO_MODULES);
    const kind = field(a.fields, "kind", "choice");
    expect(counts(kind.bars)).toEqual({ LAW: 2, POLICY: 0, OTHER: 1 });
    expect(kind.multiple).toBe(false);
    expect(kind.others.map((o) => [o.state.id, o.text, o.words])).toEqual([["BBB", "A decree", 2]]);
    const year = field(a.fields, "year", "dates");
    expect(year.values.map((v) => v.value)).toEqual(["2004", "2010"]);
    expect(counts(year.bars)).toEqual({ "2004": 1, "2010": 1 });
  });

  it("counts each option a State chose in a multiple choice, with the 'Other' text", () => {
    const base = { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "LAW" }, year: 2010 } };
    const replies = [
      reply("AAA", { ...base, "LEG-03": { forms: { selected: ["SEXUAL", "LABOUR"] } } }),
      reply("BBB", { ...base, "LEG-03": { forms: { selected: ["SEXUAL", "OTHER"], other: "Organ removal" } } }),
      reply("CCC", { ...base, "LEG-03": { forms: { selected: ["NONE"] } } }),
    ];
    const forms = field(analyseQuestion(TEST_DEFINITION, "LEG-03", replies, NO_MODULES).fields, "forms", "choice");
    expect(counts(forms.bars)).toEqual({ SEXUAL: 2, LABOUR: 1, BEGGING: 0, OTHER: 1, NONE: 1 });
    expect(forms.multiple).toBe(true);
    expect(forms.answered).toBe(3);
    expect(forms.others).toEqual([{ state: { id: "BBB", name: "State BBB", accepted: true }, text: "Organ removal", words: 2 }]);
  });
});

describe("analyseQuestion: hidden answers", () => {
  it("ignores answers to a question the State's other answers hide, and does not count it as seen", () => {
    const replies = [
      reply("AAA", { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "LAW" }, year: 2010 } }),
      // LEG-01 = NO hides LEG-02: the stored answer is ignored.
      reply("BBB", { "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "POLICY" } } }),
    ];
    const a = analyseQuestion(TEST_DEFINITION, "LEG-02", replies, NO_MODULES);
    expect(a).toMatchObject({ replies: 2, seen: 1, answered: 1 });
    expect(counts(field(a.fields, "kind", "choice").bars)).toEqual({ LAW: 1, POLICY: 0, OTHER: 0 });
  });

  it("ignores a hidden field of a visible question, and a chain hidden further up", () => {
    const replies = [
      // kind = POLICY hides the year.
      reply("AAA", { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "POLICY" }, year: 1999 }, "LEG-03": { forms: { selected: ["SEXUAL"] } } }),
      // LEG-01 = NO hides LEG-02, hence LEG-03 whatever LEG-02 stores.
      reply("BBB", { "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "LAW" } }, "LEG-03": { forms: { selected: ["LABOUR"] } } }),
    ];
    expect(field(analyseQuestion(TEST_DEFINITION, "LEG-02", replies, NO_MODULES).fields, "year", "dates").answered).toBe(0);
    const leg03 = analyseQuestion(TEST_DEFINITION, "LEG-03", replies, NO_MODULES);
    expect(leg03.seen).toBe(1);
    expect(counts(field(leg03.fields, "forms", "choice").bars)).toMatchObject({ SEXUAL: 1, LABOUR: 0 });
  });

  it("counts nobody for a question of a module the cycle does not have", () => {
    const a = analyseQuestion(TEST_DEFINITION, "CON-02", [reply("AAA", { "CON-01": { situation: { code: "INTERNATIONAL" } }, "CON-02": { victims: { value: 4 } } })], NO_MODULES);
    expect(a).toMatchObject({ replies: 1, seen: 0, answered: 0 });
    expect(field(a.fields, "victims", "number").series[0]!.stats.reporting).toBe(0);
  });
});

describe("analyseQuestion: INT", () => {
  it("gives total, range, median and coverage, with 'not available' apart", () => {
    const replies = [
      reply("AAA", { "DAT-01": { victims: { value: 10 } } }),
      reply("BBB", { "DAT-01": { victims: { value: 0 } } }),
      reply("CCC", { "DAT-01": { victims: { value: 31 } } }),
      reply("DDD", { "DAT-01": { victims: { notAvailable: true } } }),
      reply("EEE", {}),
    ];
    const a = analyseQuestion(TEST_DEFINITION, "DAT-01", replies, NO_MODULES);
    const victims = field(a.fields, "victims", "number");
    expect(victims.series).toHaveLength(1);
    expect(victims.series[0]!.stats).toEqual({ reporting: 3, total: 41, min: 0, max: 31, median: 10 });
    expect(victims.notAvailable.map((s) => s.id)).toEqual(["DDD"]);
    expect(victims).toMatchObject({ answered: 4, reporting: 3, unit: "persons", grid: false });
    expect(a.answered).toBe(4);
  });

  it("gives the figures per grid cell, every cell listed even without figures", () => {
    const replies = [
      reply("AAA", { "DAT-02": { bySex: { cells: { FEMALE: { ADULT: 5, CHILD: 2 }, MALE: { ADULT: 1 } } } } }),
      reply("BBB", { "DAT-02": { bySex: { cells: { FEMALE: { ADULT: 7 } } } } }),
      reply("CCC", { "DAT-02": { bySex: { notAvailable: true } } }),
    ];
    const bySex = field(analyseQuestion(TEST_DEFINITION, "DAT-02", replies, NO_MODULES).fields, "bySex", "number");
    expect(bySex.series.map((s) => s.key)).toEqual(["FEMALE/ADULT", "FEMALE/CHILD", "MALE/ADULT", "MALE/CHILD", "OTHER/ADULT", "OTHER/CHILD"]);
    const cell = (key: string) => bySex.series.find((s) => s.key === key)!.stats;
    expect(cell("FEMALE/ADULT")).toEqual({ reporting: 2, total: 12, min: 5, max: 7, median: 6 });
    expect(cell("FEMALE/CHILD").total).toBe(2);
    expect(cell("OTHER/CHILD")).toEqual({ reporting: 0, total: 0, min: null, max: null, median: null });
    expect(bySex).toMatchObject({ grid: true, reporting: 2, answered: 3 });
    expect(bySex.notAvailable.map((s) => s.id)).toEqual(["CCC"]);
  });

  it("keeps amounts in different currencies in separate series", () => {
    const replies = [
      reply("AAA", { "DAT-03": { confiscated: { value: 100, currency: "USD" } } }),
      reply("BBB", { "DAT-03": { confiscated: { value: 50, currency: "EUR" } } }),
      reply("CCC", { "DAT-03": { confiscated: { value: 20, currency: "USD" } } }),
    ];
    const confiscated = field(analyseQuestion(TEST_DEFINITION, "DAT-03", replies, NO_MODULES).fields, "confiscated", "number");
    expect(Object.fromEntries(confiscated.series.map((s) => [s.currency, s.stats.total]))).toEqual({ USD: 120, EUR: 50 });
  });
});

describe("analyseQuestion: lists and texts", () => {
  it("counts instruments and the States named, and shows good practices and groups side by side", () => {
    const replies = [
      reply("AAA", {
        "LEG-04": { laws: [{ title: "Act 694 on trafficking", adopted: "2005-12-05" }, { title: "Regulation 2" }] },
        "LEG-06": { instruments: [{ instrument: "UNTOC" }, { instrument: "TIP_PROTOCOL" }] },
        "DAT-04": { partners: ["SEN", "CIV"], notes: "Joint investigations" },
        "DAT-06": { practices: [{ title: "Shelters", description: "A network of shelters.", consent: "NAMED" }] },
      }),
      reply("BBB", { "LEG-06": { instruments: [{ instrument: "UNTOC" }] }, "DAT-04": { partners: ["SEN"] } }),
    ];
    const names = new Map([["SEN", "Senegal"], ["CIV", "Côte d'Ivoire"]]);
    const instruments = field(analyseQuestion(TEST_DEFINITION, "LEG-06", replies, NO_MODULES).fields, "instruments", "choice");
    expect(counts(instruments.bars)).toEqual({ UNTOC: 2, TIP_PROTOCOL: 1, SOM_PROTOCOL: 0 });

    const partners = analyseQuestion(TEST_DEFINITION, "DAT-04", replies, NO_MODULES, { stateNames: names });
    const named = field(partners.fields, "partners", "choice");
    expect(named.bars.map((b) => [b.code, b.label, b.count])).toEqual([["SEN", "Senegal", 2], ["CIV", "Côte d'Ivoire", 1]]);
    expect(field(partners.fields, "notes", "text").entries.map((e) => e.state.id)).toEqual(["AAA"]);

    const laws = field(analyseQuestion(TEST_DEFINITION, "LEG-04", replies, NO_MODULES).fields, "laws", "group");
    expect(laws.entries).toHaveLength(1);
    expect(laws.entries[0]!.items[0]).toEqual([{ label: "Title", text: "Act 694 on trafficking" }, { label: "Date of adoption", text: "2005-12-05" }]);
    expect(laws.entries[0]!.words).toBe(6);

    const gp = field(analyseQuestion(TEST_DEFINITION, "DAT-06", replies, NO_MODULES).fields, "practices", "goodPractices");
    expect(gp.entries[0]!.items[0]).toMatchObject({ title: "Shelters", consent: "NAMED", words: 5 });
  });
});

describe("helpers", () => {
  it("finds questions, the questions a cycle offers and the answers a question's visibility needs", () => {
    expect(findQuestion(TEST_DEFINITION, "DAT-02")?.section.code).toBe("B");
    expect(findQuestion(TEST_DEFINITION, "XXX-01")).toBeUndefined();
    expect(offeredQuestions(TEST_DEFINITION, NO_MODULES).some((q) => q.question.id === "CON-01")).toBe(false);
    expect(offeredQuestions(TEST_DEFINITION, { modules: ["CONFLICT"] }).some((q) => q.question.id === "CON-01")).toBe(true);
    expect([...questionsNeededFor(TEST_DEFINITION, "LEG-03")].sort()).toEqual(["LEG-01", "LEG-02", "LEG-03"]);
    expect([...questionsNeededFor(TEST_DEFINITION, "DAT-01")]).toEqual(["DAT-01"]);
    expect(() => analyseQuestion(TEST_DEFINITION, "XXX-01", [], NO_MODULES)).toThrow(/unknown question/);
  });
});

describe("analysePreparedQuestion", () => {
  const replies = [
    reply("AAA", { "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "POLICY" }, year: 1999 }, "LEG-03": { forms: { selected: ["SEXUAL"] } } }),
    reply("BBB", { "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "LAW" } }, "LEG-03": { forms: { selected: ["LABOUR"] } } }),
    // LEG-03 shown (kind = LAW) but unanswered; a module question; a State named twice.
    reply("CCC", { "LEG-01": { status: "PARTIAL" }, "LEG-02": { kind: { code: "LAW" }, year: 2001 }, "CON-02": { victims: { value: 4 } }, "DAT-04": { partners: ["SEN", "SEN", "CIV"] } }),
    reply("DDD", {}),
  ];

  it("gives what analyseQuestion gives for every question, hidden answers and module questions included, the same answers under two module sets", () => {
    // The same reply objects are prepared under both module sets: visibility kept for later preparations must be kept per modules.
    for (const ctx of [NO_MODULES, { modules: ["CONFLICT"] }]) {
      const prepared = prepareReplies(TEST_DEFINITION, replies, ctx);
      for (const { id } of TEST_DEFINITION.sections.flatMap((s) => s.questions)) {
        expect(analysePreparedQuestion(prepared, id), id).toEqual(analyseQuestion(TEST_DEFINITION, id, replies, ctx));
      }
    }
    const leg03 = analysePreparedQuestion(prepareReplies(TEST_DEFINITION, replies, NO_MODULES), "LEG-03");
    expect(leg03).toMatchObject({ replies: 4, seen: 2 });
    expect(leg03.unanswered.map((s) => s.id)).toEqual(["CCC"]);
  });

  it("counts a State once on a bar even when its list names the same code twice", () => {
    const partners = field(analysePreparedQuestion(prepareReplies(TEST_DEFINITION, replies, NO_MODULES), "DAT-04").fields, "partners", "choice");
    expect(partners.bars.map((b) => [b.code, b.count, b.states.map((s) => s.id)])).toEqual([
      ["CIV", 1, ["CCC"]],
      ["SEN", 1, ["CCC"]],
    ]);
  });

  it("refuses an unknown question", () => {
    expect(() => analysePreparedQuestion(prepareReplies(TEST_DEFINITION, [], NO_MODULES), "XXX-01")).toThrow(/unknown question XXX-01/);
  });
});

describe("analyseQuestion: figures in a repeating group", () => {
  // PROT-04 of the questionnaire on trafficking: byYear items {year, bySexAndAge grid, byForm grid}.
  const tip = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
  const year = (y: number, female: number, child: number) => ({ year: y, bySexAndAge: { cells: { FEMALE: { ADULT: female }, MALE: { CHILD: child } } } });
  const replies = [
    reply("AAA", { "PROT-04": { byYear: [year(2025, 10, 2), year(2026, 30, 4)] } }),
    reply("BBB", { "PROT-04": { byYear: [year(2026, 5, 0), year(2025, 7, 1)] } }),
    reply("CCC", { "PROT-04": { byYear: [{ year: 2025, bySexAndAge: { notAvailable: true } }, { year: 2026, bySexAndAge: { notAvailable: true } }] } }),
    reply("DDD", { "PROT-04": { byYear: [{ year: 2025, bySexAndAge: { notAvailable: true } }, year(2026, 1, 0)] } }),
    reply("EEE", { "PROT-04": { details: "No figures." } }),
  ];
  const group = field(analyseQuestion(tip, "PROT-04", replies, { modules: ["CONFLICT"] }).fields, "byYear", "group");

  it("sums each INT sub-field over a State's items, as a top-level INT field, with 'not available' apart", () => {
    expect(group.numbers.map((n) => n.field.key)).toEqual(["bySexAndAge", "byCitizenship", "byForm"]);
    const bySexAndAge = group.numbers[0]!.field;
    expect(bySexAndAge.reporting).toBe(3);
    expect(bySexAndAge.notAvailable.map((s) => s.id)).toEqual(["CCC"]);
    const female = bySexAndAge.series.find((s) => s.key === "FEMALE/ADULT")!;
    expect(female.values.map((v) => [v.state.id, v.value])).toEqual([["AAA", 40], ["BBB", 12], ["DDD", 1]]);
    expect(female.stats.total).toBe(53);
    expect(bySexAndAge.series.find((s) => s.key === "MALE/CHILD")!.stats.total).toBe(7);
    expect(group.numbers[2]!.field.reporting).toBe(0);
  });

  it("gives each State's figures per year, in increasing order, for trends", () => {
    const byYear = group.numbers[0]!.byYear;
    expect(byYear.map((b) => b.state.id)).toEqual(["AAA", "BBB", "DDD"]);
    expect(byYear[1]!.years).toEqual([{ year: 2025, figures: { "FEMALE/ADULT": 7, "MALE/CHILD": 1 } }, { year: 2026, figures: { "FEMALE/ADULT": 5, "MALE/CHILD": 0 } }]);
    expect(byYear[2]!.years.map((y) => y.year)).toEqual([2026]);
  });
});

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findConditionCycles } from "@/lib/questionnaire/conditions";
import { ZQuestionnaireDefinition, type Condition, type QuestionField } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V1 } from "./definition-v1";

const BRIEF_PATH = path.join(__dirname, "../../../../shared/domain/BRIEF.md");

/** Every question of BRIEF §4.5 (sections B–K), in the brief's order. */
const BRIEF_QUESTION_IDS = [
  ...["RAT-01", "RAT-02", "RAT-03", "RAT-04", "RAT-05"],
  ...["LEG-01", "LEG-02", "LEG-03", "LEG-04", "LEG-05", "LEG-06", "LEG-07", "LEG-08", "LEG-09", "LEG-10", "LEG-11", "LEG-12"],
  ...["COORD-01", "COORD-02", "COORD-03", "COORD-04", "COORD-05"],
  ...["PREV-01", "PREV-02", "PREV-03", "PREV-04", "PREV-05", "PREV-06", "PREV-07", "PREV-08"],
  ...["PROT-01", "PROT-02", "PROT-03", "PROT-04", "PROT-05", "PROT-06", "PROT-07", "PROT-08", "PROT-09", "PROT-10", "PROT-11", "PROT-12", "PROT-13"],
  ...["ACC-01", "ACC-02", "ACC-03", "ACC-04", "ACC-05", "ACC-06", "ACC-07", "ACC-08", "ACC-09", "ACC-10"],
  ...["COOP-01", "COOP-02", "COOP-03", "COOP-04", "COOP-05", "COOP-06"],
  ...["DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05"],
  ...["CONF-01", "CONF-02", "CONF-03", "CONF-04", "CONF-05", "CONF-06", "CONF-07", "CONF-08", "CONF-09", "CONF-10", "CONF-11"],
  ...["GP-01", "GP-02", "GP-03"],
];

/** Section A: the two submission-metadata items of §4.4 that are questions (the others are system fields). */
const TRANSCRIBED_IDS = ["META-04", "META-06", ...BRIEF_QUESTION_IDS];

const definition = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);
const questions = definition.sections.flatMap((s) => s.questions.map((q) => ({ ...q, section: s.code })));
const question = (id: string) => {
  const q = questions.find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} missing`);
  return q;
};
const field = (id: string, key: string): QuestionField => {
  const f = question(id).fields.find((x) => x.key === key);
  if (!f) throw new Error(`field ${id}.${key} missing`);
  return f;
};
const optionCodes = (f: QuestionField): string[] => ("options" in f ? f.options.map((o) => o.code) : []);

/** Every leaf field, including the sub-fields of groups, with a path for messages. */
const allFields = questions.flatMap((q) =>
  q.fields.flatMap((f) => [{ where: `${q.id}.${f.key}`, f: f as QuestionField }, ...(f.type === "GROUP" ? f.fields.map((s) => ({ where: `${q.id}.${f.key}.${s.key}`, f: s as QuestionField })) : [])]),
);

/** The question IDs of BRIEF §4.5, scanned from the bold question headings. */
function scanBriefQuestionIds(text: string): string[] {
  const start = text.indexOf("### 4.5");
  const end = text.indexOf("### 4.6");
  if (start < 0 || end < start) throw new Error("BRIEF.md: §4.5 not found");
  return text
    .slice(start, end)
    .split("\n")
    .map((line) => /^\*\*([A-Z]+-\d{2})\./.exec(line)?.[1])
    .filter((id): id is string => Boolean(id));
}

describe("TIP questionnaire v1", () => {
  it("parses with the definition schema", () => {
    expect(ZQuestionnaireDefinition.safeParse(TIP_QUESTIONNAIRE_V1).success).toBe(true);
    expect(definition).toMatchObject({ key: "tip", version: 1, title: "Questionnaire on trafficking in persons", sourceLocale: "en", modules: ["CONFLICT"] });
  });

  it("has sections A to K in order", () => {
    expect(definition.sections.map((s) => s.code)).toEqual(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"]);
  });

  it("transcribes every question, in order", () => {
    expect(questions.map((q) => q.id)).toEqual(TRANSCRIBED_IDS);
    expect(BRIEF_QUESTION_IDS).toHaveLength(78); // the brief's own count (§4.5 "Question count")
  });

  it("has exactly the question IDs of BRIEF §4.5", (ctx) => {
    if (!existsSync(BRIEF_PATH)) {
      ctx.skip(`BRIEF.md not found at ${BRIEF_PATH}: comparison with §4.5 skipped`);
      return;
    }
    const scanned = scanBriefQuestionIds(readFileSync(BRIEF_PATH, "utf8"));
    expect(scanned).toEqual(BRIEF_QUESTION_IDS);
    expect(questions.filter((q) => q.section !== "A").map((q) => q.id)).toEqual(scanned);
  });

  it("groups the questions by section as the brief does", () => {
    const prefixes: Record<string, string> = { A: "META", B: "RAT", C: "LEG", D: "COORD", E: "PREV", F: "PROT", G: "ACC", H: "COOP", I: "DATA", J: "CONF", K: "GP" };
    for (const q of questions) expect(q.id.split("-")[0], q.id).toBe(prefixes[q.section]);
    const counts = Object.fromEntries(definition.sections.map((s) => [s.code, s.questions.length]));
    expect(counts).toEqual({ A: 2, B: 5, C: 12, D: 5, E: 8, F: 13, G: 10, H: 6, I: 5, J: 11, K: 3 });
  });

  it("puts section J, and only section J, in the CONFLICT module", () => {
    expect(definition.sections.filter((s) => s.module).map((s) => [s.code, s.module])).toEqual([["J", "CONFLICT"]]);
  });

  it("gives every COND question a requiredWhen", () => {
    const cond = questions.filter((q) => q.requirement === "COND");
    expect(cond.map((q) => q.id)).toEqual(["RAT-03", "LEG-11", "COORD-02", "ACC-07", "ACC-09", "CONF-05"]);
    for (const q of cond) expect(q.requiredWhen, q.id).toBeDefined();
    // Where the condition is on another question, the question is also hidden until it holds.
    for (const id of ["RAT-03", "LEG-11", "COORD-02", "ACC-09"]) expect(question(id).visibleWhen, id).toEqual(question(id).requiredWhen);
  });

  it("has no visibility condition that depends on itself", () => {
    expect(findConditionCycles(definition)).toEqual([]);
  });

  it("expresses the brief's conditions", () => {
    const notParty = ["SIGNATORY", "NOT_SIGNATORY"];
    expect(question("RAT-03").requiredWhen).toEqual({
      any: [
        { question: "RAT-01", field: "status", op: "in", values: notParty },
        { question: "RAT-02", field: "status", op: "in", values: notParty },
      ],
    } satisfies Condition);
    expect(question("LEG-11").requiredWhen).toEqual({ question: "LEG-10", field: "nonPunishment", op: "equals", value: "STATUTORY_LIMITED" });
    expect(optionCodes(field("LEG-10", "nonPunishment"))).toContain("STATUTORY_LIMITED");
    expect(question("COORD-02").requiredWhen).toEqual({ question: "COORD-01", field: "status", op: "in", values: ["IN_FORCE", "IN_PREPARATION"] });
  });

  it("has unique option codes in every field, group sub-field, instrument list and grid axis", () => {
    const unique = (codes: string[]) => new Set(codes).size === codes.length;
    for (const { where, f } of allFields) {
      expect(unique(optionCodes(f)), where).toBe(true);
      if (f.type === "INSTR") {
        expect(unique(f.instruments.map((o) => o.code)), where).toBe(true);
        expect(unique((f.actions ?? []).map((o) => o.code)), where).toBe(true);
      }
      if (f.type === "INT" && f.grid) {
        expect(unique(f.grid.rows.map((r) => r.code)), where).toBe(true);
        expect(unique((f.grid.columns ?? []).map((c) => c.code)), where).toBe(true);
      }
    }
  });

  it("marks every \"Other\" as specify and every \"None\" as exclusive", () => {
    for (const { where, f } of allFields) {
      if (!("options" in f)) continue;
      for (const o of f.options) {
        if (o.code === "OTHER") expect(o.specify, `${where} OTHER`).toBe(true);
        if (o.code === "NONE" && f.type === "MC") expect(o.exclusive, `${where} NONE`).toBe(true);
      }
    }
  });

  it("feeds only the report sections of BRIEF §4.3", () => {
    const known = ["T-RAT", "T-LEG", "T-COORD", "T-PREV", "T-SUPPLY", "T-PROT", "T-ACC", "T-FIN", "T-PK", "T-COOP", "T-DATA", "T-CONF", "T-RES", "T-REC", "T-FN"];
    for (const q of questions) for (const s of q.feeds.sections) expect(known, `${q.id} feeds ${s}`).toContain(s);
  });

  it("transcribes RAT-01 as a status and a deposit date", () => {
    expect(question("RAT-01").requirement).toBe("R");
    expect(question("RAT-01").fields.map((f) => [f.key, f.type])).toEqual([
      ["status", "SC"],
      ["depositDate", "DATE"],
    ]);
    expect(optionCodes(field("RAT-01", "status"))).toEqual(["PARTY", "SIGNATORY", "NOT_SIGNATORY"]);
    expect(field("RAT-01", "depositDate").required).toBe(false);
  });

  it("transcribes LEG-06 as a YNP and a group of laws shown on yes or partial", () => {
    expect(field("LEG-06", "adopted").type).toBe("YNP");
    const laws = field("LEG-06", "laws");
    expect(laws.type).toBe("GROUP");
    if (laws.type !== "GROUP") return;
    expect(laws.fields.map((f) => [f.key, f.type])).toEqual([
      ["title", "TXT"],
      ["date", "DATE"],
      ["subjects", "MC"],
    ]);
    expect(laws.visibleWhen).toEqual({ question: "LEG-06", field: "adopted", op: "in", values: ["YES", "PARTIAL"] });
    const subjects = laws.fields.find((f) => f.key === "subjects");
    expect(subjects && optionCodes(subjects as QuestionField)).toContain("ORGAN_TRAFFICKING");
  });

  it("offers the armed and terrorist groups of BRIEF §5.10 in CONF-03", () => {
    const groups = field("CONF-03", "groups");
    expect(optionCodes(groups)).toEqual(["ISIL", "BOKO_HARAM", "AL_SHABAAB", "AL_QAIDA", "LORDS_RESISTANCE_ARMY", "HAYAT_TAHRIR_AL_SHAM", "TAMIL_TIGERS", "OTHER"]);
    if (groups.type !== "MC") throw new Error("CONF-03.groups is not a multiple choice");
    expect(groups.options.find((o) => o.code === "OTHER")?.specify).toBe(true);
  });

  it("offers the §5.1 instruments in RAT-04 and RAT-05", () => {
    const rat04 = field("RAT-04", "instruments");
    const rat05 = field("RAT-05", "treatyActions");
    if (rat04.type !== "INSTR" || rat05.type !== "INSTR") throw new Error("RAT-04/RAT-05 are not INSTR fields");
    const codes04 = rat04.instruments.map((o) => o.code);
    expect(codes04).toEqual(expect.arrayContaining(["ILO_C029", "ILO_P029", "ILO_C105", "ILO_C182", "CRC_OPSC", "CRC_OPAC", "ROME_STATUTE", "COE_TRAFFICKING_CONVENTION"]));
    expect(codes04).not.toContain("UNTOC");
    expect(rat05.instruments.map((o) => o.code)).toEqual(["UNTOC", "TIP_PROTOCOL", ...codes04]);
    expect(rat05.actions?.map((o) => o.code)).toEqual(expect.arrayContaining(["SIGNATURE", "RATIFICATION", "ACCESSION"]));
  });

  it("asks section A for the focal point and the naming consent only", () => {
    expect(question("META-04").requirement).toBe("R");
    expect(question("META-06").requirement).toBe("R");
    expect(optionCodes(field("META-06", "consent"))).toEqual(["MAY_BE_NAMED", "GOOD_PRACTICE_ONLY", "ANONYMOUS_ONLY"]);
    expect(questions.map((q) => q.id)).not.toEqual(expect.arrayContaining(["META-01"]));
  });

  it("quotes the glossary where the brief asks for it", () => {
    expect(question("LEG-01").help).toContain("The recruitment, transportation, transfer, harbouring or receipt of persons");
    expect(question("LEG-04").help).toContain("The 'means' element is not a requisite");
    expect(question("PROT-01").help).toContain("A national referral mechanism is a cooperative framework");
    expect(question("CONF-01").help).toContain("Armed conflicts not of an international character");
  });

  it("keeps the brief's word limits", () => {
    const limit = (id: string, key: string) => {
      const f = field(id, key);
      return f.type === "TXT" ? f.wordLimit : undefined;
    };
    expect(limit("RAT-03", "details")).toBe(100);
    expect(limit("DATA-04", "description")).toBe(150);
    expect(limit("GP-03", "comments")).toBe(300);
    expect(field("GP-01", "practices")).toMatchObject({ type: "GP", count: 3 });
  });

  it("uses withCurrency for amounts and sex × age grids where the brief asks for them", () => {
    for (const [id, key] of [
      ["COORD-05", "amount"],
      ["ACC-03", "amountFrozen"],
      ["ACC-03", "amountConfiscated"],
      ["PROT-12", "funding"],
    ] as const) {
      expect(field(id, key), `${id}.${key}`).toMatchObject({ type: "INT", withCurrency: true });
    }
    for (const [id, key] of [
      ["PROT-12", "victimsAssisted"],
      ["CONF-02", "victims"],
    ] as const) {
      const f = field(id, key);
      if (f.type !== "INT" || !f.grid) throw new Error(`${id}.${key} has no grid`);
      expect(f.grid.rows.map((r) => r.code)).toEqual(["FEMALE", "MALE", "OTHER_NOT_RECORDED"]);
      expect(f.grid.columns?.map((c) => c.code)).toEqual(["ADULT", "CHILD"]);
    }
  });
});

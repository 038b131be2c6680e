import { describe, expect, it } from "vitest";
import { ZQuestionnaireDefinition } from "./definition";
import { TIP_QUESTIONNAIRE_V1 } from "./tip/definition-v1";
import { TIP_QUESTIONNAIRE_V2 } from "./tip/definition-v2";
import { localiseDefinition, missingTranslations, translatableStrings, unknownTranslationKeys } from "./translation";

const v1 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);
const v2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);

describe("questionnaire translations", () => {
  it("keys every text a State sees by stable IDs and codes", () => {
    const strings = translatableStrings(v2);
    expect(strings.get("questions.LEG-01.text")).toBe(v2.sections.flatMap((s) => s.questions).find((q) => q.id === "LEG-01")!.text);
    expect(strings.get("questions.LEG-01.fields.offence.options.YES_ALL_ASPECTS")).toBeDefined();
    expect(strings.get("questions.PROT-04.fields.byYear.itemLabel")).toBe("Year");
    expect(strings.get("questions.PROT-04.fields.byYear.fields.year.label")).toBe("Year");
    expect([...strings.keys()].some((k) => k.startsWith("questions.PROT-04.fields.byYear.fields.bySexAndAge.rows."))).toBe(true);
    expect([...strings.keys()].some((k) => k.startsWith("questions.PROT-04.fields.byYear.fields.bySexAndAge.columns."))).toBe(true);
    expect(strings.get("sections.C.title")).toBe(v2.sections.find((s) => s.code === "C")!.title);
    // v2 only adds DOC-01: every v1 key is a v2 key.
    expect([...translatableStrings(v1).keys()].filter((k) => !strings.has(k))).toEqual([]);
    expect(strings.size).toBeGreaterThan(500);
  });

  it("replaces the texts and keeps IDs, codes, conditions and limits", () => {
    const fr = { "questions.LEG-01.text": "Votre législation érige-t-elle la traite en infraction ?", "questions.LEG-01.fields.offence.options.YES_ALL_ASPECTS": "Oui", "sections.C.title": "Législation" };
    const localised = ZQuestionnaireDefinition.parse(localiseDefinition(v2, fr));
    const q = localised.sections.flatMap((s) => s.questions).find((x) => x.id === "LEG-01")!;
    expect(q.text).toBe(fr["questions.LEG-01.text"]);
    const status = q.fields.find((f) => f.key === "offence")!;
    expect("options" in status && status.options.find((o) => o.code === "YES_ALL_ASPECTS")!.label).toBe("Oui");
    expect(localised.sections.find((s) => s.code === "C")!.title).toBe("Législation");
    // Everything else is the English source, and nothing but texts changed.
    const strip = (d: typeof v2) => JSON.parse(JSON.stringify(d, (k, v) => (["text", "help", "label", "title", "intro", "itemLabel"].includes(k) ? undefined : v)));
    expect(strip(localised)).toEqual(strip(v2));
    expect(localiseDefinition(v2, {})).toBe(v2);
  });

  it("lists what is missing and what is unknown", () => {
    const all = Object.fromEntries(translatableStrings(v2));
    expect(missingTranslations(v2, all)).toEqual([]);
    const { ["questions.LEG-01.text"]: _dropped, ...rest } = all;
    expect(missingTranslations(v2, { ...rest, "questions.LEG-02.text": "  " })).toEqual(["questions.LEG-01.text", "questions.LEG-02.text"]);
    expect(unknownTranslationKeys(v2, { ...all, "questions.LEG-99.text": "x" })).toEqual(["questions.LEG-99.text"]);
    expect(unknownTranslationKeys(v1, { "questions.DOC-01.text": "x" }, { allowOtherVersions: [v2] })).toEqual([]);
  });
});

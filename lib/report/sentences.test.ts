import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { analyseQuestion, findQuestion, type ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { PHRASINGS } from "./config/phrasings";
import { contributorsText } from "./contributors";
import { consentsFromReplies, generateQuestionParagraph, joinSentences, singularUnit, type ExampleInput, type GenerationContext, type NamingConsent, type NamingPolicy, type QuestionPhrasingInput, type Sentence } from "./sentences";
import type { ReportState } from "./state-lists";

const definition = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const CTX = { modules: ["CONFLICT"] };
const STATES = new Map<string, ReportState>(MEMBER_STATES.map((s) => [s.iso3, { id: s.iso3, name: s.name, takesArticle: s.takesArticle }]));
const MEMBERS = MEMBER_STATES.filter((s) => s.status === "MEMBER");

function reply(iso3: string, answers: UncheckedAnswers): ReplyForAnalysis {
  return { state: { id: iso3, name: STATES.get(iso3)!.name, accepted: true }, answers };
}

function paragraph(questionId: string, replies: ReplyForAnalysis[], context: Partial<GenerationContext>, opts: { phrasing?: QuestionPhrasingInput; examples?: ExampleInput[] } = {}) {
  const question = findQuestion(definition, questionId)!.question;
  return generateQuestionParagraph({
    question,
    analysis: analyseQuestion(definition, questionId, replies, CTX),
    phrasing: opts.phrasing ?? PHRASINGS[questionId]!,
    examples: opts.examples ?? [],
    context: { naming: "anonymous", template: "SC", consents: consentsFromReplies(replies), states: STATES, ...context },
  });
}

/** Every State id behind a paragraph's sentences must be one that answered. */
function idsOf(sentences: Sentence[]) {
  return new Set(sentences.flatMap((s) => s.stateIds));
}

// -------------------------------------------------------------------------------------------------
// §3.10 Example A (SC template, anonymized): N = 35; LEG-07 3 without dual criminality, 6 with it,
// 20 "no", 6 not answered; State X's text nominated as a good practice.

const A_STATES = MEMBERS.slice(0, 35).map((s) => s.iso3);
const A_NO_DUAL = A_STATES.slice(0, 3);
const A_DUAL = A_STATES.slice(3, 9);
const A_NO = A_STATES.slice(9, 29);
const A_UNANSWERED = A_STATES.slice(29);
const STATE_X = A_NO_DUAL[1]!;

function exampleAReplies(consent: NamingConsent = "MAY_BE_NAMED"): ReplyForAnalysis[] {
  const jurisdiction = (code: string) => ({ "LEG-07": { jurisdiction: { code } } });
  const meta = { "META-06": { consent: { code: consent } } };
  return [
    ...A_NO_DUAL.map((s) => reply(s, { ...meta, ...jurisdiction("YES_NO_DUAL_CRIMINALITY"), ...(s === STATE_X ? { "LEG-07": { jurisdiction: { code: "YES_NO_DUAL_CRIMINALITY" }, legalProvision: "Our anti-trafficking law applies to our nationals abroad." } } : {}) })),
    ...A_DUAL.map((s) => reply(s, { ...meta, ...jurisdiction("YES_DUAL_CRIMINALITY") })),
    ...A_NO.map((s) => reply(s, { ...meta, ...jurisdiction("NO") })),
    ...A_UNANSWERED.map((s) => reply(s, { ...meta })),
  ];
}

const EXAMPLE_X: ExampleInput = {
  stateId: STATE_X,
  goodPractice: true,
  clause:
    "its anti-trafficking law had an extraterritorial reach, which provided jurisdiction over its nationals, who might be prosecuted for trafficking offences committed abroad, including in areas affected by armed conflict",
};

const BRIEF_A =
  "Some States indicated that they had established jurisdiction over trafficking offences committed outside of their territory in accordance with article 15 of the Organized Crime Convention. " +
  "I am pleased to note that other States reported the establishment of extraterritorial jurisdiction without a requirement of dual criminality. " +
  "For instance, one State reported that its anti-trafficking law had an extraterritorial reach, which provided jurisdiction over its nationals, who might be prosecuted for trafficking offences committed abroad, including in areas affected by armed conflict. " +
  "I invite Member States to consider these approaches, which facilitate international cooperation and curtail impunity.";

// The quantifier "some" is one of four synonyms of its band and the verbs rotate: the brief's own
// words are pinned (an editor's choice); the band and the structure are the engine's.
const A_PINS = { "dual-criminality": { quantifier: "some", verb: "indicated" }, "no-dual-criminality": { verb: "reported" }, example: { verb: "reported" } };

describe("§3.10 example A (LEG-07, SC, anonymous)", () => {
  const p = paragraph("LEG-07", exampleAReplies(), { pins: A_PINS }, { examples: [EXAMPLE_X] });

  it("reproduces the brief's paragraph; the 20 'no' answers add a gap sentence before the SG's invitation", () => {
    // The brief's text leaves out the 20 States that answered "no", while its own rule (§3.8: "no"
    // becomes a gap sentence, never dropped) requires one: the engine adds it before the SG sentence
    // (§3.9 rule 7: "then a gap or SG sentence"). Without it, the text is the brief's word for word.
    const gap = p.sentences.find((s) => s.kind === "GAP")!;
    expect(gap.text).toMatch(/^(The majority of|A majority of reporting|Most) States (indicated|reported|noted) that they had not established such jurisdiction\.$/);
    expect(gap.stateIds.sort()).toEqual([...A_NO].sort());
    expect(joinSentences(p.sentences.filter((s) => s !== gap))).toBe(BRIEF_A);
    expect(p.sentences.map((s) => s.kind)).toEqual(["AGG", "SUB", "EX1", "GAP", "GP"]);
  });

  it("each sentence carries its sources", () => {
    expect(p.sentences.every((s) => s.questionIds.join() === "LEG-07")).toBe(true);
    expect(p.sentences[0]!.stateIds.sort()).toEqual([...A_DUAL].sort());
    expect(p.sentences[1]!.stateIds.sort()).toEqual([...A_NO_DUAL].sort());
    expect(p.sentences[2]!.stateIds).toEqual([STATE_X]);
    expect(p.sentences[4]!.stateIds).toEqual([STATE_X]);
    for (const s of A_UNANSWERED) expect(idsOf(p.sentences).has(s)).toBe(false);
    expect(p.sentences.every((s) => s.namedStateIds.length === 0)).toBe(true);
  });

  it("is deterministic without pins, and the quantifier stays in the band of 6/29", () => {
    const a = paragraph("LEG-07", exampleAReplies(), {}, { examples: [EXAMPLE_X] });
    const b = paragraph("LEG-07", exampleAReplies(), {}, { examples: [EXAMPLE_X] });
    expect(a).toEqual(b);
    expect(a.sentences[0]!.text).toMatch(/^(Some|Several|A number of|Certain) States (indicated|reported|noted) that they had established/);
  });

  it("names State X in a named report only with its consent (a good practice: MAY_BE_NAMED or GOOD_PRACTICE_ONLY)", () => {
    const name = STATES.get(STATE_X)!.name;
    for (const consent of ["MAY_BE_NAMED", "GOOD_PRACTICE_ONLY"] as const) {
      const named = paragraph("LEG-07", exampleAReplies(consent), { naming: "named", pins: A_PINS }, { examples: [EXAMPLE_X] });
      expect(named.text).toContain(`For instance, ${name} reported that its anti-trafficking law`);
      expect(named.sentences[2]).toMatchObject({ kind: "NAMED", namedStateIds: [STATE_X] });
    }
    for (const naming of ["anonymous", "respondents-listed"] as NamingPolicy[]) {
      expect(paragraph("LEG-07", exampleAReplies(), { naming }, { examples: [EXAMPLE_X] }).text).not.toContain(name);
    }
    expect(paragraph("LEG-07", exampleAReplies("ANONYMOUS_ONLY"), { naming: "named" }, { examples: [EXAMPLE_X] }).text).not.toContain(name);
    expect(paragraph("LEG-07", exampleAReplies(), { naming: "named" }, { examples: [{ ...EXAMPLE_X, gpConsent: "ANONYMOUS" }] }).text).not.toContain(name);
  });

  it("in the GA template there is no SG voice", () => {
    const ga = paragraph("LEG-07", exampleAReplies(), { template: "GA", noun: { plural: "Member States", singular: "Member State" } }, { examples: [EXAMPLE_X] });
    expect(ga.text).not.toMatch(/\bI (am pleased|invite|encourage)\b/);
    expect(ga.sentences.map((s) => s.kind)).toEqual(["AGG", "SUB", "EX1", "GAP"]);
  });

  it("a good practice from a State outside every finding still gets the SG's invitation (SC), without the 'pleased' lead", () => {
    const fromNo: ExampleInput = { stateId: A_NO[0]!, clause: "it was preparing legislation on jurisdiction over nationals abroad", goodPractice: true };
    const p = paragraph("LEG-07", exampleAReplies(), {}, { examples: [fromNo] });
    expect(p.text).not.toContain("I am pleased");
    const last = p.sentences.at(-1)!;
    expect(last.kind).toBe("GP");
    expect(last.text).toMatch(/^I (invite|encourage) States to/);
    expect(last.stateIds).toEqual([A_NO[0]]);
  });

  it("refuses an example from a State that did not answer", () => {
    expect(() => paragraph("LEG-07", exampleAReplies(), {}, { examples: [{ ...EXAMPLE_X, stateId: A_UNANSWERED[0]! }] })).toThrow(/did not answer/);
  });
});

// -------------------------------------------------------------------------------------------------
// §3.10 Example B (GA women-and-girls template, named): N = 39; PROT-10: 22 States grant residence
// permits; not conditional on cooperation for Australia, Colombia and Finland.

const B_OTHERS = MEMBERS.map((s) => s.iso3).filter((s) => !["AUS", "COL", "FIN"].includes(s));
const B_PERMITS = ["AUS", "COL", "FIN", ...B_OTHERS.slice(0, 19)];
const B_REST = B_OTHERS.slice(19, 36); // 17 States without residence permits
const B_PHRASING: QuestionPhrasingInput = { ...PHRASINGS["PROT-10"]!, findings: PHRASINGS["PROT-10"]!.findings.slice(0, 2), statistics: [] };

function exampleBReplies(consents: Record<string, NamingConsent> = {}): ReplyForAnalysis[] {
  const meta = (s: string) => ({ "META-06": { consent: { code: consents[s] ?? "MAY_BE_NAMED" } } });
  return [
    ...B_PERMITS.map((s) =>
      reply(s, {
        ...meta(s),
        "PROT-10": { entitlements: { selected: ["TEMPORARY_RESIDENCE"] }, conditionality: { code: ["AUS", "COL", "FIN"].includes(s) ? "NOT_CONDITIONAL" : "CONDITIONAL" } },
      }),
    ),
    // The other 17 answered with another entitlement only (the brief says nothing of them).
    ...B_REST.map((s) => reply(s, { ...meta(s), "PROT-10": { entitlements: { selected: ["REFLECTION_RECOVERY_PERIOD"] }, conditionality: { code: "CONDITIONAL" } } })),
  ];
}

const BRIEF_B =
  "A majority of reporting Member States referred to the provision of temporary and/or permanent residency permits. " +
  "With some exceptions (Australia, Colombia and Finland), the provision of temporary or extended stays was contingent on the cooperation of victims with law enforcement and their participation in prosecutions.";

describe("§3.10 example B (PROT-10, GA, named)", () => {
  const context: Partial<GenerationContext> = {
    naming: "named",
    template: "GA",
    noun: { plural: "Member States", singular: "Member State" },
    pins: { permits: { quantifier: "a majority of reporting", verb: "referred to" } },
  };

  it("reproduces the brief's paragraph word for word", () => {
    expect(exampleBReplies()).toHaveLength(39);
    const p = paragraph("PROT-10", exampleBReplies(), context, { phrasing: B_PHRASING });
    expect(p.text).toBe(BRIEF_B);
    expect(p.sentences.map((s) => s.kind)).toEqual(["AGG", "NAMED"]);
    expect(p.sentences[0]!.stateIds.sort()).toEqual([...B_PERMITS].sort());
    expect(p.sentences[1]!.namedStateIds).toEqual(["AUS", "COL", "FIN"]);
    expect(p.sentences[1]!.stateIds.sort()).toEqual([...B_PERMITS].sort());
  });

  it("an exception that may not be named is left out and the list says 'including'; with none nameable there is no list", () => {
    const p = paragraph("PROT-10", exampleBReplies({ COL: "ANONYMOUS_ONLY" }), context, { phrasing: B_PHRASING });
    expect(p.sentences[1]!.text).toMatch(/^With some exceptions \(including Australia and Finland\), the provision/);
    expect(p.text).not.toContain("Colombia");
    const none = paragraph("PROT-10", exampleBReplies({ AUS: "GOOD_PRACTICE_ONLY", COL: "ANONYMOUS_ONLY", FIN: "ANONYMOUS_ONLY" }), context, { phrasing: B_PHRASING });
    expect(none.sentences[1]!.text).toMatch(/^With some exceptions, the provision/);
    expect(none.sentences[1]!.kind).toBe("SUB");
  });

  it("anonymous and respondents-listed reports name nobody", () => {
    for (const naming of ["anonymous", "respondents-listed"] as NamingPolicy[]) {
      const p = paragraph("PROT-10", exampleBReplies(), { ...context, naming }, { phrasing: B_PHRASING });
      expect(p.sentences[1]!.text).toMatch(/^With some exceptions, /);
      expect(p.sentences.flatMap((s) => s.namedStateIds)).toEqual([]);
    }
  });

  it("zero-count findings and missing figures become gap sentences (full PROT-10 phrasing)", () => {
    const p = paragraph("PROT-10", exampleBReplies(), { ...context, naming: "anonymous" });
    const gaps = p.sentences.filter((s) => s.kind === "GAP").map((s) => s.text);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toMatch(/family reunification for victims of trafficking/);
    expect(gaps[1]).toMatch(/residence permits granted to victims in the reporting period/);
  });
});

// -------------------------------------------------------------------------------------------------
// §3.10 Example C (zero count → gap): CONF-08, 0 of 31 answering States gave concrete cases.

describe("§3.10 example C (CONF-08, zero count → gap)", () => {
  const replies = MEMBERS.slice(0, 31).map((s) => reply(s.iso3, { "CONF-08": { casesIdentified: { value: 0 } } }));
  // The brief's first sentence ("States continued their efforts …") is not derived from CONF-08: it
  // needs a trend over the previous cycle and another question (financial investigations), which this
  // slice does not have. It is given here as a sentence already in the paragraph.
  const lead: Sentence = {
    text: "States continued their efforts to disrupt human trafficking activities through the conduct of financial investigations and the analysis of financial flows associated with human trafficking.",
    kind: "TREND",
    questionIds: [],
    stateIds: [],
    namedStateIds: [],
  };

  it("turns 0 of 31 into the gap sentence, with the connector after a preceding sentence", () => {
    const p = paragraph("CONF-08", replies, { continues: true, pins: { cases: { template: "Information on {topic} remains limited.", connector: "At the same time, however," } } });
    expect(p.sentences).toHaveLength(1);
    expect(p.sentences[0]).toMatchObject({ kind: "GAP", questionIds: ["CONF-08"] });
    expect(p.sentences[0]!.stateIds).toHaveLength(31);
    expect(joinSentences([lead, ...p.sentences])).toBe(
      "States continued their efforts to disrupt human trafficking activities through the conduct of financial investigations and the analysis of financial flows associated with human trafficking. At the same time, however, information on trafficking in persons to finance terrorism remains limited.",
    );
  });

  it("opening a paragraph, the gap has no connector; unpinned, it is one of the configured gap templates", () => {
    const p = paragraph("CONF-08", replies, {});
    expect(p.text).toMatch(/^(Limited information was reported on|No information was received on|There is little information on|Information on) trafficking in persons to finance terrorism( remains limited)?\.$/);
  });

  it("a State with cases turns the gap into an aggregate only if CONF-08 feeds AGG (it feeds GAP and REC): no sentence", () => {
    const some = [...replies.slice(1), reply(MEMBERS[0]!.iso3, { "CONF-08": { casesIdentified: { value: 2 } } })];
    expect(paragraph("CONF-08", some, {}).sentences).toEqual([]);
  });
});

// -------------------------------------------------------------------------------------------------
// Gap sentences from "no", "not applicable" and "information not available" (YNP) are never dropped.

describe("gap sentences for negative answers", () => {
  const phrasing: QuestionPhrasingInput = {
    questionId: "CONF-09",
    topic: "typologies of trafficking in persons in areas affected by conflict",
    findings: [{ id: "typologies", role: "AGG", field: "typologies", codes: ["YES", "PARTIAL"], clause: "that {they} had developed typologies or risk indicators for trafficking in persons in areas affected by conflict" }],
    notApplicable: { typologies: "that there was no armed conflict in {their} territories" },
  };
  const codes = ["YES", "YES", "YES", "PARTIAL", "NO", "NO", "NO", "NO", "NOT_APPLICABLE", "NOT_APPLICABLE", "NOT_AVAILABLE"];
  const replies = codes.map((code, i) => reply(MEMBERS[i]!.iso3, { "CONF-09": { typologies: code } }));

  it("counts yes/partial over the substantive answers and says no, not applicable and not available apart", () => {
    const p = paragraph("CONF-09", replies, {}, { phrasing });
    expect(p.sentences.map((s) => s.kind)).toEqual(["AGG", "GAP", "GAP", "GAP"]);
    expect(p.sentences[0]!.text).toMatch(/^(The majority of|A majority of reporting|Most) States .* that they had developed typologies/); // 4 of 8
    expect(p.sentences[1]!.stateIds).toHaveLength(4);
    expect(p.sentences[1]!.text).toMatch(/that they had no measures to report on typologies/);
    expect(p.sentences[2]!.text).toMatch(/^Two States (indicated|reported|noted) that there was no armed conflict in their territories\.$/);
    expect(p.sentences[3]!.text).toMatch(/^(One|A) State (indicated|reported|noted) that information on typologies .* was not available\.$/);
  });
});

// -------------------------------------------------------------------------------------------------
// Naming consent: a report with a mix of consents; no anonymous-only State's name may appear.

describe("naming consent over generated replies", () => {
  const states = MEMBERS.filter((_, i) => i % 4 === 0).slice(0, 40).map((s) => s.iso3);
  const consentOf = (i: number): NamingConsent => (["MAY_BE_NAMED", "ANONYMOUS_ONLY", "GOOD_PRACTICE_ONLY"] as const)[i % 3]!;
  const replies = states.map((iso3, i) => {
    const answers = generateReply(definition, { stateId: iso3, seed: "report-consent", completeness: "full", modules: ["CONFLICT"] }) as UncheckedAnswers;
    return reply(iso3, { ...answers, "META-06": { consent: { code: consentOf(i) } } });
  });
  // Three of the consents are missing: treated as anonymous only.
  for (const r of replies.slice(-3)) delete (r.answers as Record<string, unknown>)["META-06"];
  const consents = consentsFromReplies(replies);
  const anonymousOnly = states.filter((s) => consents.get(s) === "ANONYMOUS_ONLY");
  const gpOnly = states.filter((s) => consents.get(s) === "GOOD_PRACTICE_ONLY");

  function render(naming: NamingPolicy): { text: string; sentences: Sentence[] } {
    const sentences: Sentence[] = [];
    for (const questionId of Object.keys(PHRASINGS)) {
      const analysis = analyseQuestion(definition, questionId, replies, CTX);
      const answering = [...new Set(analysis.fields.flatMap((f) => ("bars" in f ? f.bars.flatMap((b) => b.states.map((s) => s.id)) : [])))];
      // An example from every answering State, half of them good practices.
      const examples: ExampleInput[] = answering.map((stateId, i) => ({ stateId, clause: "its law applied to its nationals abroad", goodPractice: i % 2 === 0 }));
      const p = generateQuestionParagraph({
        question: findQuestion(definition, questionId)!.question,
        analysis,
        phrasing: PHRASINGS[questionId]!,
        examples,
        context: { naming, template: "GA", consents, states: STATES, maxNamedList: 40 },
      });
      sentences.push(...p.sentences);
    }
    // The contributors footnote and the respondents paragraph belong to the same report.
    const contributors = states.map((id) => ({ state: STATES.get(id)! }));
    const footnote = contributorsText({ form: "count-and-list-footnote", contributors, consents });
    const respondents = contributorsText({ form: "respondents-paragraph", contributors, consents, cutOff: "2026-06-30" });
    const body = naming === "anonymous" ? [] : [respondents.text, ...(naming === "named" ? [footnote.text] : [])];
    return { text: [joinSentences(sentences), ...body].join("\n"), sentences };
  }

  it("has a real mix to test", () => {
    expect(anonymousOnly.length).toBeGreaterThanOrEqual(12);
    expect(gpOnly.length).toBeGreaterThanOrEqual(10);
    expect(states.filter((s) => consents.get(s) === "MAY_BE_NAMED").length).toBeGreaterThanOrEqual(10);
  });

  it("named report: names appear, but never an anonymous-only State's", () => {
    const { text, sentences } = render("named");
    const named = new Set(sentences.flatMap((s) => s.namedStateIds));
    expect(named.size).toBeGreaterThan(5);
    for (const id of anonymousOnly) {
      expect(text).not.toContain(STATES.get(id)!.name);
      expect(named.has(id)).toBe(false);
    }
    // A good-practice-only State is named only as the subject of a good-practice example.
    for (const s of sentences) for (const id of s.namedStateIds) if (gpOnly.includes(id)) expect(s.kind === "NAMED" && s.text.endsWith("that its law applied to its nationals abroad.")).toBe(true);
  });

  it("anonymous reports name no State at all; respondents-listed ones name only the respondents who may be named, in the list", () => {
    const anonymous = render("anonymous").text;
    for (const id of states) expect(anonymous).not.toContain(STATES.get(id)!.name);
    const { text, sentences } = render("respondents-listed");
    expect(sentences.flatMap((s) => s.namedStateIds)).toEqual([]);
    for (const id of states) {
      if (consents.get(id) === "MAY_BE_NAMED") expect(text).toContain(STATES.get(id)!.name);
      else expect(text).not.toContain(STATES.get(id)!.name);
    }
  });

  it("a missing META-06 answer counts as anonymous only", () => {
    for (const r of replies.slice(-3)) expect(consents.get(r.state.id)).toBe("ANONYMOUS_ONLY");
  });
});

describe("phrasing validation", () => {
  const replies = exampleAReplies();
  it("refuses an invalid phrasing with the reason", () => {
    const bad: QuestionPhrasingInput = { ...PHRASINGS["LEG-07"]!, findings: [{ id: "x", role: "AGG", field: "jurisdiction" }] };
    expect(() => paragraph("LEG-07", replies, {}, { phrasing: bad })).toThrow(/findings\.0\.clause: a AGG finding needs a clause/);
    const within: QuestionPhrasingInput = { ...PHRASINGS["LEG-07"]!, findings: [{ id: "x", role: "AGG", field: "jurisdiction", clause: "c", within: "y" }] };
    expect(() => paragraph("LEG-07", replies, {}, { phrasing: within })).toThrow(/"within" must name an earlier finding/);
    const field: QuestionPhrasingInput = { ...PHRASINGS["LEG-07"]!, findings: [{ id: "x", role: "AGG", field: "nope", clause: "c" }] };
    expect(() => paragraph("LEG-07", replies, {}, { phrasing: field })).toThrow(/no field "nope"/);
    const code: QuestionPhrasingInput = { ...PHRASINGS["LEG-07"]!, findings: [{ id: "x", role: "AGG", field: "jurisdiction", codes: ["YES_DUAL_CRIMINALTY"], clause: "c" }] };
    expect(() => paragraph("LEG-07", replies, {}, { phrasing: code })).toThrow(/option "YES_DUAL_CRIMINALTY", which field "jurisdiction" does not have/);
  });
});

// -------------------------------------------------------------------------------------------------
// Named lists, statistics, exceptions and several examples.

describe("named parenthetical lists, statistics, exceptions", () => {
  const names = ["ARG", "ARM", "AUS", "FRA", "NER", "KOR"];
  const rest = MEMBERS.map((s) => s.iso3).filter((s) => !names.includes(s)).slice(0, 30);
  const permits = (s: string, extra: string[], conditionality: string, granted?: number) =>
    reply(s, {
      "META-06": { consent: { code: "MAY_BE_NAMED" } },
      "PROT-10": { entitlements: { selected: ["TEMPORARY_RESIDENCE", ...extra] }, conditionality: { code: conditionality }, ...(granted === undefined ? {} : { permitsGranted: { value: granted } }) },
    });
  const replies = [
    ...names.map((s) => permits(s, ["FAMILY_REUNIFICATION"], "NOT_CONDITIONAL", 600)),
    ...rest.map((s, i) => permits(s, [], i < 3 ? "NOT_CONDITIONAL" : "CONDITIONAL", i < 6 ? 26 : undefined)),
  ];
  const question = { ...findQuestion(definition, "PROT-10")!.question };
  const withStat = { ...question, feeds: { ...question.feeds, kinds: [...question.feeds.kinds, "STAT" as const] } };
  const generate = (q: typeof question, rs: ReplyForAnalysis[], naming: NamingPolicy = "named") =>
    generateQuestionParagraph({ question: q, analysis: analyseQuestion(definition, "PROT-10", rs, CTX), phrasing: PHRASINGS["PROT-10"]!, context: { naming, template: "GA", consents: consentsFromReplies(rs), states: STATES } });

  it("binds the list to the subgroup it supports, in UN order with articles ([004] ¶28 pattern)", () => {
    const p = generate(question, replies);
    const family = p.sentences.find((s) => s.text.includes("family reunification"))!;
    // The six are among the 36 of the aggregate: not "other States" but a quantifier (6/36 → "some" band).
    expect(family.text).toMatch(/^(Some|Several|A number of|Certain) States (reported|noted|cited) the possibility of family reunification \(Argentina, Armenia, Australia, France, the Niger and the Republic of Korea\)\.$/);
    expect(family.kind).toBe("NAMED");
    expect(family.namedStateIds).toEqual(["ARG", "ARM", "AUS", "FRA", "NER", "KOR"]);
    // The aggregate of all 36 is too long a list to name.
    expect(p.sentences[0]!.text).toMatch(/^All (reporting )?States/);
    expect(p.sentences[0]!.namedStateIds).toEqual([]);
  });

  it("exceptions: 9 of 36 not conditional → 'With some exceptions', all nine named (at most 12 are)", () => {
    const p = generate(question, replies);
    const ex = p.sentences.find((s) => s.text.startsWith("With some exceptions"))!;
    expect(ex.namedStateIds).toHaveLength(9);
    expect(ex.stateIds).toHaveLength(36);
  });

  it("exceptions: one exception, none, and more exceptions than holders", () => {
    const one = [...rest.map((s) => permits(s, [], "CONDITIONAL")), permits("FRA", [], "NOT_CONDITIONAL")];
    expect(generate(question, one).text).toContain("With one exception (France), the provision of temporary or extended stays was contingent");
    const none = rest.map((s) => permits(s, [], "CONDITIONAL"));
    expect(generate(question, none).text).toContain("In all the States concerned, the provision of temporary or extended stays was contingent");
    const mostly = [...rest.slice(0, 20).map((s) => permits(s, [], "NOT_CONDITIONAL")), ...rest.slice(20, 22).map((s) => permits(s, [], "CONDITIONAL"))];
    expect(generate(question, mostly, "anonymous").text).toContain("In two States, the provision of temporary or extended stays was contingent");
    const single = [...rest.slice(0, 20).map((s) => permits(s, [], "NOT_CONDITIONAL")), permits(rest[20]!, [], "CONDITIONAL")];
    expect(generate(question, single, "anonymous").text).toContain("In one State, the provision");
  });

  it("statistic: how many States gave figures and their total, in UN number style (only when the question feeds STAT)", () => {
    const p = generate(withStat, replies);
    const stat = p.sentences.find((s) => s.kind === "STAT")!;
    expect(stat.text).toBe("Twelve States reported figures on residence permits granted to victims in the reporting period, amounting to a total of 3,756 permits.");
    expect(stat.stateIds).toHaveLength(12);
    expect(generate(question, replies).sentences.some((s) => s.kind === "STAT")).toBe(false);
    const small = [permits("FRA", [], "CONDITIONAL", 2), permits("ESP", [], "CONDITIONAL", 3), permits("NER", [], "CONDITIONAL", 0)];
    expect(generate(withStat, small).sentences.find((s) => s.kind === "STAT")!.text).toBe(
      "Three States reported figures on residence permits granted to victims in the reporting period, amounting to a total of five permits.",
    );
    const one = [permits("FRA", [], "CONDITIONAL", 1), permits("ESP", [], "CONDITIONAL")];
    expect(generate(withStat, one).sentences.find((s) => s.kind === "STAT")!.text).toBe(
      "One State reported figures on residence permits granted to victims in the reporting period, amounting to a total of one permit.",
    );
  });

  it("several examples: 'For instance, one State …', then 'Another State …'", () => {
    const rs = exampleAReplies();
    const examples: ExampleInput[] = [EXAMPLE_X, { stateId: A_DUAL[0]!, clause: "its courts had jurisdiction over offences committed by residents abroad", goodPractice: false }];
    const p = paragraph("LEG-07", rs, {}, { examples });
    const texts = p.sentences.filter((s) => s.kind === "EX1").map((s) => s.text);
    expect(texts[0]).toMatch(/^For instance, one State (reported|noted|indicated) that its anti-trafficking law/);
    expect(texts[1]).toMatch(/^Another State (reported|noted|indicated) that its courts had jurisdiction/);
  });
});

describe("the shipped phrasings", () => {
  it.each(Object.entries(PHRASINGS))("%s is valid against questionnaire tip v2 and renders from empty and full replies", (questionId, phrasing) => {
    expect(phrasing.questionId).toBe(questionId);
    const found = findQuestion(definition, questionId);
    expect(found).toBeDefined();
    const full = MEMBERS.slice(0, 20).map((s) => reply(s.iso3, generateReply(definition, { stateId: s.iso3, seed: "phrasings", completeness: "full", modules: ["CONFLICT"] }) as UncheckedAnswers));
    for (const replies of [[], full]) {
      const p = paragraph(questionId, replies, {});
      expect(p.sentences.every((s) => s.text.length > 0 && /[.]$/.test(s.text) && !/[{}]/.test(s.text))).toBe(true);
    }
  });
});

describe("subgroups", () => {
  it("'Other States' only when the subgroup shares no State with what was already said", () => {
    // PROT-01: 6 formal mechanisms, 3 in development; a child mechanism for 4 States, 2 of them among the 6.
    const codes = ["FORMAL_NRM", "FORMAL_NRM", "FORMAL_NRM", "FORMAL_NRM", "FORMAL_NRM", "FORMAL_NRM", "IN_DEVELOPMENT", "IN_DEVELOPMENT", "IN_DEVELOPMENT", "NONE"];
    const child = ["YES", "YES", "NO", "NO", "NO", "NO", "YES", "YES", "NO", "NO"];
    const replies = codes.map((code, i) => reply(MEMBERS[i]!.iso3, { "PROT-01": { mechanism: { code }, childMechanism: { code: child[i] } } }));
    const p = paragraph("PROT-01", replies, {});
    const inDevelopment = p.sentences.find((s) => s.text.includes("elaborating"))!;
    expect(inDevelopment.text).toMatch(/^Other States /);
    const children = p.sentences.find((s) => s.text.includes("child victims of trafficking"))!;
    expect(children.text).not.toMatch(/^Other /);
    expect(children.text).toMatch(/^(Many|A large number of|Numerous) States /); // 4 of 10
    expect(children.stateIds).toHaveLength(4);
  });
});

describe("statistics in money", () => {
  const phrasing: QuestionPhrasingInput = {
    questionId: "ACC-03",
    topic: "financial investigations in trafficking cases",
    findings: [],
    statistics: [{ field: "amountFrozen", topic: "proceeds frozen or seized" }],
  };
  const money = (iso3: string, value: number, currency: string) => reply(iso3, { "ACC-03": { financialInvestigations: { code: "SOME_CASES" }, amountFrozen: { value, currency } } });

  it("adds up one currency, in UN money style; several currencies are not added up", () => {
    const usd = [money("FRA", 1_000_000, "USD"), money("ESP", 400_000, "USD"), money("PER", 0, "USD")];
    expect(paragraph("ACC-03", usd, {}, { phrasing }).text).toBe("Three States reported figures on proceeds frozen or seized, amounting to a total of $1.4 million.");
    const mixed = [money("FRA", 1_000_000, "EUR"), money("ESP", 400_000, "USD")];
    expect(paragraph("ACC-03", mixed, {}, { phrasing }).sentences).toEqual([]);
  });
});

describe("reporting verbs", () => {
  it("a 'that' clause never follows 'cited'; a noun phrase takes a verb that can govern it", () => {
    const phrasing: QuestionPhrasingInput = {
      questionId: "CONF-09",
      topic: "typologies",
      findings: [
        { id: "that", role: "AGG", field: "typologies", codes: ["YES"], clause: "that {they} had developed typologies" },
        { id: "object", role: "SUB", field: "typologies", codes: ["PARTIAL"], clause: "the development of typologies" },
      ],
    };
    const replies = ["YES", "YES", "YES", "PARTIAL", "PARTIAL", "PARTIAL"].map((code, i) => reply(MEMBERS[i]!.iso3, { "CONF-09": { typologies: code } }));
    const thatVerbs = new Set<string>();
    const objectVerbs = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const p = paragraph("CONF-09", replies, { seed: String(seed) }, { phrasing });
      thatVerbs.add(/States (\w+(?: to)?) that/.exec(p.sentences[0]!.text)![1]!);
      objectVerbs.add(/States (\w+(?: to)?) the development/.exec(p.sentences[1]!.text)![1]!);
    }
    expect(thatVerbs.has("cited")).toBe(false);
    expect(thatVerbs.size).toBeGreaterThan(3);
    expect([...objectVerbs].every((v) => ["reported", "highlighted", "noted", "cited", "referred to"].includes(v))).toBe(true);
  });
});

// -------------------------------------------------------------------------------------------------
// Figures in repeating groups (PROT-04 victims per year, ACC-02 justice stages per year).

describe("statistics from repeating groups", () => {
  const states = MEMBERS.slice(0, 14).map((s) => s.iso3);
  const victims = (y: number, female: number, child: number) => ({ year: y, bySexAndAge: { cells: { FEMALE: { ADULT: female }, MALE: { CHILD: child } } } });
  const question = findQuestion(definition, "PROT-04")!.question;
  const withStat = { ...question, feeds: { ...question.feeds, kinds: [...question.feeds.kinds, "STAT" as const] } };
  const phrasing: QuestionPhrasingInput = {
    questionId: "PROT-04",
    topic: "the number of victims of trafficking identified",
    findings: [],
    statistics: [{ field: "byYear", sub: "bySexAndAge", topic: "the number of victims identified", unit: "identified victims", form: "total", after: "in the reporting period", trend: "identified victims" }],
  };
  const generate = (q: typeof question, rs: ReplyForAnalysis[], ph: QuestionPhrasingInput = phrasing) =>
    generateQuestionParagraph({ question: q, analysis: analyseQuestion(definition, "PROT-04", rs, CTX), phrasing: ph, context: { naming: "anonymous", template: "SC", consents: consentsFromReplies(rs), states: STATES } });
  // Twelve States with two years each (eight rising, three falling, one unchanged), one "not available", one with one year only.
  const replies = [
    ...states.slice(0, 8).map((s, i) => reply(s, { "PROT-04": { byYear: [victims(2025, 100 + i, 10), victims(2026, 200 + i, 20)] } })),
    ...states.slice(8, 11).map((s) => reply(s, { "PROT-04": { byYear: [victims(2025, 300, 0), victims(2026, 100, 0)] } })),
    reply(states[11]!, { "PROT-04": { byYear: [victims(2025, 5, 0), victims(2026, 5, 0)] } }),
    reply(states[12]!, { "PROT-04": { byYear: [{ year: 2025, bySexAndAge: { notAvailable: true } }] } }),
    reply(states[13]!, { "PROT-04": { byYear: [victims(2026, 0, 3)] } }),
  ];

  it("adds up a group's sub-field over every State's items: how many States and their total, in UN number style", () => {
    const p = generate(withStat, replies);
    const stat = p.sentences.find((s) => s.kind === "STAT")!;
    // 8 × (100..107 + 10 + 200..207 + 20) + 3 × 400 + 10 + 3 = 2,696 + 1,200 + 13
    expect(stat.text).toBe("Thirteen States reported a total of 3,909 identified victims in the reporting period.");
    expect(stat.stateIds.sort()).toEqual([...states.slice(0, 12), states[13]!].sort());
  });

  it("keeps 'not available' apart: not among the States with figures, a gap of its own", () => {
    const p = generate(withStat, replies);
    const gap = p.sentences.find((s) => s.kind === "GAP")!;
    expect(gap.text).toMatch(/^(One|A) State (indicated|reported|noted) that information on the number of victims identified was not available\.$/);
    expect(gap.stateIds).toEqual([states[12]]);
  });

  it("TREND: the first year against the last, per State, quantified over the States with two years or more", () => {
    const p = generate(question, replies);
    expect(p.sentences.some((s) => s.kind === "STAT")).toBe(false); // PROT-04 feeds TREND and GAP only
    const trends = p.sentences.filter((s) => s.kind === "TREND");
    expect(trends.map((s) => s.stateIds.length)).toEqual([8, 3, 1]);
    expect(trends[0]!.text).toMatch(/^An increase in the number of identified victims was observed by (the majority of|a majority of reporting|most) States during the reporting period\.$/); // 8 of 12
    expect(trends[1]!.text).toMatch(/^A decrease was observed by (some|several|a number of|certain) States\.$/); // 3 of 12
    expect(trends[2]!.text).toBe("The number remained unchanged in one State.");
    // Without increases, the decrease names what fell.
    const falling = generate(question, replies.slice(8, 11));
    expect(falling.sentences[0]!.text).toMatch(/^A decrease in the number of identified victims was observed by all (reporting )?States during the reporting period\.$/);
  });

  it("nobody with figures: one gap, no total and no trend", () => {
    const p = generate(withStat, [replies[12]!]);
    expect(p.sentences.map((s) => s.kind)).toEqual(["GAP", "GAP"]);
    expect(p.sentences[0]!.text).toMatch(/the number of victims identified/);
  });

  it("a grid row: ACC-02 persons convicted only, not the sum of the justice stages", () => {
    const acc = findQuestion(definition, "ACC-02")!.question;
    const stages = (y: number, cases: number, prosecuted: number, convicted: number) => ({ year: y, totals: { cells: { CASES_INVESTIGATED: { VALUE: cases }, PERSONS_PROSECUTED: { VALUE: prosecuted }, PERSONS_CONVICTED: { VALUE: convicted } } } });
    const rs = [
      reply(states[0]!, { "ACC-02": { byYear: [stages(2025, 50, 20, 1), stages(2026, 60, 30, 0)] } }),
      reply(states[1]!, { "ACC-02": { byYear: [stages(2025, 10, 5, 0)] } }),
    ];
    const ph: QuestionPhrasingInput = {
      questionId: "ACC-02",
      topic: "investigations, prosecutions and convictions",
      findings: [],
      statistics: [{ field: "byYear", sub: "totals", row: "PERSONS_CONVICTED", topic: "convictions", unit: "persons convicted", unitOne: "person convicted", form: "total", after: "in the reporting period" }],
    };
    const p = generateQuestionParagraph({ question: acc, analysis: analyseQuestion(definition, "ACC-02", rs, CTX), phrasing: ph, context: { naming: "anonymous", template: "SC", consents: consentsFromReplies(rs), states: STATES } });
    expect(p.text).toBe("Two States reported a total of one person convicted in the reporting period.");
    const misspelt = { ...ph, statistics: [{ ...ph.statistics![0]!, row: "CONVICTED" }] };
    expect(() => generateQuestionParagraph({ question: acc, analysis: analyseQuestion(definition, "ACC-02", rs, CTX), phrasing: misspelt, context: { naming: "anonymous", template: "SC", consents: new Map() } })).toThrow(/"CONVICTED" is not a row/);
  });
});

describe("statistics: units", () => {
  it("singularUnit: irregular plurals, the last word of a phrase, -ies, and words that are not plurals", () => {
    expect(["children", "persons convicted", "identified victims", "authorities", "officials", "cases", "United States dollars", "status", "staff"].map(singularUnit)).toEqual([
      "child", "persons convicted", "identified victim", "authority", "official", "case", "United States dollar", "status", "staff",
    ]);
  });

  it("a total of exactly one takes the singular unit ('one child', not 'one children')", () => {
    const phrasing: QuestionPhrasingInput = { questionId: "CONF-08", topic: "cases", findings: [], statistics: [{ field: "casesIdentified", topic: "children in cases", unit: "children" }] };
    const question = findQuestion(definition, "CONF-08")!.question;
    const q = { ...question, feeds: { ...question.feeds, kinds: ["STAT" as const] } };
    const rs = [reply("FRA", { "CONF-08": { casesIdentified: { value: 1 } } })];
    const p = generateQuestionParagraph({ question: q, analysis: analyseQuestion(definition, "CONF-08", rs, CTX), phrasing, context: { naming: "anonymous", template: "SC", consents: new Map() } });
    expect(p.text).toBe("One State reported figures on children in cases, amounting to a total of one child.");
  });

  it("a unit in United States dollars is written as money ($3.9 million, $357,701)", () => {
    const phrasing: QuestionPhrasingInput = { ...PHRASINGS["COOP-06"]! };
    const rs = [3_000_000, 900_000].map((value, i) => reply(MEMBERS[i]!.iso3, { "COOP-06": { recipients: { selected: ["ICAT"] }, amount: { value } } }));
    expect(paragraph("COOP-06", rs, {}, { phrasing }).sentences.find((s) => s.kind === "STAT")!.text).toMatch(/amounting to a total of \$3\.9 million\.$/);
    const odd = [357_000, 701].map((value, i) => reply(MEMBERS[i]!.iso3, { "COOP-06": { recipients: { selected: ["ICAT"] }, amount: { value } } }));
    expect(paragraph("COOP-06", odd, {}, { phrasing }).sentences.find((s) => s.kind === "STAT")!.text).toMatch(/amounting to a total of \$357,701\.$/);
  });
});

describe("the SG's good-practice lead", () => {
  const second: ExampleInput = { stateId: A_DUAL[0]!, clause: "its courts had jurisdiction over offences committed by residents abroad", goodPractice: true };

  it("'I am pleased to note that' opens at most one sentence of a paragraph; a later good practice takes another form", () => {
    const p = paragraph("LEG-07", exampleAReplies(), { pins: A_PINS }, { examples: [EXAMPLE_X, second] });
    const leads = p.sentences.filter((s) => s.text.startsWith("I am pleased to note that"));
    expect(leads).toHaveLength(1);
    expect(leads[0]!.stateIds.sort()).toEqual([...A_DUAL].sort()); // the first finding said
    expect(p.sentences[1]!.text).toMatch(/^(I also note with appreciation that|I further welcome the fact that) other States reported the establishment of extraterritorial jurisdiction without a requirement of dual criminality\.$/);
  });

  it("a paragraph continued after a sentence with the lead does not repeat it", () => {
    const p = paragraph("LEG-07", exampleAReplies(), { pins: A_PINS, continues: true, gpLeadUsed: true }, { examples: [EXAMPLE_X] });
    expect(p.text).not.toContain("I am pleased to note that");
    expect(p.text).toMatch(/(I also note with appreciation that|I further welcome the fact that) other States reported/);
  });
});

describe("'not available' gaps of several fields", () => {
  const q = findQuestion(definition, "ACC-09")!.question;
  const pre = { "ACC-07": { training: { code: "MANDATORY_ASSESSED" } } };
  const rs = MEMBERS.slice(0, 6).map((s, i) =>
    reply(s.iso3, { ...pre, "ACC-09": { oiosCooperation: i < 2 ? "NOT_AVAILABLE" : "YES", nationalInvestigationOfficers: i === 1 || i === 2 ? "NOT_AVAILABLE" : "YES" } }),
  );
  const gen = (phrasing: QuestionPhrasingInput) =>
    generateQuestionParagraph({ question: q, analysis: analyseQuestion(definition, "ACC-09", rs, CTX), phrasing, context: { naming: "anonymous", template: "SC", consents: new Map() } });
  const base: QuestionPhrasingInput = {
    questionId: "ACC-09",
    topic: "national investigations",
    findings: [
      { id: "oios", role: "AGG", field: "oiosCooperation", codes: ["YES"], clause: "that {they} had cooperated with OIOS" },
      { id: "officers", role: "SUB", field: "nationalInvestigationOfficers", codes: ["YES"], clause: "that {they} included officers", topic: "officers" },
    ],
  };

  it("fields whose gaps share a topic give one sentence, with their States together", () => {
    const gaps = gen(base).sentences.filter((s) => s.text.includes("was not available"));
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.text).toMatch(/^(The majority of|A majority of reporting|Most) States (indicated|reported|noted) that information on national investigations was not available\.$/); // 3 of 6
    expect(gaps[0]!.stateIds.sort()).toEqual(MEMBERS.slice(0, 3).map((s) => s.iso3).sort());
  });

  it("a field with its own gap topic gets its own sentence", () => {
    const gaps = gen({ ...base, gapTopics: { nationalInvestigationOfficers: "officers in deployed units" } }).sentences.filter((s) => s.text.includes("was not available"));
    expect(gaps.map((s) => /information on (.*) was not available/.exec(s.text)![1])).toEqual(["national investigations", "officers in deployed units"]);
    expect(gaps.map((s) => s.stateIds.length)).toEqual([2, 2]);
  });
});

describe("single-State examples per paragraph", () => {
  const examples: ExampleInput[] = [...A_NO_DUAL, ...A_DUAL].map((stateId) => ({ stateId, clause: `its courts in ${stateId} heard such cases`, goodPractice: true }));

  it("cites at most three, and counts the others in one sentence that keeps them as sources", () => {
    const p = paragraph("LEG-07", exampleAReplies(), { pins: A_PINS }, { examples });
    const cited = p.sentences.filter((s) => s.kind === "EX1" && s.text.includes("heard such cases"));
    expect(cited).toHaveLength(3);
    const rest = p.sentences.filter((s) => s.kind === "EX1" && !s.text.includes("heard such cases"));
    expect(rest.map((s) => s.text)).toEqual(["Six other States also reported good practices in this area."]);
    expect(rest[0]!.stateIds.sort()).toEqual(examples.slice(3).map((e) => e.stateId).sort());
    expect(rest[0]!.namedStateIds).toEqual([]);
  });

  it("takes another limit from the context", () => {
    const p = paragraph("LEG-07", exampleAReplies(), { pins: A_PINS, maxExamples: 8 }, { examples });
    expect(p.sentences.filter((s) => s.kind === "EX1")).toHaveLength(9);
    const one = paragraph("LEG-07", exampleAReplies(), { pins: A_PINS, maxExamples: 8 }, { examples: examples.slice(0, 9) });
    expect(one.sentences.filter((s) => s.kind === "EX1").at(-1)!.text).toBe("One other State also reported a good practice in this area.");
  });
});

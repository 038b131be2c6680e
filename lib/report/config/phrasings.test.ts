import { beforeAll, describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { analyseQuestion, findQuestion, type FieldAnalysis, type QuestionAnalysis, type ReplyForAnalysis, type StateRef } from "@/lib/analysis/question-analysis";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition, type LeafField, type Question } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { generateSection, type SectionOutput } from "../section";
import { consentsFromReplies, generateQuestionParagraph, ZQuestionPhrasing, type ExampleInput, type GenerationContext, type QuestionPhrasingInput, type Sentence } from "../sentences";
import type { ReportState } from "../state-lists";
import { PHRASINGS, UNPHRASABLE } from "./phrasings";

const definition = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const CONDITIONS = { modules: ["CONFLICT"] };
const STATES = new Map<string, ReportState>(MEMBER_STATES.map((s) => [s.iso3, { id: s.iso3, name: s.name, takesArticle: s.takesArticle }]));
const MEMBERS = MEMBER_STATES.filter((s) => s.status === "MEMBER");

/** The questions that feed a report section, META questions (section A: footnote and naming) aside. */
const feedingQuestions = definition.sections.filter((s) => s.code !== "A").flatMap((s) => s.questions.filter((q) => q.feeds.sections.length > 0));
const sectionCodes = [...new Set(feedingQuestions.flatMap((q) => q.feeds.sections))].sort();

function question(id: string): Question {
  const q = findQuestion(definition, id)?.question;
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

/** Top-level leaf field of a question (findings, gaps and statistics read those only). */
function leaf(q: Question, key: string): LeafField | undefined {
  const f = q.fields.find((x) => x.key === key);
  return f && f.type !== "GROUP" ? f : undefined;
}

/** The option codes a choice field can count (YNP: the answers; N/A and N/AV are kept apart). */
function codesOf(f: LeafField): string[] {
  switch (f.type) {
    case "YNP":
      return f.allowPartial === false ? ["YES", "NO"] : ["YES", "PARTIAL", "NO"];
    case "SC":
    case "MC":
      return f.options.map((o) => o.code);
    case "INSTR":
      return f.instruments.map((o) => o.code);
    default:
      return [];
  }
}

const COUNTABLE = new Set(["YNP", "SC", "MC", "INSTR", "INT"]);

// -------------------------------------------------------------------------------------------------

describe("the phrasings' data", () => {
  it.each(Object.entries(PHRASINGS))("%s parses with ZQuestionPhrasing and its key is its question id", (key, phrasing) => {
    const parsed = ZQuestionPhrasing.safeParse(phrasing);
    expect(parsed.success, parsed.success ? "" : parsed.error.message).toBe(true);
    expect(phrasing.questionId).toBe(key);
  });

  it("every question of tip v2 that feeds a report section is phrased or listed as unphrasable, not both", () => {
    const phrased = new Set(Object.keys(PHRASINGS));
    const unphrasable = new Set(Object.keys(UNPHRASABLE));
    const missing = feedingQuestions.map((q) => q.id).filter((id) => !phrased.has(id) && !unphrasable.has(id));
    expect(missing).toEqual([]);
    expect([...phrased].filter((id) => unphrasable.has(id))).toEqual([]);
    // Nothing phrased or excused for a question that does not exist or feeds no section.
    const feeding = new Set(feedingQuestions.map((q) => q.id));
    expect([...phrased, ...unphrasable].filter((id) => !feeding.has(id))).toEqual([]);
    expect(feedingQuestions.length).toBeGreaterThan(70);
  });

  it.each(Object.entries(UNPHRASABLE))("%s is unphrasable for a stated reason", (id, reason) => {
    expect(reason.length).toBeGreaterThan(40);
    // Unphrasable means the engine could say nothing from it: no countable finding the question's kinds
    // would let through (AGG/SUB on a choice or number field, STAT on a number field) nor an example.
    const q = question(id);
    const kinds = new Set(q.feeds.kinds);
    const topLevel = q.fields.filter((f) => f.type !== "GROUP");
    const canAggregate = (kinds.has("AGG") || kinds.has("SUB")) && topLevel.some((f) => COUNTABLE.has(f.type));
    const canStat = kinds.has("STAT") && topLevel.some((f) => f.type === "INT");
    expect({ canAggregate, canStat, examples: kinds.has("EX1") || kinds.has("GP") }).toEqual({ canAggregate: false, canStat: false, examples: false });
  });

  it.each(Object.entries(PHRASINGS))("%s names only real top-level fields and option codes, of a type each use can read", (id, p) => {
    const q = question(id);
    for (const f of p.findings) {
      const field = leaf(q, f.field);
      expect(field, `${id} finding ${f.id}: field ${f.field}`).toBeDefined();
      expect(COUNTABLE.has(field!.type), `${id} finding ${f.id}: ${field!.type} cannot be counted`).toBe(true);
      if (field!.type === "INT") expect(f.codes, `${id} finding ${f.id}: a number field takes no codes`).toBeUndefined();
      else expect(f.codes, `${id} finding ${f.id}: a choice finding names its codes`).toBeDefined();
      for (const code of [...(f.codes ?? []), ...(f.exceptCodes ?? [])]) expect(codesOf(field!), `${id} finding ${f.id}`).toContain(code);
    }
    for (const key of Object.keys(p.negative ?? {})) {
      const field = leaf(q, key);
      expect(field, `${id} negative: field ${key}`).toBeDefined();
      // A "no" clause is dead unless the field has a negative answer: NO, NONE or declared codes.
      const negatives = ["NO", "NONE", ...(p.negativeCodes?.[key] ?? [])];
      expect(codesOf(field!).some((c) => negatives.includes(c)), `${id} negative ${key} has no negative answer`).toBe(true);
    }
    for (const [key, codes] of Object.entries(p.negativeCodes ?? {})) {
      const field = leaf(q, key);
      expect(field, `${id} negativeCodes: field ${key}`).toBeDefined();
      for (const code of codes) expect(codesOf(field!)).toContain(code);
      expect(p.negative?.[key], `${id} negativeCodes ${key} needs its own clause`).toBeDefined();
    }
    for (const key of Object.keys(p.notApplicable ?? {})) {
      const field = leaf(q, key);
      expect(field, `${id} notApplicable: field ${key}`).toBeDefined();
      const hasNa = field!.type === "YNP" || ((field!.type === "SC" || field!.type === "MC") && field!.options.some((o) => o.code === "NOT_APPLICABLE"));
      expect(hasNa, `${id} notApplicable ${key}`).toBe(true);
    }
    for (const s of p.statistics ?? []) {
      // A top-level INT field, or an INT sub-field of a GROUP field; a row or column names one of its grid's.
      const group = q.fields.find((f) => f.key === s.field);
      const intField = s.sub === undefined ? leaf(q, s.field) : group?.type === "GROUP" ? group.fields.find((sub) => sub.key === s.sub) : undefined;
      expect(intField?.type, `${id} statistic ${s.field}${s.sub ? `.${s.sub}` : ""}`).toBe("INT");
      const grid = intField?.type === "INT" ? intField.grid : undefined;
      if (s.row !== undefined) expect(grid?.rows.map((r) => r.code), `${id} statistic row`).toContain(s.row);
      if (s.column !== undefined) expect(grid?.columns?.map((c) => c.code), `${id} statistic column`).toContain(s.column);
      // A grid whose cells mean different things (justice stages) is not added up whole.
      if (grid && s.row === undefined && s.column === undefined) expect(grid.columns, `${id}: a one-column grid of different measures needs a row`).toBeDefined();
      // A statistic on a finding's field would say the same gap twice when nobody gives a figure.
      expect(p.findings.some((f) => f.field === s.field), `${id} statistic ${s.field} is also a finding`).toBe(false);
      // Only the sentences the question feeds use the total and trend forms.
      if (s.trend !== undefined) expect(q.feeds.kinds, `${id}: a trend needs TREND`).toContain("TREND");
    }
    for (const key of Object.keys(p.gapTopics ?? {})) expect(q.fields.some((f) => f.key === key), `${id} gapTopics: field ${key}`).toBe(true);
  });

  it.each(Object.entries(PHRASINGS))("%s cannot say the same gap twice", (id, p) => {
    // The engine words (by default) "not applicable" gaps with the question's topic, whatever the
    // field: two such fields would give two identical sentences. ("Not available" gaps of several
    // fields that share a topic are merged into one sentence by the engine.)
    const q = question(id);
    const gapFields = [...new Set([...p.findings.map((f) => f.field), ...Object.keys(p.negative ?? {}), ...Object.keys(p.notApplicable ?? {})])].map((k) => leaf(q, k)!);
    const naDefault = gapFields.filter((f) => (f.type === "YNP" || ((f.type === "SC" || f.type === "MC") && f.options.some((o) => o.code === "NOT_APPLICABLE"))) && !p.notApplicable?.[f.key]);
    expect(naDefault.map((f) => f.key), `${id}: fields with the default "not applicable" clause`).toHaveLength(Math.min(naDefault.length, 1));
    const clauses = [...Object.values(p.negative ?? {}), ...Object.values(p.notApplicable ?? {})];
    expect(new Set(clauses).size, `${id}: repeated gap clauses`).toBe(clauses.length);
  });

  it.each(Object.entries(PHRASINGS))("%s can say something with its question's feeds", (id, p) => {
    const kinds = new Set(question(id).feeds.kinds);
    const aggregates = (kinds.has("AGG") || kinds.has("SUB")) && p.findings.some((f) => kinds.has(f.role === "EXCEPTIONS" ? "SUB" : f.role) || (f.role === "SUB" && kinds.has("AGG")));
    const stats = (kinds.has("STAT") && (p.statistics ?? []).length > 0) || (kinds.has("TREND") && (p.statistics ?? []).some((s) => s.trend !== undefined));
    const examples = kinds.has("EX1") || kinds.has("GP");
    const gaps = Object.keys(p.negative ?? {}).length > 0 || p.findings.length > 0;
    expect(aggregates || stats || examples || gaps).toBe(true);
    // A phrasing with nothing to count is only for free-text questions that feed examples.
    if (p.findings.length === 0 && (p.statistics ?? []).length === 0) expect(examples).toBe(true);
  });

  it.each(Object.entries(PHRASINGS))("%s is worded for both one State and several, in a form each slot can take", (id, p) => {
    const clauses = [
      ...p.findings.flatMap((f) => [f.clause, f.impersonal]).filter((c): c is string => c !== undefined),
      ...Object.values(p.negative ?? {}),
      ...Object.values(p.notApplicable ?? {}),
    ];
    for (const c of clauses) {
      // Only the three pronoun placeholders; no other braces.
      expect(c.replace(/\{(they|their|them)\}/g, ""), `${id}: ${c}`).not.toMatch(/[{}]/);
      // "{they} were" would read "it were" for one State.
      expect(c, `${id}: ${c}`).not.toMatch(/\{they\} (were|are|is|was|have|has|do|does)\b/);
      // A clause follows a verb: lower case, no full stop of its own, no stray spacing.
      expect(c, `${id}: ${c}`).toMatch(/^[a-z{]/);
      expect(c, `${id}: ${c}`).not.toMatch(/[.,;:\s]$|\s{2}|\s,/);
    }
    const topics = [p.topic, ...p.findings.map((f) => f.topic).filter((t): t is string => t !== undefined), ...(p.statistics ?? []).map((s) => s.topic)];
    for (const t of topics) {
      // Topics are not pronoun-substituted: no placeholders at all.
      expect(t, `${id}: ${t}`).not.toMatch(/[{}]/);
      expect(t, `${id}: ${t}`).toMatch(/^[a-z]/);
      expect(t, `${id}: ${t}`).not.toMatch(/[.,;:\s]$|\s{2}/);
    }
    // Two findings that are empty must not give the same gap sentence.
    expect(new Set(topics).size, `${id}: repeated topics`).toBe(topics.length);
    const untopical = p.findings.filter((f) => f.role !== "EXCEPTIONS" && f.topic === undefined);
    expect(untopical.length, `${id}: findings without their own topic`).toBeLessThanOrEqual(1);
    // A finding that falls back on the question's topic must not be one of several alternatives of a
    // field: "Limited information was reported on the criminalization of trafficking" would contradict
    // the next sentence about States with partial legislation.
    for (const f of untopical) {
      const rivals = p.findings.filter((g) => g !== f && g.field === f.field && !(g.codes ?? []).every((c) => (f.codes ?? []).includes(c)));
      expect(rivals.map((g) => g.id), `${id}: finding ${f.id} needs its own topic`).toEqual([]);
    }
    const invites = [p.invite, ...p.findings.map((f) => f.invite)].filter((t): t is string => t !== undefined);
    for (const invite of invites) expect(invite).toMatch(/^I [a-z].*[a-z)]\.$/);
    // An anonymous report must name no State: no wording may contain a State's name (e.g. "Iraq" in
    // "the Islamic State in Iraq and the Levant").
    for (const text of [...clauses, ...topics, ...invites]) {
      const named = MEMBER_STATES.filter((s) => text.includes(s.name)).map((s) => s.name);
      expect(named, `${id}: ${text}`).toEqual([]);
    }
  });
});

// -------------------------------------------------------------------------------------------------
// Every section over deterministic demo replies.

/** About 40 States across the list, each with a generated reply; a few partial, a few not yet accepted. */
function demoReplies(seed: string): ReplyForAnalysis[] {
  return MEMBERS.filter((_, i) => i % 5 === 2).map((s, i) => ({
    state: { id: s.iso3, name: s.name, accepted: i % 6 !== 0 },
    answers: generateReply(definition, { stateId: s.iso3, seed, completeness: i % 7 === 3 ? "partial" : "full", modules: CONDITIONS.modules, years: [2025, 2026] }) as UncheckedAnswers,
  }));
}

function statesOf(field: FieldAnalysis): StateRef[] {
  switch (field.kind) {
    case "choice":
      return [...field.bars, ...field.apart].flatMap((b) => b.states);
    case "number":
      return [...field.notAvailable, ...field.series.flatMap((s) => s.values.map((v) => v.state))];
    case "dates":
      return field.values.map((v) => v.state);
    default:
      return field.entries.map((e) => e.state);
  }
}

function answering(analysis: QuestionAnalysis): string[] {
  return [...new Set(analysis.fields.flatMap((f) => statesOf(f)).map((s) => s.id))];
}

/** Two examples per phrased question from States that answered it, the first a good practice. */
function demoExamples(replies: readonly ReplyForAnalysis[]): Record<string, ExampleInput[]> {
  const out: Record<string, ExampleInput[]> = {};
  for (const id of Object.keys(PHRASINGS)) {
    const states = answering(analyseQuestion(definition, id, replies, CONDITIONS)).slice(0, 2);
    out[id] = states.map((stateId, i) => ({ stateId, clause: "its authorities had carried out the measures described in its reply", goodPractice: i === 0 }));
  }
  return out;
}

interface Run {
  name: string;
  replies: ReplyForAnalysis[];
  context: GenerationContext;
  includeSubmitted: boolean;
  examples: boolean;
}

function runs(): Run[] {
  const a = demoReplies("phrasings-a");
  const b = demoReplies("phrasings-b");
  return [
    { name: "SC, anonymous, accepted replies", replies: a, context: { naming: "anonymous", template: "SC", consents: consentsFromReplies(a), states: STATES }, includeSubmitted: false, examples: true },
    {
      name: "GA, named, with submitted replies",
      replies: a,
      context: { naming: "named", template: "GA", consents: consentsFromReplies(a), states: STATES, noun: { plural: "Member States", singular: "Member State" } },
      includeSubmitted: true,
      examples: true,
    },
    { name: "SC, named, another seed, no examples", replies: b, context: { naming: "named", template: "SC", consents: consentsFromReplies(b), states: STATES, seed: "sc-2026" }, includeSubmitted: true, examples: false },
  ];
}

describe("every section over demo replies", () => {
  const outputs: { run: string; out: SectionOutput }[] = [];
  const sentences: { where: string; sentence: Sentence }[] = [];

  beforeAll(() => {
    for (const run of runs()) {
      // Examples come from States whose replies the run counts (an example must be from a State that answered).
      const counted = run.includeSubmitted ? run.replies : run.replies.filter((r) => r.state.accepted);
      const examples = run.examples ? demoExamples(counted) : {};
      for (const sectionCode of sectionCodes) {
        outputs.push({
          run: run.name,
          out: generateSection({ definition, sectionCode, replies: run.replies, conditions: CONDITIONS, phrasings: PHRASINGS, examples, context: run.context, includeSubmitted: run.includeSubmitted }),
        });
      }
    }
    for (const { run, out } of outputs) {
      for (const p of out.paragraphs) for (const sentence of p.sentences) sentences.push({ where: `${run} ${out.sectionCode} ${sentence.questionIds.join()}`, sentence });
    }
  });

  it("generates every section without throwing, and leaves unphrased only the listed questions", () => {
    expect(outputs.length).toBe(sectionCodes.length * 3);
    for (const { out } of outputs) {
      for (const id of out.unphrased) expect(Object.keys(UNPHRASABLE), `${out.sectionCode}: ${id}`).toContain(id);
    }
    expect(sentences.length).toBeGreaterThan(300);
  });

  it("every sentence is well formed", () => {
    const bad = sentences
      .filter(({ sentence: { text } }) => !/^[A-Z0-9]/.test(text) || !text.endsWith(".") || /[{}]|undefined|\s{2}|\s,|\.\.|NaN/.test(text))
      .map(({ where, sentence }) => `${where}: ${sentence.text}`);
    expect(bad).toEqual([]);
  });

  it("no paragraph says the same gap, figure or trend twice", () => {
    // (The demo examples repeat one clause on purpose; they are left out.)
    const repeated = outputs.flatMap(({ run, out }) =>
      out.paragraphs.flatMap((p) =>
        p.sentences.filter((s, i) => ["GAP", "STAT", "TREND"].includes(s.kind) && p.sentences.findIndex((t) => t.text === s.text) !== i).map((s) => `${run} ${out.sectionCode}: ${s.text}`),
      ),
    );
    expect(repeated).toEqual([]);
  });

  it("'I am pleased to note that' opens at most one sentence per paragraph, clustered questions included", () => {
    const twice = outputs.flatMap(({ run, out }) => out.paragraphs.filter((p) => p.sentences.filter((s) => s.text.startsWith("I am pleased to note that")).length > 1).map((p) => `${run} ${out.sectionCode} ${p.questionIds.join()}`));
    expect(twice).toEqual([]);
    expect(sentences.some(({ sentence }) => /^I (also note with appreciation|further welcome the fact) that/.test(sentence.text))).toBe(true);
  });

  it("every sentence that is not a gap has the States behind it", () => {
    const bad = sentences.filter(({ sentence }) => sentence.kind !== "GAP" && sentence.stateIds.length === 0).map(({ where, sentence }) => `${where}: ${sentence.text}`);
    expect(bad).toEqual([]);
  });

  it("every phrased question says something in some section", () => {
    const said = new Set(sentences.flatMap(({ sentence }) => sentence.questionIds));
    const silent = Object.keys(PHRASINGS).filter((id) => !said.has(id));
    expect(silent).toEqual([]);
  });

  it("most phrased questions that feed AGG make an aggregate from the demo replies (not only gaps)", () => {
    const aggregated = new Set(sentences.filter(({ sentence }) => ["AGG", "SUB", "NAMED"].includes(sentence.kind)).flatMap(({ sentence }) => sentence.questionIds));
    const feedingAgg = Object.keys(PHRASINGS).filter((id) => question(id).feeds.kinds.includes("AGG") && PHRASINGS[id]!.findings.length > 0);
    const without = feedingAgg.filter((id) => !aggregated.has(id));
    // Demo data answer optional questions now and then; a handful may stay silent, not more.
    expect(without.length, without.join(", ")).toBeLessThanOrEqual(3);
  });
});

// -------------------------------------------------------------------------------------------------
// Targeted counts from hand-built replies.

function reply(iso3: string, answers: UncheckedAnswers): ReplyForAnalysis {
  return { state: { id: iso3, name: STATES.get(iso3)!.name, accepted: true }, answers };
}

function paragraph(id: string, replies: ReplyForAnalysis[], context: Partial<GenerationContext> = {}, phrasing: QuestionPhrasingInput = PHRASINGS[id]!) {
  return generateQuestionParagraph({
    question: question(id),
    analysis: analyseQuestion(definition, id, replies, CONDITIONS),
    phrasing,
    context: { naming: "anonymous", template: "SC", consents: consentsFromReplies(replies), states: STATES, ...context },
  });
}

const ids = MEMBERS.slice(0, 12).map((s) => s.iso3);

describe("targeted counts", () => {
  it("PREV-02: 3 of 10 marked the World Day → the 'many' band (0.30); 2 did neither → a gap with 'two States'", () => {
    const codes = [["WORLD_DAY"], ["WORLD_DAY", "BLUE_HEART"], ["WORLD_DAY"], ["BLUE_HEART"], ["BLUE_HEART"], ["BLUE_HEART"], ["BLUE_HEART"], ["BLUE_HEART"], ["NEITHER"], ["NEITHER"]];
    const replies = codes.map((selected, i) => reply(ids[i]!, { "PREV-02": { observances: { selected } } }));
    const p = paragraph("PREV-02", replies);
    const worldDay = p.sentences.find((s) => s.text.includes("World Day against Trafficking in Persons (30 July)"))!;
    expect(worldDay.text).toMatch(/^(Many|A large number of|Numerous) States reported having created different events to mark the World Day against Trafficking in Persons \(30 July\)\.$/);
    expect(worldDay.stateIds.sort()).toEqual(ids.slice(0, 3).sort());
    const blueHeart = p.sentences.find((s) => s.text.includes("Blue Heart"))!;
    expect(blueHeart.stateIds).toHaveLength(6); // 6 of 10: the majority band
    expect(blueHeart.text).toMatch(/^(The majority of|A majority of reporting|Most) States \w+ that they had joined the Blue Heart Campaign/);
    const gap = p.sentences.find((s) => s.kind === "GAP")!;
    expect(gap.text).toMatch(/^Two States (indicated|reported|noted) that they had neither marked the World Day nor joined the Blue Heart Campaign\.$/);
    expect(gap.stateIds.sort()).toEqual(ids.slice(8, 10).sort());
  });

  it("DATA-03: one State that does not submit data is 'it', not 'they'", () => {
    const replies = [reply(ids[0]!, { "DATA-03": { submission: { code: "NO" } } }), ...ids.slice(1, 5).map((s) => reply(s, { "DATA-03": { submission: { code: "YES_GENERAL" } } }))];
    const p = paragraph("DATA-03", replies);
    expect(p.sentences[0]!.text).toMatch(/^(The majority of|A majority of reporting|Most) States \w+ that they submitted data to UNODC/);
    expect(p.sentences[0]!.stateIds).toHaveLength(4);
    const gap = p.sentences.find((s) => s.kind === "GAP" && s.stateIds.length === 1)!;
    expect(gap.text).toMatch(/^(One|A) State (indicated|reported|noted) that it did not submit data to UNODC for the Global Report\.$/);
    expect(gap.stateIds).toEqual([ids[0]]);
    // Nobody included conflict data: its own gap topic.
    expect(p.text).toMatch(/(limited information was reported on|no information was received on|there is little information on|information on) the inclusion of victims from conflict and post-conflict areas in data submitted to UNODC/i);
  });

  it("ACC-03: 2 systematic and 4 occasional of 10 → an aggregate of 6 with 'two States' within it; 4 'rarely or never' a gap", () => {
    const codes = ["SYSTEMATICALLY", "SYSTEMATICALLY", "SOME_CASES", "SOME_CASES", "SOME_CASES", "SOME_CASES", "RARELY_OR_NEVER", "RARELY_OR_NEVER", "RARELY_OR_NEVER", "RARELY_OR_NEVER"];
    const replies = codes.map((code, i) => reply(ids[i]!, { "ACC-03": { financialInvestigations: { code } } }));
    const p = paragraph("ACC-03", replies);
    const agg = p.sentences.find((s) => s.kind === "AGG")!;
    expect(agg.stateIds).toHaveLength(6);
    expect(agg.text).toMatch(/^(The majority of|A majority of reporting|Most) States \w+ that they undertook concurrent financial investigations/);
    const systematic = p.sentences.find((s) => s.text.includes("conducted systematically"))!;
    expect(systematic.text).toMatch(/^Two States \w+ that such financial investigations were conducted systematically\.$/);
    const rarely = p.sentences.find((s) => s.text.includes("rarely or never"))!;
    expect(rarely.kind).toBe("GAP");
    expect(rarely.stateIds.sort()).toEqual(ids.slice(6, 10).sort());
    expect(rarely.text).toMatch(/^(Many|A large number of|Numerous) States/); // 4 of 10
  });

  it("CONF-01: all three answering States without armed conflict → 'All …' and their own words", () => {
    const replies = ids.slice(0, 3).map((s) => reply(s, { "CONF-01": { situation: { code: "NO_ARMED_CONFLICT" }, hostingDisplaced: "NO" } }));
    const p = paragraph("CONF-01", replies);
    expect(p.sentences[0]!.text).toMatch(/^All (reporting )?States (noted|indicated|reported) that there was no armed conflict in their territories\.$/);
    expect(p.sentences.some((s) => s.kind === "GAP" && /^All (reporting )?States (indicated|reported|noted) that they did not host significant numbers of persons fleeing conflict\.$/.test(s.text))).toBe(true);
  });

  it("COOP-06 (feeds STAT): the total of the contributions of the States that gave an amount", () => {
    const amounts = [100_000, 50_000, 25_000];
    const replies = [
      ...amounts.map((value, i) => reply(ids[i]!, { "COOP-06": { recipients: { selected: ["UN_TRUST_FUND_TRAFFICKING"] }, amount: { value } } })),
      reply(ids[3]!, { "COOP-06": { recipients: { selected: ["NONE"] } } }),
    ];
    const p = paragraph("COOP-06", replies);
    const stat = p.sentences.find((s) => s.kind === "STAT")!;
    expect(stat.text).toBe("Three States reported figures on contributions to the United Nations trust funds and programmes against trafficking in persons, amounting to a total of $175,000.");
    expect(stat.stateIds.sort()).toEqual(ids.slice(0, 3).sort());
    const gap = p.sentences.find((s) => s.kind === "GAP")!;
    expect(gap.text).toMatch(/^(One|A) State (indicated|reported|noted) that it had made no such contribution during the reporting period\.$/);
  });

  it("LEG-05 (feeds SUB only): subgroups are said without an aggregate, the second as 'other States'", () => {
    const replies = ids.slice(0, 10).map((s, i) =>
      reply(s, { "LEG-05": { application: { code: i < 4 ? "PEACE_AND_CONFLICT_ALIKE" : "NOT_ADDRESSED" }, relatedOffences: { selected: i >= 7 ? ["CHILD_RECRUITMENT_ARMED"] : ["SMUGGLING_OF_MIGRANTS"] } } }),
    );
    const p = paragraph("LEG-05", replies);
    const peace = p.sentences.find((s) => s.text.includes("in times of peace, as well as in times of conflict"))!;
    expect(peace.stateIds).toHaveLength(4);
    expect(peace.text).toMatch(/^(Many|A large number of|Numerous) States/); // 4 of 10
    const recruitment = p.sentences.find((s) => s.text.includes("recruitment of children by armed groups had been established as a distinct criminal offence"))!;
    expect(recruitment.text).toMatch(/^Other States /);
    expect(recruitment.stateIds.sort()).toEqual(ids.slice(7, 10).sort());
    const notAddressed = p.sentences.find((s) => s.text.includes("did not address the application"))!;
    expect(notAddressed.kind).toBe("GAP");
    expect(notAddressed.stateIds).toHaveLength(6);
  });

  it("GP-03 (free text, examples only): a reviewer's example is the paragraph; without one there is none", () => {
    const replies = [reply(ids[0]!, { "GP-03": { comments: "We question the competence of the Council." } })];
    expect(paragraph("GP-03", replies).sentences).toEqual([]);
    const p = generateQuestionParagraph({
      question: question("GP-03"),
      analysis: analyseQuestion(definition, "GP-03", replies, CONDITIONS),
      phrasing: PHRASINGS["GP-03"]!,
      examples: [{ stateId: ids[0]!, clause: "it questioned the competence of the Security Council to address trafficking in persons", goodPractice: false }],
      context: { naming: "anonymous", template: "SC", consents: consentsFromReplies(replies), states: STATES },
    });
    expect(p.text).toMatch(/^One State (reported|noted|indicated) that it questioned the competence of the Security Council/);
    expect(p.sentences[0]!.stateIds).toEqual([ids[0]]);
  });
});

describe("figures from repeating groups (PROT-04, ACC-02)", () => {
  const stages = (y: number, cases: number, prosecuted: number, convicted: number) => ({ year: y, totals: { cells: { CASES_INVESTIGATED: { VALUE: cases }, PERSONS_PROSECUTED: { VALUE: prosecuted }, PERSONS_CONVICTED: { VALUE: convicted } } } });

  it("ACC-02: each justice stage added up on its own; the same States are not counted again; 'not available' once", () => {
    const replies = [
      reply(ids[0]!, { "ACC-02": { byYear: [stages(2025, 1000, 300, 100), stages(2026, 352, 50, 20)] } }),
      reply(ids[1]!, { "ACC-02": { byYear: [stages(2026, 0, 1, 0)] } }),
      reply(ids[2]!, { "ACC-02": { byYear: [{ year: 2025, totals: { notAvailable: true } }] } }),
    ];
    const p = paragraph("ACC-02", replies);
    expect(p.sentences.map((s) => s.text)).toEqual([
      "Two States reported a total of 1,352 cases investigated in the reporting period.",
      "The same States reported a total of 351 persons prosecuted for trafficking in persons.",
      "The same States reported a total of 120 persons convicted of trafficking in persons.",
      expect.stringMatching(/^(One|A) State (indicated|reported|noted) that information on investigations, prosecutions and convictions for trafficking in persons in the reporting period was not available\.$/),
    ]);
    expect(p.sentences[3]!.stateIds).toEqual([ids[2]]);
    // Nobody with figures: one gap for the grid, not one per stage.
    const none = paragraph("ACC-02", [replies[2]!]);
    expect(none.sentences.filter((s) => /investigations, prosecutions and convictions/.test(s.text))).toHaveLength(2);
    expect(none.sentences).toHaveLength(2);
  });

  it("PROT-04 (feeds TREND): increases and decreases from each State's first year to its last", () => {
    const victims = (y: number, n: number) => ({ year: y, bySexAndAge: { cells: { FEMALE: { ADULT: n } } } });
    const replies = [
      ...ids.slice(0, 3).map((s) => reply(s, { "PROT-04": { byYear: [victims(2025, 10), victims(2026, 40)] } })),
      reply(ids[3]!, { "PROT-04": { byYear: [victims(2025, 40), victims(2026, 10)] } }),
    ];
    const p = paragraph("PROT-04", replies);
    expect(p.sentences.map((s) => s.kind)).toEqual(["TREND", "TREND"]);
    expect(p.sentences[0]!.text).toMatch(/^An increase in the number of identified victims was observed by (the majority of|a majority of reporting|most) States during the reporting period\.$/);
    expect(p.sentences[1]!.text).toBe("A decrease was observed by one State.");
  });
});

describe("LEG-12 and ACC-09: gaps and figures of their further fields", () => {
  it("LEG-12: the two sanctions figures 'not available' make one sentence, apart from the policy field's", () => {
    const replies = [
      reply(ids[0]!, { "LEG-12": { adopted: "YES", disciplinarySanctions: { notAvailable: true }, criminalSanctions: { notAvailable: true } } }),
      reply(ids[1]!, { "LEG-12": { adopted: "NOT_AVAILABLE", criminalSanctions: { notAvailable: true } } }),
      reply(ids[2]!, { "LEG-12": { adopted: "YES", disciplinarySanctions: { value: 3 } } }),
    ];
    const gaps = paragraph("LEG-12", replies).sentences.filter((s) => s.text.endsWith("was not available."));
    expect(gaps.map((s) => /information on (.*) was not available/.exec(s.text)![1])).toEqual([
      "measures against corruption and the complicity of public officials in trafficking",
      "the number of officials subject to disciplinary or criminal sanctions",
    ]);
    expect(gaps[1]!.stateIds.sort()).toEqual([ids[0]!, ids[1]!].sort());
  });

  it("ACC-09: allegations received and criminal convictions added up row by row; officers in deployed units a finding", () => {
    const deploys = { "ACC-07": { training: { code: "MANDATORY_ASSESSED" } } };
    const grid = (received: number, convictions: number) => ({ cells: { ALLEGATIONS_RECEIVED: { VALUE: received }, INVESTIGATIONS_OPENED: { VALUE: 99 }, CRIMINAL_CONVICTIONS: { VALUE: convictions } } });
    const replies = [
      reply(ids[0]!, { ...deploys, "ACC-09": { allegations: grid(7, 1), nationalInvestigationOfficers: "YES", oiosCooperation: "YES" } }),
      reply(ids[1]!, { ...deploys, "ACC-09": { allegations: grid(5, 0), nationalInvestigationOfficers: "NO", oiosCooperation: "YES" } }),
    ];
    const p = paragraph("ACC-09", replies);
    const stats = p.sentences.filter((s) => s.kind === "STAT").map((s) => s.text);
    expect(stats).toEqual([
      "Two States reported a total of 12 allegations concerning national personnel deployed in peace operations.",
      "The same States reported a total of one criminal conviction following such allegations.",
    ]);
    expect(p.text).toMatch(/(One|A) State \w+ that national investigation officers had been included in its deployed units\./);
    expect(p.text).toMatch(/(One|A) State \w+ that its deployed units did not include national investigation officers\./);
  });
});

describe("a subgroup over nobody", () => {
  it("RAT-03 answered by nobody: one gap, not a second one for the subgroup", () => {
    const p = paragraph("RAT-03", []);
    expect(p.sentences).toHaveLength(1);
    expect(p.sentences[0]!.text).toMatch(/ratification processes under way/);
    // A subgroup nobody satisfies among States that answered is still a gap of its own.
    const answered = paragraph("RAT-03", [reply(ids[0]!, { "RAT-01": { status: { code: "SIGNATORY" } }, "RAT-03": { stage: { code: "PROCESS_UNDER_WAY" } } })]);
    expect(answered.sentences.map((s) => s.kind)).toEqual(["AGG", "GAP"]);
    expect(answered.sentences[1]!.text).toMatch(/ratification or accession under consideration/);
  });
});

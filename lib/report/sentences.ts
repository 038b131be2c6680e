import { z } from "zod";
import type { FieldAnalysis, GroupNumbers, NumberFieldAnalysis, QuestionAnalysis, StateRef } from "@/lib/analysis/question-analysis";
import type { Question, SENTENCE_KINDS } from "@/lib/questionnaire/definition";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { formatCount, formatDollars, withThousands } from "./numbers";
import { chooseQuantifier, DEFAULT_QUANTIFIERS, type QuantifierChoice, type QuantifierConfig } from "./quantifiers";
import { REPORTING_VERBS, Rotator } from "./rotation";
import { formatStateList, sortStates, stateName, type ReportState } from "./state-lists";

/**
 * Sentence generation (BRIEF §3.9, §4.2 sentence kinds): from one analysed question
 * (`lib/analysis/analyseQuestion`), its `feeds` and its phrasing, the sentences of one paragraph, each
 * with its sources. Pure and deterministic: no clock, no randomness (rotation: `./rotation`).
 *
 * Paragraph order (§3.9 rule 7): the aggregates (strongest count first), their subgroups and
 * exceptions, statistics, single-State examples, gap sentences, then the SG-voice sentence.
 *
 * Kinds produced: AGG (quantified aggregate), SUB (subgroup "other States …", exceptions "With some
 * exceptions, …"), EX1 (single-State example, from an example a reviewer selected), NAMED (any sentence
 * that names a State: a parenthetical list or a named subject), GAP (limited information; "no", "not
 * applicable" and "information not available" answers — never dropped, §3.8), GP (the SG's invitation,
 * SC template), STAT (how many States gave figures, and their total: of a top-level INT field, a row or
 * column of its grid, or an INT sub-field of a repeating group summed over each State's items), TREND
 * (increase or decrease from each State's first year to its last, for a group with a YEAR sub-field).
 * Money: a currency of "USD" or a unit in United States dollars is written "$3.9 million" (§2.12).
 * "Information not available" answers are kept out of the figures and said once per topic.
 *
 * Gating by `feeds.kinds`: AGG/SUB/EX1/GP/STAT/TREND sentences are made only when the question feeds that
 * kind; names appear only when it feeds NAMED (or for a good-practice example, §3.7 b). GAP sentences
 * are always made, whatever the feeds: a gap is never dropped.
 *
 * Naming (§3.4, §3.9 rule 4): States are named only under the `named` policy, and only those whose
 * consent (META-06) allows it: MAY_BE_NAMED everywhere; GOOD_PRACTICE_ONLY only as the subject of a
 * good-practice example; ANONYMOUS_ONLY (and a State whose consent is unknown) never. A good-practice
 * entry's own consent "ANONYMOUS" also keeps it anonymous. A list that leaves out a State that may not
 * be named says "including". The `anonymous` and `respondents-listed` policies keep findings anonymous.
 */

export type SentenceKind = (typeof SENTENCE_KINDS)[number];
export type NamingPolicy = "anonymous" | "respondents-listed" | "named";
export type NamingConsent = "MAY_BE_NAMED" | "GOOD_PRACTICE_ONLY" | "ANONYMOUS_ONLY";
export type TemplateFamily = "SC" | "GA";

/** One generated sentence and what supports it. */
export interface Sentence {
  text: string;
  kind: SentenceKind;
  /** The questions whose answers support the sentence. */
  questionIds: string[];
  /** Every State whose answer supports the sentence (named or not), in UN order. */
  stateIds: string[];
  /** The States named in `text` (a subset of `stateIds`). */
  namedStateIds: string[];
}

export interface Paragraph {
  questionIds: string[];
  sentences: Sentence[];
  text: string;
}

// ---------------------------------------------------------------------------------------------------
// Phrasing: how a question's findings are worded (data, validated)

const ZClause = z.string().trim().min(1, "must not be empty");
const ZCodes = z.array(z.string().min(1)).min(1, "needs at least one option code");

export const ZFinding = z.object({
  /** Stable id within the question (pins and `within` refer to it). */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "finding ids are lower-case words joined by hyphens"),
  /** AGG: quantified aggregate; SUB: subgroup after an aggregate; EXCEPTIONS: "With some exceptions (…), …". */
  role: z.enum(["AGG", "SUB", "EXCEPTIONS"]),
  /** Field key in the question. */
  field: z.string().min(1),
  /** Choice fields: the option codes that satisfy the finding. Number fields: omit (a figure above 0 satisfies). */
  codes: ZCodes.optional(),
  /** Count only among the States of another finding (its id), e.g. conditions among those granting permits. */
  within: z.string().optional(),
  /** After the verb; {they} {their} {them} follow the number of the subject. AGG and SUB only. */
  clause: ZClause.optional(),
  /** Reporting verbs to rotate for this clause (default: §3.9 rule 6). */
  verbs: z.array(ZClause).min(1).optional(),
  /** Present a low count as a gap ("only a few States …"). */
  asGap: z.boolean().optional(),
  /** Gap topic when nobody satisfies the finding (default: the question's topic). */
  topic: ZClause.optional(),
  /** EXCEPTIONS: the codes of the exceptions, and the impersonal finding that holds for the others. */
  exceptCodes: ZCodes.optional(),
  impersonal: ZClause.optional(),
  /** SC template: the SG's sentence closing a paragraph that shows a good practice of this finding. */
  invite: ZClause.optional(),
}).superRefine((f, ctx) => {
  if (f.role === "EXCEPTIONS" && (!f.exceptCodes || !f.impersonal || !f.codes)) ctx.addIssue({ code: "custom", path: ["impersonal"], message: "an EXCEPTIONS finding needs codes, exceptCodes and impersonal" });
  if (f.role !== "EXCEPTIONS" && !f.clause) ctx.addIssue({ code: "custom", path: ["clause"], message: `a ${f.role} finding needs a clause` });
});

/**
 * A figure the paragraph adds up (STAT): a top-level INT field, or an INT sub-field of a GROUP field
 * (`sub`), whose figures are summed over each State's items ("victims identified, per year"). `row` and
 * `column` keep one row or column of a grid (the persons convicted of a grid by justice stage); without
 * them every cell adds up.
 */
export const ZStatistic = z.object({
  field: z.string().min(1),
  /** The INT sub-field of the GROUP field `field`. */
  sub: z.string().min(1).optional(),
  /** Only this grid row (code), e.g. "PERSONS_CONVICTED". */
  row: z.string().min(1).optional(),
  /** Only this grid column (code). */
  column: z.string().min(1).optional(),
  /** Noun phrase: "… reported figures on {topic}", and its gap sentences. */
  topic: ZClause,
  /** The unit after the total (default: the field's); a unit in dollars gives "$3.9 million". */
  unit: ZClause.optional(),
  /** The unit for a total of exactly one ("child" for "children"); default: the unit made singular by rule. */
  unitOne: ZClause.optional(),
  /**
   * "total": "Twelve States reported a total of 4,663 identified victims {after}." instead of the default
   * "Twelve States reported figures on {topic}, amounting to a total of 4,663 victims."
   */
  form: z.enum(["figures", "total"]).optional(),
  /** "total" form: words after the amount ("in the reporting period"). */
  after: ZClause.optional(),
  /**
   * TREND (only when the question feeds it, and the group has a YEAR sub-field): the plural noun whose
   * number rose or fell, "identified victims" → "An increase in the number of identified victims was
   * observed by some States during the reporting period." Each State's first year is compared with its last.
   */
  trend: ZClause.optional(),
}).superRefine((st, ctx) => {
  if (st.after !== undefined && st.form !== "total") ctx.addIssue({ code: "custom", path: ["after"], message: '"after" goes with form "total"' });
});

export const ZQuestionPhrasing = z.object({
  questionId: z.string().regex(/^[A-Z]+-\d{2}$/),
  /** Noun phrase for gap sentences: "Limited information was reported on {topic}." */
  topic: ZClause,
  findings: z.array(ZFinding),
  /** Per field key: the clause for "no" answers ("that {they} had not established such jurisdiction"). */
  negative: z.record(z.string(), ZClause).optional(),
  /** Per field key: further option codes that are negative answers (besides "NO" and "NONE"), e.g. "NO_SPECIFIC_OFFENCE". */
  negativeCodes: z.record(z.string(), ZCodes).optional(),
  /** Per field key: the clause for "not applicable" answers ("that there was no armed conflict in {their} territories"). */
  notApplicable: z.record(z.string(), ZClause).optional(),
  /** Number fields stated as figures (STAT), and their change from the first year to the last (TREND). */
  statistics: z.array(ZStatistic).optional(),
  /**
   * Per field key: the topic of that field's "information not available" gap (default: a statistic's
   * topic for its field, else the question's). A field named here gives its gaps even without a finding.
   * Fields whose gaps share a topic give one sentence (their States together), never the same one twice.
   */
  gapTopics: z.record(z.string(), ZClause).optional(),
  /** Default SG sentence for a good practice (SC). */
  invite: ZClause.optional(),
}).superRefine((p, ctx) => {
  const ids = p.findings.map((f) => f.id);
  p.findings.forEach((f, i) => {
    if (ids.indexOf(f.id) !== i) ctx.addIssue({ code: "custom", path: ["findings", i, "id"], message: `duplicate finding id "${f.id}"` });
    if (f.within !== undefined && (f.within === f.id || !ids.slice(0, i).includes(f.within))) ctx.addIssue({ code: "custom", path: ["findings", i, "within"], message: `"within" must name an earlier finding (got "${f.within}")` });
  });
});

export type QuestionPhrasingInput = z.input<typeof ZQuestionPhrasing>;
export type QuestionPhrasing = z.output<typeof ZQuestionPhrasing>;
export type Finding = z.output<typeof ZFinding>;
export type Statistic = z.output<typeof ZStatistic>;

/** An answer a reviewer selected as an example, reworded in the third person ("its national action plan included …"). */
export interface ExampleInput {
  stateId: string;
  /** What follows "reported that". */
  clause: string;
  /** The reviewer flagged it as a good practice. */
  goodPractice: boolean;
  /** The good-practice entry's own consent (GP field), when it has one. */
  gpConsent?: "NAMED" | "ANONYMOUS";
}

/** A choice an editor (or a test) fixes instead of the rotation; keyed by finding id, "example", "gap:<field>" or "invite". */
export interface Pin {
  quantifier?: string;
  verb?: string;
  template?: string;
  connector?: string;
}

export interface GenerationContext {
  naming: NamingPolicy;
  template: TemplateFamily;
  /** META-06 per State id; a State missing here is treated as ANONYMOUS_ONLY. */
  consents: ReadonlyMap<string, NamingConsent>;
  /** Names and articles per State id (falls back to the analysis name without article). */
  states?: ReadonlyMap<string, ReportState>;
  /** "States" (SC, default) or "Member States" (GA). */
  noun?: { plural: string; singular: string };
  quantifiers?: QuantifierConfig;
  /** Added to the rotation seed (e.g. the cycle slug). */
  seed?: string;
  pins?: Readonly<Record<string, Pin>>;
  /** Sentences already precede this paragraph's first one (connectors apply). */
  continues?: boolean;
  /** A preceding sentence of the paragraph already opens with `GP_LEAD` (it is not repeated). */
  gpLeadUsed?: boolean;
  /** Longest parenthetical list of names (default 12); a longer finding is left unnamed. */
  maxNamedList?: number;
  /**
   * Most single-State examples per paragraph (default 3, BRIEF §3.7: reports cite a few examples, not
   * every one); the others are counted in one closing sentence, their States kept as its sources.
   */
  maxExamples?: number;
}

export interface QuestionParagraphInput {
  question: Pick<Question, "id" | "feeds">;
  analysis: QuestionAnalysis;
  phrasing: QuestionPhrasingInput;
  examples?: readonly ExampleInput[];
  context: GenerationContext;
}

export const GAP_CONNECTORS = ["At the same time, however,", "However,"] as const;
const EXAMPLE_VERBS = ["reported", "noted", "indicated"] as const;
/** Default verbs before a "that" clause: §3.9 rule 6 without "cited" ("cited that …" is not English). */
const THAT_VERBS = REPORTING_VERBS.filter((v) => v !== "cited");
/** Default verbs before a noun phrase ("… reported the establishment of …"), §3.5. */
const OBJECT_VERBS = ["reported", "highlighted", "noted", "cited", "referred to"] as const;
const DEFAULT_INVITES = ["I invite States to consider similar approaches.", "I encourage States to adopt and support similar approaches."] as const;
/** The SG's good-practice lead: at most once per paragraph; later good practices take `GP_LATER_LEADS`. */
export const GP_LEAD = "I am pleased to note that";
export const GP_LATER_LEADS = ["I also note with appreciation that", "I further welcome the fact that"] as const;

// ---------------------------------------------------------------------------------------------------
// Helpers

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function pronouns(clause: string, plural: boolean): string {
  return clause
    .replaceAll("{they}", plural ? "they" : "it")
    .replaceAll("{their}", plural ? "their" : "its")
    .replaceAll("{them}", plural ? "them" : "it");
}

/** Reads META-06 ("consent" field, SC) from each reply; a missing or unknown answer gives ANONYMOUS_ONLY. */
export function consentsFromReplies(replies: readonly { state: { id: string }; answers: UncheckedAnswers }[]): Map<string, NamingConsent> {
  const out = new Map<string, NamingConsent>();
  for (const { state, answers } of replies) {
    const value = (answers["META-06"] as Record<string, unknown> | undefined)?.consent as { code?: unknown } | undefined;
    const code = value?.code;
    out.set(state.id, code === "MAY_BE_NAMED" || code === "GOOD_PRACTICE_ONLY" ? code : "ANONYMOUS_ONLY");
  }
  return out;
}

function unionStates(lists: StateRef[][]): StateRef[] {
  const seen = new Map<string, StateRef>();
  for (const list of lists) for (const s of list) if (!seen.has(s.id)) seen.set(s.id, s);
  return [...seen.values()];
}

/** The States satisfying `codes` in a field, and the States counted in its denominator (§3.9 rule 1). */
function fieldSets(field: FieldAnalysis, codes: readonly string[] | undefined): { match: StateRef[]; base: StateRef[] } {
  if (field.kind === "choice") {
    const base = unionStates(field.bars.map((b) => b.states));
    const match = codes ? unionStates(field.bars.filter((b) => codes.includes(b.code)).map((b) => b.states)) : base;
    return { match, base };
  }
  if (field.kind === "number") {
    const base = unionStates(field.series.map((s) => s.values.map((v) => v.state)));
    const match = unionStates(field.series.map((s) => s.values.filter((v) => v.value > 0).map((v) => v.state)));
    return { match, base };
  }
  throw new Error(`field "${field.key}" (${field.kind}) cannot carry a counted finding`);
}

function fieldOf(analysis: QuestionAnalysis, key: string): FieldAnalysis {
  const field = analysis.fields.find((f) => f.key === key);
  if (!field) throw new Error(`${analysis.questionId}: no field "${key}"`);
  return field;
}

// ---------------------------------------------------------------------------------------------------
// Generation

interface Resolved {
  finding: Finding;
  match: StateRef[];
  base: StateRef[];
}

class Builder {
  readonly rot: Rotator;
  readonly kinds: Set<string>;
  readonly noun: { plural: string; singular: string };
  readonly quantifiers: QuantifierConfig;
  readonly sentences: Sentence[] = [];
  gpLeadUsed: boolean;

  constructor(
    readonly questionId: string,
    kinds: readonly string[],
    readonly ctx: GenerationContext,
  ) {
    this.rot = new Rotator(`${ctx.seed ?? ""}|${questionId}`);
    this.kinds = new Set(kinds);
    this.noun = ctx.noun ?? { plural: "States", singular: "State" };
    this.quantifiers = ctx.quantifiers ?? DEFAULT_QUANTIFIERS;
    this.gpLeadUsed = ctx.gpLeadUsed === true;
  }

  pin(key: string): Pin {
    return this.ctx.pins?.[key] ?? {};
  }

  get first(): boolean {
    return !this.ctx.continues && this.sentences.length === 0;
  }

  report(ref: StateRef): ReportState {
    return this.ctx.states?.get(ref.id) ?? { id: ref.id, name: ref.name, takesArticle: false };
  }

  consent(id: string): NamingConsent {
    return this.ctx.consents.get(id) ?? "ANONYMOUS_ONLY";
  }

  /** The States of `states` that a list may name, or [] when lists are not allowed here. */
  nameable(states: StateRef[]): StateRef[] {
    if (this.ctx.naming !== "named" || !this.kinds.has("NAMED")) return [];
    if (states.length > (this.ctx.maxNamedList ?? 12)) return [];
    return states.filter((s) => this.consent(s.id) === "MAY_BE_NAMED");
  }

  /** " (A, B and C)" / " (including A and B)" / "" — and the ids named. */
  parenthesis(states: StateRef[]): { text: string; ids: string[] } {
    const named = this.nameable(states);
    if (named.length === 0) return { text: "", ids: [] };
    const list = formatStateList(named.map((s) => this.report(s)));
    return { text: ` (${named.length < states.length ? "including " : ""}${list})`, ids: sortStates(named.map((s) => this.report(s))).map((s) => s.id) };
  }

  quantified(choice: QuantifierChoice, key: string, asGap = false): string {
    const options = asGap && choice.gapSynonyms.length > 0 ? choice.gapSynonyms : choice.synonyms;
    const determiner = this.rot.pick(`q:${choice.band}${asGap ? ":gap" : ""}`, options, this.pin(key).quantifier);
    return `${determiner} ${choice.plural ? this.noun.plural : this.noun.singular}`;
  }

  verb(key: string, verbs: readonly string[] = REPORTING_VERBS): string {
    return this.rot.pick(`verb:${verbs.join("|")}`, verbs, this.pin(key).verb);
  }

  push(text: string, kind: SentenceKind, states: StateRef[], named: string[] = []) {
    const ids = sortStates(states.map((s) => this.report(s))).map((s) => s.id);
    this.sentences.push({ text, kind: named.length > 0 ? "NAMED" : kind, questionIds: [this.questionId], stateIds: ids, namedStateIds: named });
  }

  gapTopic(topic: string, states: StateRef[], key: string) {
    const template = this.rot.pick("gap", this.quantifiers.none.gapTemplates, this.pin(key).template);
    let text = template.replaceAll("{topic}", topic);
    if (!this.first) {
      const connector = this.rot.pick("connector", GAP_CONNECTORS, this.pin(key).connector);
      text = `${connector} ${lowerFirst(text)}`;
    }
    this.push(text, "GAP", states);
  }
}

/**
 * The paragraph for one question (see the module comment). Throws when the phrasing is invalid, names
 * an unknown field, or an example's State did not answer the question.
 */
export function generateQuestionParagraph(input: QuestionParagraphInput): Paragraph {
  const phrasingResult = ZQuestionPhrasing.safeParse(input.phrasing);
  if (!phrasingResult.success) {
    throw new Error(`invalid phrasing for ${input.question.id}: ${phrasingResult.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const phrasing = phrasingResult.data;
  if (phrasing.questionId !== input.question.id || input.analysis.questionId !== input.question.id) {
    throw new Error(`phrasing ${phrasing.questionId}, analysis ${input.analysis.questionId} and question ${input.question.id} differ`);
  }
  const { analysis, context: ctx } = input;
  const b = new Builder(input.question.id, input.question.feeds.kinds, ctx);
  const examples = input.examples ?? [];

  // Resolve every finding's States.
  const resolved = new Map<string, Resolved>();
  for (const finding of phrasing.findings) {
    const field = fieldOf(analysis, finding.field);
    checkCodes(analysis.questionId, finding, field);
    let { match, base } = fieldSets(field, finding.codes);
    let except: StateRef[] = [];
    if (finding.exceptCodes) except = fieldSets(field, finding.exceptCodes).match;
    if (finding.within) {
      const within = new Set(resolved.get(finding.within)!.match.map((s) => s.id));
      match = match.filter((s) => within.has(s.id));
      base = base.filter((s) => within.has(s.id));
      except = except.filter((s) => within.has(s.id));
    }
    resolved.set(finding.id, { finding, match: finding.role === "EXCEPTIONS" ? [...match, ...except] : match, base });
  }

  const answering = new Set(analysis.fields.flatMap((f) => statesOfField(f)).map((s) => s.id));
  for (const ex of examples) {
    if (!answering.has(ex.stateId)) throw new Error(`${analysis.questionId}: the example's State ${ex.stateId} did not answer the question`);
  }
  const gpStates = new Set(examples.filter((e) => e.goodPractice).map((e) => e.stateId));
  const sgVoice = ctx.template === "SC" && b.kinds.has("GP");

  // 1. Aggregates, strongest first; then subgroups and exceptions in phrasing order.
  const aggregates = phrasing.findings.filter((f) => f.role === "AGG").sort((x, y) => resolved.get(y.id)!.match.length - resolved.get(x.id)!.match.length);
  const others = phrasing.findings.filter((f) => f.role !== "AGG");
  let aggregateSaid = false;
  const said = new Set<string>();
  const invites: { finding: Finding; states: StateRef[] }[] = [];

  // Fields and findings that already gave a gap because nobody was counted: a subgroup or exceptions
  // finding over the same nobody (its field unanswered, or the finding it is `within` empty) adds no
  // second gap sentence.
  const emptyGaps = new Set<string>();
  for (const finding of [...aggregates, ...others]) {
    const { match, base } = resolved.get(finding.id)!;
    if (match.length === 0 && base.length === 0) {
      if (finding.role !== "AGG" && (emptyGaps.has(`field:${finding.field}`) || (finding.within !== undefined && emptyGaps.has(`finding:${finding.within}`)))) continue;
      emptyGaps.add(`field:${finding.field}`);
    }
    if (match.length === 0) emptyGaps.add(`finding:${finding.id}`);
    if (finding.role === "EXCEPTIONS") {
      exceptionsSentence(b, finding, resolved.get(finding.id)!, analysis);
      continue;
    }
    const topic = finding.topic ?? phrasing.topic;
    if (match.length === 0) {
      b.gapTopic(topic, base, finding.id);
      continue;
    }
    if (!b.kinds.has(finding.role) && !(finding.role === "SUB" && b.kinds.has("AGG"))) continue;
    const choice = chooseQuantifier(match.length, base.length, b.quantifiers);
    let subject: string;
    // "Other States" only for a subgroup that shares no State with the findings already said.
    if (finding.role === "SUB" && aggregateSaid && match.every((st) => !said.has(st.id))) subject = choice.plural ? `other ${b.noun.plural}` : `another ${b.noun.singular}`;
    else subject = b.quantified(choice, finding.id, finding.asGap === true);
    const verb = b.verb(finding.id, finding.verbs ?? (/^that\b/.test(finding.clause!) ? THAT_VERBS : OBJECT_VERBS));
    const paren = b.parenthesis(match);
    const hasGp = sgVoice && match.some((s) => gpStates.has(s.id));
    let text = `${subject} ${verb} ${pronouns(finding.clause!, choice.plural)}${paren.text}.`;
    if (hasGp) {
      const lead = b.gpLeadUsed ? b.rot.pick("gp-lead", GP_LATER_LEADS, b.pin("gp-lead").template) : GP_LEAD;
      b.gpLeadUsed = true;
      text = `${lead} ${text}`;
    } else text = capitalise(text);
    b.push(text, finding.role, match, paren.ids);
    if (hasGp) invites.push({ finding, states: match.filter((s) => gpStates.has(s.id)) });
    aggregateSaid = true;
    for (const st of match) said.add(st.id);
  }

  // 2. Statistics, and trends from the first year to the last.
  const statGaps: NotAvailableGap[] = [];
  const naSources = new Set<string>();
  const emptySources = new Set<string>();
  for (const stat of phrasing.statistics ?? []) {
    const figures = statisticFigures(analysis, stat);
    // "Not available" is said once per field (statistics on rows of one grid share it), apart from the figures.
    const source = `${stat.field}.${stat.sub ?? ""}`;
    if (figures.notAvailable.length > 0 && !naSources.has(source)) statGaps.push({ topic: phrasing.gapTopics?.[stat.field] ?? stat.topic, states: figures.notAvailable, answered: figures.answered });
    naSources.add(source);
    if (figures.reporting.length === 0) {
      // Rows of one grid that nobody gave figures for make one gap, on the field's topic when it has one.
      if (!emptySources.has(source)) {
        const sameSource = (phrasing.statistics ?? []).filter((st) => st.field === stat.field && st.sub === stat.sub);
        const allEmpty = sameSource.every((st) => statisticFigures(analysis, st).reporting.length === 0);
        b.gapTopic(allEmpty ? (phrasing.gapTopics?.[stat.field] ?? stat.topic) : stat.topic, [], `gap:${statKey(stat)}`);
        if (allEmpty) emptySources.add(source);
      }
      continue;
    }
    if (b.kinds.has("STAT")) statSentence(b, stat, figures);
    if (b.kinds.has("TREND") && stat.trend) trendSentences(b, stat.trend, figures, `trend:${statKey(stat)}`);
  }
  // 3. Single-State examples (at most `maxExamples`; the others counted in one sentence).
  let exampleCount = 0;
  const maxExamples = ctx.maxExamples ?? 3;
  const furtherExamples: { state: StateRef; goodPractice: boolean }[] = [];
  for (const ex of examples) {
    if (!b.kinds.has("EX1") && !(ex.goodPractice && b.kinds.has("GP"))) continue;
    const state = analysis.fields.flatMap((f) => statesOfField(f)).find((s) => s.id === ex.stateId)!;
    if (exampleCount >= maxExamples) {
      furtherExamples.push({ state, goodPractice: ex.goodPractice });
      continue;
    }
    const consent = b.consent(ex.stateId);
    const mayName =
      ctx.naming === "named" &&
      ex.gpConsent !== "ANONYMOUS" &&
      (consent === "MAY_BE_NAMED" || (consent === "GOOD_PRACTICE_ONLY" && ex.goodPractice)) &&
      (b.kinds.has("NAMED") || ex.goodPractice);
    const verb = b.verb("example", EXAMPLE_VERBS);
    // The first example is introduced ("For instance, one State …"); a further one is "another State".
    const lead = b.first ? "" : exampleCount === 0 ? "For instance, " : "";
    const anonymous = exampleCount === 0 ? `one ${b.noun.singular}` : `another ${b.noun.singular}`;
    const subject = mayName ? stateName(b.report(state), { capitalise: lead === "" }) : lead === "" ? capitalise(anonymous) : anonymous;
    exampleCount += 1;
    b.push(`${lead}${subject} ${verb} that ${ex.clause.replace(/\.$/, "")}.`, "EX1", [state], mayName ? [state.id] : []);
  }
  if (furtherExamples.length > 0) {
    const n = furtherExamples.length;
    const what = furtherExamples.every((e) => e.goodPractice) ? (n === 1 ? "a good practice" : "good practices") : n === 1 ? "an example" : "examples";
    const noun = n === 1 ? b.noun.singular : b.noun.plural;
    b.push(`${formatCount(n, { sentenceStart: true })} other ${noun} also reported ${what} in this area.`, "EX1", furtherExamples.map((e) => e.state), []);
  }

  // 4. Gaps from "no", "not applicable" and "information not available" answers, field by field; then
  // the "not available" ones, one sentence per topic (a statistic's field gives its own, once).
  const statFields = new Set((phrasing.statistics ?? []).filter((st) => st.sub === undefined).map((st) => st.field));
  const gapFields = new Set([
    ...phrasing.findings.map((f) => f.field),
    ...Object.keys(phrasing.negative ?? {}),
    ...Object.keys(phrasing.negativeCodes ?? {}),
    ...Object.keys(phrasing.notApplicable ?? {}),
    ...Object.keys(phrasing.gapTopics ?? {}),
  ]);
  const navGaps: NotAvailableGap[] = [];
  for (const key of gapFields) {
    const nav = negativeGaps(b, fieldOf(analysis, key), phrasing);
    if (nav && !statFields.has(key)) navGaps.push(nav);
  }
  for (const gap of mergeGaps([...navGaps, ...statGaps])) {
    const key = `gap:nav:${gap.topic}`;
    const choice = chooseQuantifier(gap.states.length, gap.answered, b.quantifiers);
    const verb = b.verb(key, ["indicated", "reported", "noted"]);
    b.push(capitalise(`${b.quantified(choice, key)} ${verb} that information on ${gap.topic} was not available.`), "GAP", gap.states);
  }

  // 5. The SG's invitation (SC template) after a good practice.
  const gpExamples = sgVoice ? examples.filter((e) => e.goodPractice) : [];
  if (invites.length > 0 || gpExamples.length > 0) {
    const text = invites[0]?.finding.invite ?? phrasing.invite ?? b.rot.pick("invite", DEFAULT_INVITES, b.pin("invite").template);
    const states = analysis.fields.flatMap((f) => statesOfField(f)).filter((s) => gpStates.has(s.id));
    b.push(text, "GP", unionStates([states]));
  }

  return { questionIds: [input.question.id], sentences: b.sentences, text: joinSentences(b.sentences) };
}

/** A finding's option codes must be options of its field (a misspelt code would silently count nobody). */
function checkCodes(questionId: string, finding: Finding, field: FieldAnalysis) {
  if (field.kind !== "choice" || field.type === "STATE_LIST") return;
  const known = new Set([...field.bars, ...field.apart].map((b) => b.code));
  for (const code of [...(finding.codes ?? []), ...(finding.exceptCodes ?? [])]) {
    if (!known.has(code)) throw new Error(`${questionId}: finding "${finding.id}" names option "${code}", which field "${field.key}" does not have`);
  }
}

function statesOfField(field: FieldAnalysis): StateRef[] {
  switch (field.kind) {
    case "choice":
      return unionStates([...field.bars.map((b) => b.states), ...field.apart.map((b) => b.states)]);
    case "number":
      return unionStates([field.notAvailable, ...field.series.map((s) => s.values.map((v) => v.state))]);
    case "dates":
      return field.values.map((v) => v.state);
    case "text":
      return field.entries.map((e) => e.state);
    default:
      return field.entries.map((e) => e.state);
  }
}

function exceptionsSentence(b: Builder, finding: Finding, r: Resolved, analysis: QuestionAnalysis) {
  const field = fieldOf(analysis, finding.field);
  const exceptSet = new Set(fieldSets(field, finding.exceptCodes).match.map((s) => s.id));
  const except = r.match.filter((s) => exceptSet.has(s.id));
  const holders = r.match.filter((s) => !exceptSet.has(s.id));
  const impersonal = pronouns(finding.impersonal!, true);
  if (holders.length === 0 && except.length === 0) {
    b.gapTopic(finding.topic ?? impersonal, r.base, finding.id);
    return;
  }
  if (!b.kinds.has("SUB") && !b.kinds.has("AGG")) return;
  if (except.length === 0) {
    b.push(`In all the ${b.noun.plural} concerned, ${impersonal}.`, "SUB", holders);
    return;
  }
  if (except.length < holders.length) {
    const paren = b.parenthesis(except);
    const lead = except.length === 1 ? "With one exception" : "With some exceptions";
    b.push(`${lead}${paren.text}, ${impersonal}.`, "SUB", r.match, paren.ids);
    return;
  }
  // More exceptions than holders: say where the finding holds instead.
  if (holders.length === 0) return;
  const choice = chooseQuantifier(holders.length, r.match.length, b.quantifiers);
  const subject = choice.band === "one" ? `one ${b.noun.singular}` : b.quantified(choice, finding.id);
  const paren = b.parenthesis(holders);
  b.push(`In ${subject}${paren.text}, ${impersonal}.`, "SUB", holders, paren.ids);
}

/** "Information not available" answers on one topic (a field, a statistic, or several merged). */
interface NotAvailableGap {
  topic: string;
  states: StateRef[];
  /** The denominator: States that answered the field(s). */
  answered: number;
}

/** One gap per topic, in order of first appearance: States together, the largest denominator. */
function mergeGaps(gaps: readonly NotAvailableGap[]): NotAvailableGap[] {
  const byTopic = new Map<string, NotAvailableGap>();
  for (const gap of gaps) {
    const seen = byTopic.get(gap.topic);
    if (!seen) byTopic.set(gap.topic, { ...gap, states: [...gap.states] });
    else byTopic.set(gap.topic, { topic: gap.topic, states: unionStates([seen.states, gap.states]), answered: Math.max(seen.answered, gap.answered) });
  }
  return [...byTopic.values()];
}

/** A statistic's rotation and pin key: "field", "field.sub", with "/row" and ":column". */
function statKey(stat: Statistic): string {
  return `${stat.field}${stat.sub ? `.${stat.sub}` : ""}${stat.row ? `/${stat.row}` : ""}${stat.column ? `:${stat.column}` : ""}`;
}

interface StatFigures {
  /** States with a figure in the statistic's series, and their sum per State. */
  reporting: StateRef[];
  perState: Map<string, number>;
  total: number;
  /** One currency for all the figures, or undefined; `mixed` when several (not added up). */
  currency: string | undefined;
  mixed: boolean;
  unit: string | undefined;
  notAvailable: StateRef[];
  answered: number;
  /** Per State with figures in at least two years: the first year's sum and the last's. */
  trends: { state: StateRef; first: number; last: number }[];
}

/** The figures a statistic adds up: its field (or group sub-field), restricted to a grid row or column. */
function statisticFigures(analysis: QuestionAnalysis, stat: Statistic): StatFigures {
  const top = fieldOf(analysis, stat.field);
  let field: NumberFieldAnalysis;
  let byYear: GroupNumbers["byYear"] = [];
  if (stat.sub !== undefined) {
    if (top.kind !== "group") throw new Error(`${analysis.questionId}: statistic field "${stat.field}" is not a group field`);
    const numbers = top.numbers.find((n) => n.field.key === stat.sub);
    if (!numbers) throw new Error(`${analysis.questionId}: group "${stat.field}" has no number sub-field "${stat.sub}"`);
    field = numbers.field;
    byYear = numbers.byYear;
  } else {
    if (top.kind !== "number") throw new Error(`${analysis.questionId}: statistic field "${stat.field}" is not a number field`);
    field = top;
  }
  if ((stat.row !== undefined || stat.column !== undefined) && !field.grid) throw new Error(`${analysis.questionId}: statistic ${statKey(stat)} names a row or column of a field without a grid`);
  for (const [axis, code] of [["rowCode", stat.row], ["columnCode", stat.column]] as const) {
    // Every cell of a grid without currencies has a series: a code no series has is misspelt.
    if (code !== undefined && field.series.every((s) => s.currency === undefined) && !field.series.some((s) => s[axis] === code)) {
      throw new Error(`${analysis.questionId}: statistic ${statKey(stat)}: "${code}" is not a ${axis === "rowCode" ? "row" : "column"} of the grid`);
    }
  }
  const keep = (s: { rowCode?: string; columnCode?: string }) => (stat.row === undefined || s.rowCode === stat.row) && (stat.column === undefined || s.columnCode === stat.column);
  const series = field.series.filter(keep);
  const keys = new Set(series.map((s) => s.key));
  const perState = new Map<string, number>();
  for (const s of series) for (const v of s.values) perState.set(v.state.id, (perState.get(v.state.id) ?? 0) + v.value);
  const reporting = unionStates(series.map((s) => s.values.map((v) => v.state)));
  const currencies = new Set(series.filter((s) => s.values.length > 0).map((s) => s.currency ?? ""));
  const trends: StatFigures["trends"] = [];
  for (const { state, years } of byYear) {
    const sums = years.map((y) => Object.entries(y.figures).filter(([k]) => keys.has(k))).filter((e) => e.length > 0).map((e) => e.reduce((n, [, v]) => n + v, 0));
    if (sums.length >= 2) trends.push({ state, first: sums[0]!, last: sums.at(-1)! });
  }
  return {
    reporting,
    perState,
    total: series.reduce((sum, s) => sum + s.stats.total, 0),
    currency: currencies.size === 1 ? [...currencies][0] || undefined : undefined,
    mixed: currencies.size > 1,
    unit: stat.unit ?? field.unit,
    notAvailable: field.notAvailable,
    answered: field.answered,
    trends,
  };
}

const IRREGULAR_SINGULARS: Readonly<Record<string, string>> = { children: "child", people: "person", women: "woman", men: "man", persons: "person" };

/** The unit for a total of one: "children" → "child", "identified victims" → "identified victim", "authorities" → "authority". */
export function singularUnit(unit: string): string {
  const m = /^(.*?)([A-Za-z]+)$/.exec(unit);
  if (!m) return unit;
  const [, head, last] = m as unknown as [string, string, string];
  const lower = last.toLowerCase();
  if (IRREGULAR_SINGULARS[lower]) return head + IRREGULAR_SINGULARS[lower];
  if (/[^aeiou]ies$/.test(lower)) return `${head}${last.slice(0, -3)}y`;
  if (/(ss|us)$/.test(lower) || !lower.endsWith("s")) return unit;
  return head + last.slice(0, -1);
}

/** A unit that means United States dollars (written "$…", BRIEF §2.12 Money). */
function isDollars(unit: string | undefined): boolean {
  return unit !== undefined && /^(united states dollars|us dollars|us\$|usd|dollars)$/i.test(unit.trim());
}

function statSentence(b: Builder, stat: Statistic, f: StatFigures) {
  if (f.mixed) return; // amounts in several currencies are not added up
  let amount: string;
  if (f.currency === "USD" || (f.currency === undefined && isDollars(f.unit))) amount = formatDollars(f.total);
  else if (f.currency) amount = `${withThousands(f.total)} ${f.currency}`;
  else {
    // §2.12: one to nine in words, unless the sentence has a number of 10 or more (then all figures).
    const unit = f.unit ?? "";
    const figure = Number.isInteger(f.total) ? formatCount(f.total, { inSeriesWithLarge: f.reporting.length >= 10 }) : withThousands(f.total);
    amount = `${figure}${unit ? ` ${f.total === 1 ? (stat.unitOne ?? singularUnit(unit)) : unit}` : ""}`;
  }
  // Rows of one grid reported by the same States: "The same States reported …" rather than the count again.
  const previous = b.sentences.at(-1);
  const ids = sortStates(f.reporting.map((s) => b.report(s))).map((s) => s.id);
  const same = previous?.kind === "STAT" && previous.stateIds.length === ids.length && previous.stateIds.every((id, i) => id === ids[i]);
  const noun = f.reporting.length === 1 ? b.noun.singular : b.noun.plural;
  const count = same ? `The same ${noun}` : `${formatCount(f.reporting.length, { sentenceStart: true })} ${noun}`;
  const after = stat.after ? ` ${stat.after}` : "";
  const text =
    stat.form === "total"
      ? f.total === 0 && !f.currency && !isDollars(f.unit) && f.unit
        ? `${count} reported no ${f.unit}${after}.`
        : `${count} reported a total of ${amount}${after}.`
      : `${count} reported figures on ${stat.topic}, amounting to a total of ${amount}.`;
  b.push(text, "STAT", f.reporting);
}

/**
 * TREND ([000] ¶29): each State's first year against its last; "An increase in the number of … was
 * observed by some States during the reporting period", then the decreases and the unchanged, each
 * quantified over the States with figures for at least two years.
 */
function trendSentences(b: Builder, noun: string, f: StatFigures, key: string) {
  const base = f.trends.length;
  if (base === 0) return;
  const up = f.trends.filter((t) => t.last > t.first).map((t) => t.state);
  const down = f.trends.filter((t) => t.last < t.first).map((t) => t.state);
  const same = f.trends.filter((t) => t.last === t.first).map((t) => t.state);
  // "by one State", never "by a State" (the "one" band's other synonym reads as any State at all).
  const by = (states: StateRef[]) => {
    const choice = chooseQuantifier(states.length, base, b.quantifiers);
    return choice.band === "one" ? `one ${b.noun.singular}` : b.quantified(choice, key);
  };
  if (up.length > 0) b.push(`An increase in the number of ${noun} was observed by ${by(up)} during the reporting period.`, "TREND", up);
  if (down.length > 0) b.push(up.length > 0 ? `A decrease was observed by ${by(down)}.` : `A decrease in the number of ${noun} was observed by ${by(down)} during the reporting period.`, "TREND", down);
  if (same.length > 0) b.push(`The number ${up.length + down.length > 0 ? "" : `of ${noun} `}remained unchanged in ${by(same)}.`, "TREND", same);
}

/** Says the "no" and "not applicable" gaps of a field; returns its "not available" answers, said later with the others. */
function negativeGaps(b: Builder, field: FieldAnalysis, phrasing: QuestionPhrasing): NotAvailableGap | undefined {
  const key = `gap:${field.key}`;
  const say = (states: StateRef[], denominator: number, clause: string) => {
    const choice = chooseQuantifier(states.length, denominator, b.quantifiers);
    const subject = b.quantified(choice, key);
    const verb = b.verb(key, ["indicated", "reported", "noted"]);
    b.push(capitalise(`${subject} ${verb} ${pronouns(clause, choice.plural)}.`), "GAP", states);
  };
  if (field.kind === "choice") {
    // "No" (YNP, SC) and the exclusive "None" of a multiple choice are negative answers.
    const negatives = ["NO", "NONE", ...(phrasing.negativeCodes?.[field.key] ?? [])];
    const unknown = negatives.slice(2).filter((code) => !field.bars.some((x) => x.code === code));
    if (unknown.length > 0) throw new Error(`${phrasing.questionId}: negative codes ${unknown.join(", ")} are not options of field "${field.key}"`);
    const no = unionStates(field.bars.filter((x) => negatives.includes(x.code)).map((x) => x.states));
    if (no.length > 0) say(no, field.base, phrasing.negative?.[field.key] ?? `that {they} had no measures to report on ${phrasing.topic}`);
    const na = [...field.apart, ...field.bars].find((x) => x.code === "NOT_APPLICABLE");
    if (na && na.count > 0) say(na.states, field.answered, phrasing.notApplicable?.[field.key] ?? "that the question did not apply to {them}");
    const nav = field.apart.find((x) => x.code === "NOT_AVAILABLE");
    if (nav && nav.count > 0) return { topic: gapTopicOf(field.key, phrasing), states: nav.states, answered: field.answered };
  } else if (field.kind === "number" && field.notAvailable.length > 0) {
    return { topic: gapTopicOf(field.key, phrasing), states: field.notAvailable, answered: field.answered };
  }
  return undefined;
}

/** The topic of a field's "not available" gap: `gapTopics`, a statistic's topic, else the question's. */
function gapTopicOf(key: string, phrasing: QuestionPhrasing): string {
  return phrasing.gapTopics?.[key] ?? phrasing.statistics?.find((st) => st.field === key && st.sub === undefined)?.topic ?? phrasing.topic;
}

/** The paragraph text: sentences joined by one space. */
export function joinSentences(sentences: readonly Pick<Sentence, "text">[]): string {
  return sentences.map((s) => s.text).join(" ");
}

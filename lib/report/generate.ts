import type { ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import { offeredQuestions } from "@/lib/analysis/question-analysis";
import { joinUnList } from "@/lib/reference/country-order";
import { isFieldVisible, isQuestionVisible, type ConditionContext } from "@/lib/questionnaire/conditions";
import type { Question, QuestionnaireDefinition, QuestionField } from "@/lib/questionnaire/definition";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { PHRASINGS } from "./config/phrasings";
import { TREATY_ACTIONS, TREATY_ACTIONS_COMPLETE, TREATY_INSTRUMENTS, TREATY_STATUS } from "./config/treaties";
import { contributorsText, type ContributorsForm } from "./contributors";
import {
  parseReportDocument,
  ZReportMeta,
  type Block,
  type Footnote,
  type ParagraphBlock,
  type ReplySource,
  type ReportDocument,
  type ReportDocumentInput,
  type ReportMeta,
} from "./document";
import { formatCount, formatUnDate, fromToRange } from "./numbers";
import { DEFAULT_QUANTIFIERS, parseQuantifierConfig, QuantifierConfigError, type QuantifierConfig } from "./quantifiers";
import { generateSection } from "./section";
import { consentsFromReplies, ZQuestionPhrasing, type ExampleInput, type GenerationContext, type NamingConsent, type QuestionPhrasingInput } from "./sentences";
import { sortStates, type ReportState } from "./state-lists";
import { getReportTemplate } from "./templates";
import { defineTemplate, ReportGenerationError, TemplateValidationError, type ReportTemplate, type SectionSource, type TemplateContent } from "./templates/template";
import { treatyActionsSentence, treatyStatusSentence } from "./treaty";

export { ReportGenerationError, type ReportGenerationErrorCode } from "./templates/template";

/**
 * Whole-report generation (issue 5, points 3–4): a template's skeleton (BRIEF Appendix A) filled from
 * the counted replies — Introduction and secretariat placeholders from the template, the contributors
 * footnote or respondents paragraph (§3.1), the treaty-status paragraph from reference data (§3.6),
 * the Member State sections from `generateSection`, the recommendations seeded from the template and,
 * for the General Assembly, the Summary (§2.3). Pure and deterministic: the same input gives the
 * same document, byte for byte (no clock: `generatedAt` is copied from the input).
 *
 * Keys (by which a regeneration finds a block again): headings "h:III.A", run-in headings "h:<key>",
 * template paragraphs and recommendations "tpl:<key>", generated paragraphs "<code>:<first question>"
 * ("T-LEG:LEG-02"), the treaty paragraph "treaty-status", the respondents paragraph and the
 * contributors footnote "contributors". Ids are "b:<key>" (blocks) and "fn:<key>" (footnotes).
 *
 * Naming (§3.4, decision 005): findings follow `meta.naming` through `generateSection`; the
 * contributors lists only States that may be named (META-06), and under `anonymous` none at all.
 * `respondents-listed` and `named` turn the count-only footnote of the Security Council template into
 * the count-and-list form (a report that names respondents lists them, [002] ¶5, [004] fn 9). Treaty actions name States (depositary facts) unless one of them is a
 * respondent that did not consent to being named: the sentence then gives the count only.
 * Good-practice examples come only from the answers a reviewer flagged (`goodPractice`).
 */

export interface GenerationReply {
  source: ReplySource;
  /** ISO date the reply was received (for the cut-off, §3.1). */
  receivedOn?: string;
  /** The snapshot's answers. */
  answers: UncheckedAnswers;
}

export interface GenerationCycle {
  slug: string;
  title: string;
  organ: "SC" | "GA";
  mandate: string;
  periodFrom: string;
  periodTo: string;
  cutOff: string;
  modules: readonly string[];
}

export interface GenerateReportInput {
  /** A template id, or a template object (validated with ZReportTemplate). */
  template: string | unknown;
  meta: ReportMeta;
  cycle: GenerationCycle;
  definition: QuestionnaireDefinition;
  questionnaireVersion: number;
  /** ACCEPTED replies, plus SUBMITTED ones (used only when `meta.includeSubmitted`). */
  replies: readonly GenerationReply[];
  /** Every State by ISO alpha-3 code. */
  states: ReadonlyMap<string, ReportState>;
  /** Reviewers' GOOD_PRACTICE flags: examples come only from these. */
  goodPractice: readonly { stateId: string; questionId: string }[];
  /** ISO timestamp, copied to `generation.generatedAt`. */
  generatedAt: string;
  phrasings?: Readonly<Record<string, QuestionPhrasingInput>>;
  /** Default DEFAULT_QUANTIFIERS; validated with parseQuantifierConfig. */
  quantifiers?: unknown;
}

// ---------------------------------------------------------------------------------------------------
// Inputs: template, configuration, counted replies

function resolveTemplate(template: unknown): ReportTemplate {
  if (typeof template === "string") return getReportTemplate(template);
  try {
    return defineTemplate(template);
  } catch (error) {
    if (error instanceof TemplateValidationError) throw new ReportGenerationError("INVALID_TEMPLATE", `The report template is not valid: ${error.reasons.join("; ")}.`);
    throw error;
  }
}

function resolveQuantifiers(input: unknown): QuantifierConfig {
  if (input === undefined) return DEFAULT_QUANTIFIERS;
  try {
    return parseQuantifierConfig(input);
  } catch (error) {
    if (error instanceof QuantifierConfigError) throw new ReportGenerationError("INVALID_CONFIG", `The quantifier configuration is not valid: ${error.reasons.join("; ")}.`);
    throw error;
  }
}

function resolveMeta(input: ReportMeta, template: ReportTemplate): ReportMeta {
  const parsed = ZReportMeta.safeParse(input);
  if (!parsed.success) {
    throw new ReportGenerationError("INVALID_CONFIG", `The report's masthead is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".") || "meta"} ${i.message}`).join("; ")}.`);
  }
  const meta = parsed.data;
  if (meta.family !== template.family || meta.templateId !== template.id) {
    throw new ReportGenerationError("INVALID_TEMPLATE", `The draft is a ${meta.family} report on template "${meta.templateId}", not a ${template.family} report on template "${template.id}".`);
  }
  return meta;
}

interface Counted {
  reply: GenerationReply;
  state: ReportState;
}

function countedReplies(input: GenerateReportInput, meta: ReportMeta, states: ReadonlyMap<string, ReportState>): Counted[] {
  const eligible = input.replies.filter((r) => r.source.status === "ACCEPTED" || (meta.includeSubmitted && r.source.status === "SUBMITTED"));
  const onTime = eligible.filter((r) => !(meta.cutOff && r.receivedOn && r.receivedOn > meta.cutOff));
  const seen = new Set<string>();
  const unique = onTime.filter((r) => (seen.has(r.source.stateId) ? false : (seen.add(r.source.stateId), true)));
  if (unique.length === 0) {
    if (eligible.length > 0 && meta.cutOff) throw new ReportGenerationError("NO_REPLIES", `No reply was received by the cut-off date (${formatUnDate(meta.cutOff)}): a report needs at least one.`);
    if (meta.includeSubmitted) throw new ReportGenerationError("NO_REPLIES", "This cycle has no accepted or submitted replies yet: a report needs at least one.");
    const submitted = input.replies.filter((r) => r.source.status === "SUBMITTED").length;
    const hint = submitted > 0 ? ` ${formatCount(submitted, { sentenceStart: true })} submitted ${submitted === 1 ? "reply is" : "replies are"} waiting for review; include submitted replies to use ${submitted === 1 ? "it" : "them"}.` : "";
    throw new ReportGenerationError("NO_REPLIES", `This cycle has no accepted replies yet: a report needs at least one.${hint}`);
  }
  const withStates = unique.map((reply) => ({ reply, state: states.get(reply.source.stateId) ?? { id: reply.source.stateId, name: reply.source.stateName, takesArticle: false } }));
  const order = new Map(sortStates(withStates.map((c) => c.state)).map((s, i) => [s.id, i]));
  return withStates.sort((a, b) => order.get(a.state.id)! - order.get(b.state.id)!);
}

// ---------------------------------------------------------------------------------------------------
// Which question goes where

/** A member-states item of the template, in reading order, with the questions it takes per code. */
interface MemberStatesSlot {
  sources: SectionSource[];
  /** Code → question ids (questionnaire order). */
  groups: Map<string, string[]>;
}

function collectSlots(template: ReportTemplate): MemberStatesSlot[] {
  const slots: MemberStatesSlot[] = [];
  const visit = (content: readonly TemplateContent[]) => {
    for (const c of content) if (c.type === "member-states") slots.push({ sources: c.sources, groups: new Map() });
  };
  for (const chapter of template.chapters) {
    visit(chapter.content);
    for (const section of chapter.sections) {
      visit(section.content);
      for (const sub of section.subsections) visit(sub.content);
    }
  }
  return slots;
}

/**
 * Each offered question to one slot: explicit `only` lists first (reading order), then the code-wide
 * source of the question's first report section, then of its other sections (see templates/template.ts).
 */
function assignQuestions(slots: MemberStatesSlot[], definition: QuestionnaireDefinition, conditions: ConditionContext): void {
  const all = new Map<string, Question>(definition.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  const offered = offeredQuestions(definition, conditions).map((q) => q.question);
  const offeredIds = new Set(offered.map((q) => q.id));
  const claims = new Map<string, { slot: number; code: string }>();
  slots.forEach((slot, i) => {
    for (const source of slot.sources) {
      for (const id of [...(source.only ?? []), ...(source.except ?? [])]) {
        const question = all.get(id);
        if (!question) throw new ReportGenerationError("INVALID_TEMPLATE", `The report template names ${id}, which is not a question of the questionnaire.`);
        if (source.only && !question.feeds.sections.includes(source.code)) {
          throw new ReportGenerationError("INVALID_TEMPLATE", `The report template places ${id} under ${source.code}, but ${id} feeds ${question.feeds.sections.join(", ") || "no report section"}.`);
        }
      }
      for (const id of source.only ?? []) if (offeredIds.has(id) && !claims.has(id)) claims.set(id, { slot: i, code: source.code });
    }
  });
  for (const question of offered) {
    if (claims.has(question.id)) continue;
    for (const code of question.feeds.sections) {
      const slot = slots.findIndex((s) => s.sources.some((src) => src.code === code && !src.only && !src.except?.includes(question.id)));
      if (slot >= 0) {
        claims.set(question.id, { slot, code });
        break;
      }
    }
  }
  // Groups in the order of each slot's sources, questions in questionnaire order.
  slots.forEach((slot) => {
    for (const source of slot.sources) if (!slot.groups.has(source.code)) slot.groups.set(source.code, []);
  });
  for (const question of offered) {
    const claim = claims.get(question.id);
    if (claim) slots[claim.slot]!.groups.get(claim.code)!.push(question.id);
  }
}

// ---------------------------------------------------------------------------------------------------
// Good-practice examples from reviewers' flags

/** First words that open a sentence but not a name: lower-cased when the text follows "reported that". */
const COMMON_OPENERS = new Set(
  [
    "a an the this these that those its our their in on at by for from since during under with through following after before all each every some there it we",
    "staff training information guidelines employers employers' national new specialized specialised joint local regional victims women children teachers police labour",
    "officers officials government governments ministries authorities law laws courts judges prosecutors social public civil community communities survivors migrants refugees",
    "awareness-raising campaigns campaign schools mobile specialist multidisciplinary",
  ]
    .join(" ")
    .split(" "),
);

/** A free text or a nomination as what follows "reported that": its first sentence, without the final stop. */
export function exampleClause(text: string): string | undefined {
  const first = text.trim().split(/(?<=[.!?])\s+(?=[A-Z"“])/)[0]?.trim().replace(/[.!?;:,\s]+$/, "") ?? "";
  if (first.split(/\s+/).length < 3) return undefined;
  const word = /^[A-Za-z'-]+/.exec(first)?.[0] ?? "";
  return COMMON_OPENERS.has(word.toLowerCase()) ? first.charAt(0).toLowerCase() + first.slice(1) : first;
}

function exampleFromAnswer(question: Question, answer: Readonly<Record<string, unknown>>, stateId: string, visible: (field: QuestionField) => boolean): ExampleInput | undefined {
  for (const field of question.fields) {
    if (field.type !== "GP" || !visible(field)) continue;
    const entries = answer[field.key];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (typeof entry !== "object" || entry === null) continue;
      const { description, consent } = entry as { description?: unknown; consent?: unknown };
      const clause = typeof description === "string" ? exampleClause(description) : undefined;
      if (clause) return { stateId, clause, goodPractice: true, gpConsent: consent === "ANONYMOUS" ? "ANONYMOUS" : consent === "NAMED" ? "NAMED" : undefined };
    }
  }
  for (const field of question.fields) {
    if (field.type !== "TXT" || !visible(field)) continue;
    const value = answer[field.key];
    const clause = typeof value === "string" ? exampleClause(value) : undefined;
    if (clause) return { stateId, clause, goodPractice: true };
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const nameRegExp = (names: readonly string[]) =>
  new RegExp(`\\b(?:the\\s+)?(?:${[...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/**
 * A free text may name States: the State's own name becomes "the State" (the sentence names it, or
 * not, by its consent), and a respondent that did not consent to being named becomes "another State".
 * `withheld` is one expression for all of those respondents, built once per report.
 */
function withholdNames(clause: string, own: ReportState, withheld: RegExp | undefined): string {
  const out = clause.replace(nameRegExp([own.name]), "the State");
  return withheld ? out.replace(withheld, "another State") : out;
}

function examplesFromFlags(
  flags: GenerateReportInput["goodPractice"],
  counted: readonly Counted[],
  definition: QuestionnaireDefinition,
  conditions: ConditionContext,
  consents: ReadonlyMap<string, NamingConsent>,
): Record<string, ExampleInput[]> {
  const withheldNames = counted.filter((c) => consents.get(c.state.id) !== "MAY_BE_NAMED").map((c) => c.state.name);
  const withheld = withheldNames.length > 0 ? nameRegExp(withheldNames) : undefined;
  const byState = new Map(counted.map((c) => [c.state.id, c.reply]));
  const questions = new Map(definition.sections.flatMap((section) => section.questions.map((q) => [q.id, { question: q, section }] as const)));
  const out: Record<string, ExampleInput[]> = {};
  const seen = new Set<string>();
  // In UN order of the States, then questionnaire order, whatever the order of the flags.
  const order = new Map(counted.map((c, i) => [c.state.id, i]));
  const sorted = [...flags].filter((f) => byState.has(f.stateId)).sort((a, b) => order.get(a.stateId)! - order.get(b.stateId)! || (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
  for (const flag of sorted) {
    const key = `${flag.stateId}|${flag.questionId}`;
    const found = questions.get(flag.questionId);
    if (seen.has(key) || !found) continue;
    seen.add(key);
    // The answers are the snapshot's visible answers (as loadReportInputs passes them); a question or
    // field hidden by its conditions is not analysed, so it gives no example either.
    const view = byState.get(flag.stateId)!.answers;
    const answer = view[flag.questionId];
    if (!answer || !isQuestionVisible(found.question, found.section, view, conditions)) continue;
    const example = exampleFromAnswer(found.question, answer, flag.stateId, (field) => isFieldVisible(field, view, conditions));
    const own = counted.find((c) => c.state.id === flag.stateId)!.state;
    if (example) (out[flag.questionId] ??= []).push({ ...example, clause: withholdNames(example.clause, own, withheld) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Text helpers

interface Fill {
  mandate: string;
  period: string;
  periodFrom: string;
  periodTo: string;
  cutOff: string;
}

function interpolate(text: string, fill: Fill): string {
  return text.replace(/\{(mandate|period|periodFrom|periodTo|cutOff)\}/g, (_, name: keyof Fill) => fill[name]);
}

const blockId = (key: string) => `b:${key}`;

function templateParagraph(key: string, text: string, footnotes: Footnote[] = []): ParagraphBlock {
  return { type: "paragraph", id: blockId(key), key, origin: "template", text, overridden: false, sentences: [], provisionalStateIds: [], footnotes, stale: false };
}

// ---------------------------------------------------------------------------------------------------
// Treaty status (§3.6 point 1)

function treatyParagraphText(
  lead: string | undefined,
  cycle: GenerationCycle,
  meta: ReportMeta,
  states: ReadonlyMap<string, ReportState>,
  consents: ReadonlyMap<string, NamingConsent>,
  style: "as at" | "as of",
): string {
  const sentences: string[] = lead ? [lead] : [];
  const period = { from: cycle.periodFrom, to: cycle.periodTo };
  const covered = period.from >= TREATY_ACTIONS_COMPLETE.from && period.to <= TREATY_ACTIONS_COMPLETE.to;
  if (covered) {
    for (const instrument of TREATY_INSTRUMENTS) {
      const actions = TREATY_ACTIONS.filter((a) => a.instrument === instrument.id).map((a) => ({ state: states.get(a.stateId) ?? { id: a.stateId, name: a.stateId, takesArticle: false }, date: a.date }));
      const sentence = treatyActionsSentence({ instrument: instrument.actionsTitle, actions, period });
      // A respondent that did not consent to being named is not named here either (issue 5, point 4).
      const withheld = sentence.stateIds.some((id) => consents.has(id) && consents.get(id) !== "MAY_BE_NAMED");
      if (!withheld) sentences.push(sentence.text);
      else {
        const n = sentence.stateIds.length;
        sentences.push(`In the reporting period, ${formatCount(n)} ${n === 1 ? "State became a State party" : "States became States parties"} to ${instrument.actionsTitle}.`);
      }
    }
  }
  const dates = [...new Set(TREATY_STATUS.filter((r) => r.asAt <= meta.date).map((r) => r.asAt))].sort();
  const latest = dates.at(-1);
  if (latest) {
    const parties = TREATY_INSTRUMENTS.flatMap((instrument) => TREATY_STATUS.filter((r) => r.asAt === latest && r.instrument === instrument.id).map((r) => ({ instrument: instrument.short, count: r.parties })));
    sentences.push(treatyStatusSentence({ asAt: latest, style, parties }));
  }
  if (!covered || !latest || latest < period.to) {
    const span = fromToRange(formatUnDate(period.from), formatUnDate(period.to));
    sentences.push(`[Secretariat to complete from depositary records: the ratifications and accessions in the reporting period, ${span}, and the number of States parties at the date of the report${latest ? `; the reference data end on ${formatUnDate(latest)}` : ""}.]`);
  }
  return sentences.join(" ");
}

// ---------------------------------------------------------------------------------------------------
// Generation

export function generateReport(input: GenerateReportInput): ReportDocument {
  const template = resolveTemplate(input.template);
  const quantifiers = resolveQuantifiers(input.quantifiers);
  const meta = resolveMeta(input.meta, template);
  const phrasings = input.phrasings ?? PHRASINGS;
  const { cycle, definition } = input;
  const conditions: ConditionContext = { modules: cycle.modules };

  const counted = countedReplies(input, meta, input.states);
  const states = new Map(input.states);
  for (const c of counted) if (!states.has(c.state.id)) states.set(c.state.id, c.state);
  const analysisReplies: ReplyForAnalysis[] = counted.map((c) => ({ state: { id: c.state.id, name: c.state.name, accepted: c.reply.source.status === "ACCEPTED" }, answers: c.reply.answers }));
  const consents = consentsFromReplies(analysisReplies);

  const slots = collectSlots(template);
  assignQuestions(slots, definition, conditions);
  const used = slots.flatMap((s) => [...s.groups.values()].flat());
  const phrasingIssues = used.flatMap((id) => {
    const phrasing = phrasings[id];
    if (!phrasing) return [];
    const parsed = ZQuestionPhrasing.safeParse(phrasing);
    if (!parsed.success) return [`${id}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join(", ")}`];
    return parsed.data.questionId === id ? [] : [`${id}: the phrasing is for ${parsed.data.questionId}`];
  });
  if (phrasingIssues.length > 0) throw new ReportGenerationError("INVALID_CONFIG", `The report phrasings are not valid: ${phrasingIssues.join("; ")}.`);
  const usedSet = new Set(used);
  const unphrased = offeredQuestions(definition, conditions)
    .map((q) => q.question.id)
    .filter((id) => usedSet.has(id) && !phrasings[id]);

  const examples = examplesFromFlags(input.goodPractice, counted, definition, conditions, consents);
  const context: GenerationContext = { naming: meta.naming, template: template.family, consents, states, noun: template.noun, quantifiers, seed: cycle.slug };
  const fill: Fill = {
    mandate: cycle.mandate,
    period: fromToRange(formatUnDate(cycle.periodFrom), formatUnDate(cycle.periodTo)),
    periodFrom: formatUnDate(cycle.periodFrom),
    periodTo: formatUnDate(cycle.periodTo),
    cutOff: formatUnDate(meta.cutOff ?? cycle.cutOff),
  };

  // The contributors (§3.1): the form follows the naming policy; under "anonymous" nobody is listed.
  const form: ContributorsForm = meta.naming !== "anonymous" && template.contributors.form === "count-footnote" ? "count-and-list-footnote" : template.contributors.form;
  const contributors = contributorsText({
    form,
    contributors: counted.map((c) => ({ state: c.state })),
    consents: meta.naming === "anonymous" ? new Map() : consents,
    cutOff: meta.cutOff ?? cycle.cutOff,
    statusStyle: template.contributors.statusStyle,
    noun: template.contributors.noun,
    articles: template.contributors.articles,
  });

  const blocks: Block[] = [];
  let slotIndex = 0;
  /** Whether a part produced content from replies or reference data (for the Summary). */
  const emit = (content: readonly TemplateContent[], path: string): boolean => {
    let hasContent = false;
    for (const item of content) {
      switch (item.type) {
        case "paragraph": {
          const footnotes: Footnote[] =
            item.footnote === "contributors" ? [{ id: "fn:contributors", key: "contributors", text: contributors.text, origin: "generated", overridden: false, stale: false }] : [];
          blocks.push(templateParagraph(`tpl:${item.key}`, interpolate(item.text, fill), footnotes));
          break;
        }
        case "runin":
          blocks.push({ type: "heading", id: blockId(`h:${item.key}`), key: `h:${item.key}`, level: "runin", text: interpolate(item.text, fill) });
          break;
        case "respondents":
          blocks.push({
            type: "paragraph",
            id: blockId("contributors"),
            key: "contributors",
            origin: "generated",
            text: contributors.text,
            overridden: false,
            sentences: [{ text: contributors.text, kind: "FN", questionIds: ["META-06"], stateIds: contributors.stateIds, namedStateIds: contributors.namedStateIds }],
            sectionCode: "T-FN",
            provisionalStateIds: counted.filter((c) => c.reply.source.status !== "ACCEPTED").map((c) => c.state.id),
            footnotes: [],
            stale: false,
          });
          hasContent = true;
          break;
        case "treaty-status":
          blocks.push(
            templateParagraph(`tpl:${item.key}`, treatyParagraphText(item.lead ? interpolate(item.lead, fill) : undefined, cycle, meta, states, consents, template.contributors.statusStyle)),
          );
          hasContent = true;
          break;
        case "member-states": {
          const slot = slots[slotIndex++]!;
          const before = blocks.length;
          for (const [code, ids] of slot.groups) {
            const subset = Object.fromEntries(ids.filter((id) => phrasings[id]).map((id) => [id, phrasings[id]!]));
            if (Object.keys(subset).length === 0) continue;
            let section;
            try {
              section = generateSection({ definition, sectionCode: code, replies: analysisReplies, conditions, phrasings: subset, examples, context, includeSubmitted: meta.includeSubmitted });
            } catch (error) {
              throw new ReportGenerationError("INVALID_CONFIG", `Section ${code} could not be generated: ${error instanceof Error ? error.message : String(error)}`);
            }
            for (const p of section.paragraphs) {
              const key = `${code}:${p.questionIds[0]}`;
              blocks.push({
                type: "paragraph",
                id: blockId(key),
                key,
                origin: "generated",
                text: p.text,
                overridden: false,
                sentences: p.sentences.map((s) => ({ text: s.text, kind: s.kind, questionIds: s.questionIds, stateIds: s.stateIds, namedStateIds: s.namedStateIds })),
                sectionCode: code,
                provisionalStateIds: p.provisionalStateIds,
                footnotes: [],
                stale: false,
              });
              hasContent = true;
            }
          }
          if (blocks.length === before) {
            // Nothing to say from the replies: the editor sees why instead of an empty section.
            const ids = [...slot.groups.values()].flat();
            const waiting = ids.filter((id) => !phrasings[id]);
            const why = ids.length === 0 ? "no question of this cycle feeds this section" : waiting.length > 0 ? `the replies gave nothing the engine can report yet (not yet phrased: ${waiting.join(", ")})` : "no reply answered the questions of this section";
            blocks.push(templateParagraph(`tpl:empty:${path}`, `[Secretariat to draft: ${why}.]`));
          }
          break;
        }
        case "recommendations":
          blocks.push({
            type: "recommendations",
            id: blockId(`tpl:${item.key}`),
            key: `tpl:${item.key}`,
            origin: "template",
            chapeau: interpolate(item.chapeau, fill),
            items: item.items.map((x) => ({ id: `b:tpl:${item.key}:${x.key}`, text: interpolate(x.text, fill) })),
            overridden: false,
          });
          break;
      }
    }
    return hasContent;
  };

  const topics: string[] = [];
  const heading = (level: "chapter" | "section" | "subsection", path: string, label: string, text: string) =>
    blocks.push({ type: "heading", id: blockId(`h:${path}`), key: `h:${path}`, level, label, text: interpolate(text, fill) });
  for (const chapter of template.chapters) {
    const cpath = chapter.label.replace(/\.$/, "");
    heading("chapter", cpath, chapter.label, chapter.heading);
    let chapterContent = emit(chapter.content, cpath);
    const chapterTopicAt = topics.length;
    for (const section of chapter.sections) {
      const spath = `${cpath}.${section.label.replace(/\.$/, "")}`;
      heading("section", spath, section.label, section.heading);
      let sectionContent = emit(section.content, spath);
      const sectionTopicAt = topics.length;
      for (const sub of section.subsections) {
        const bpath = `${spath}.${sub.label.replace(/\.$/, "")}`;
        heading("subsection", bpath, sub.label, sub.heading);
        const subContent = emit(sub.content, bpath);
        if (subContent && sub.summaryTopic) topics.push(sub.summaryTopic);
        sectionContent ||= subContent;
      }
      // A part's own topic covers its children's: said once, before them.
      if (sectionContent && section.summaryTopic) topics.splice(sectionTopicAt, topics.length - sectionTopicAt, section.summaryTopic);
      chapterContent ||= sectionContent;
    }
    if (chapterContent && chapter.summaryTopic) topics.splice(chapterTopicAt, topics.length - chapterTopicAt, chapter.summaryTopic);
  }

  let summary: ReportDocumentInput["summary"];
  if (template.summary) {
    const parts = [interpolate(template.summary.opening, fill)];
    if (topics.length > 0) parts.push(`${template.summary.topicsLead} ${joinUnList(topics)}.`);
    if (template.summary.closing) parts.push(interpolate(template.summary.closing, fill));
    summary = { text: parts.join(" "), overridden: false, footnotes: [] };
  }

  const document: ReportDocumentInput = {
    schemaVersion: 1,
    meta,
    summary,
    blocks,
    deletedKeys: [],
    generation: {
      cycleSlug: cycle.slug,
      questionnaireVersion: input.questionnaireVersion,
      generatedAt: input.generatedAt,
      replies: counted.map((c) => c.reply.source),
      unphrased,
    },
  };
  return parseReportDocument(document);
}

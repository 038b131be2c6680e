import { z } from "zod";
import { NAMING_POLICIES, TEMPLATE_FAMILIES } from "../document";

/**
 * A report template (BRIEF Appendix A): the skeleton of one kind of Secretary-General report as
 * validated data. `generateReport` (../generate.ts) turns it into the blocks of a `ReportDocument`.
 *
 * - Three heading levels, each with its label: chapters "I.", "II." …, sections "A.", "B." …,
 *   sub-sections "1.", "2." … (§2.5). A label must be the one its position gives: a template with a
 *   missing or misplaced label is refused, so the printed numbering can never skip.
 * - Each level has `content`, in reading order, before its children:
 *   - `paragraph`: template text (secretariat placeholders in square brackets, "[Secretariat to draft: …]");
 *     `footnote: "contributors"` attaches the contributors footnote (§3.1 a and c);
 *   - `runin`: an unnumbered run-in heading (§2.5);
 *   - `respondents`: the respondents paragraph in body text (§3.1 b, [002] ¶5);
 *   - `treaty-status`: the treaty-status paragraph from reference data (§3.6 point 1);
 *   - `member-states`: the paragraphs generated from the replies, for the report-section codes of
 *     BRIEF §4.3 (`sources`, see below);
 *   - `recommendations`: a lettered recommendations block (§2.6, §2.8), items opening with a
 *     controlled verb.
 * - Text may use the placeholders {mandate}, {period}, {periodFrom}, {periodTo} and {cutOff}, filled
 *   from the cycle; any other brace is refused.
 * - `sources` of a `member-states` item: `{ code }` takes every question whose report sections include
 *   the code; `{ code, only }` takes the listed questions (each must feed the code); `except` leaves
 *   some out. Each question goes to one place only: explicit `only` lists first (in reading order),
 *   then the code-wide source of the question's first report section, then of its other sections.
 */

/** The report-section codes of BRIEF §4.3. */
export const REPORT_SECTION_CODES = [
  "T-RAT", "T-LEG", "T-COORD", "T-PREV", "T-SUPPLY", "T-PROT", "T-ACC", "T-FIN", "T-PK", "T-COOP", "T-DATA", "T-CONF", "T-RES", "T-REC", "T-FN",
] as const;
export type ReportSectionCode = (typeof REPORT_SECTION_CODES)[number];

/** Placeholders a template text may use (filled from the cycle). */
export const TEMPLATE_PLACEHOLDERS = ["mandate", "period", "periodFrom", "periodTo", "cutOff"] as const;

/** Opening verbs of lettered recommendations (BRIEF §2.8, controlled vocabulary). */
export const RECOMMENDATION_VERBS = ["Call upon", "Encourage", "Strongly encourage", "Request", "Recognize", "Note", "Invite", "Urge", "Consider", "Welcome"] as const;

export const CONTRIBUTORS_FORMS = ["count-footnote", "respondents-paragraph", "count-and-list-footnote"] as const;

const ZKey = z.string().regex(/^[a-z][a-z0-9-]*$/, "keys are lower-case words joined by hyphens");
const ZQuestionId = z.string().regex(/^[A-Z]+-\d{2}$/, "is not a question id");
const ZTemplateText = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(5_000)
  .superRefine((text, ctx) => {
    for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(m[1]!)) ctx.addIssue({ code: "custom", message: `unknown placeholder {${m[1]}} (known: ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")})` });
    }
    if (text.replace(/\{[^{}]*\}/g, "").match(/[{}]/)) ctx.addIssue({ code: "custom", message: "has an unmatched brace" });
  });

export const ZSectionSource = z
  .object({
    code: z.enum(REPORT_SECTION_CODES, { error: (i) => `unknown report section code ${JSON.stringify(i.input)}` }),
    only: z.array(ZQuestionId).min(1).optional(),
    except: z.array(ZQuestionId).min(1).optional(),
  })
  .refine((s) => !(s.only && s.except), { message: "a source lists either `only` or `except`, not both" });

export const ZTemplateContent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), key: ZKey, text: ZTemplateText, footnote: z.literal("contributors").optional() }),
  z.object({ type: z.literal("runin"), key: ZKey, text: ZTemplateText }),
  z.object({ type: z.literal("respondents"), key: ZKey }),
  z.object({
    type: z.literal("treaty-status"),
    key: ZKey,
    /** Opening sentence before the figures ("In its resolution …, the General Assembly urged …"). */
    lead: ZTemplateText.optional(),
  }),
  z.object({ type: z.literal("member-states"), sources: z.array(ZSectionSource).min(1, "needs at least one source") }),
  z.object({
    type: z.literal("recommendations"),
    key: ZKey,
    chapeau: ZTemplateText.refine((t) => t.endsWith(":"), "must end with a colon"),
    items: z
      .array(
        z.object({
          key: ZKey,
          text: ZTemplateText.refine((t) => RECOMMENDATION_VERBS.some((v) => t.startsWith(`${v} `)), `must open with a controlled verb (${RECOMMENDATION_VERBS.join(", ")})`),
        }),
      )
      .min(1, "needs at least one recommendation"),
  }),
]);
export type TemplateContent = z.output<typeof ZTemplateContent>;

const headingFields = {
  label: z.string({ error: "a heading needs its label" }).trim().min(1, "a heading needs its label"),
  heading: ZTemplateText,
  /** What the Summary says this part covers, when it has content (GA, §2.3): "the status of ratification …". */
  summaryTopic: z.string().trim().min(1).optional(),
  content: z.array(ZTemplateContent).default([]),
};

export const ZTemplateSubsection = z.object(headingFields);
export const ZTemplateSection = z.object({ ...headingFields, subsections: z.array(ZTemplateSubsection).default([]) });
export const ZTemplateChapter = z.object({ ...headingFields, sections: z.array(ZTemplateSection).default([]) });

const ROMAN: [number, string][] = [[10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
/** 1 → "I", 14 → "XIV" (chapters never reach 40). */
export function romanNumeral(n: number): string {
  let out = "";
  let rest = n;
  for (const [value, numeral] of ROMAN) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

export const ZReportTemplate = z
  .object({
    id: ZKey,
    family: z.enum(TEMPLATE_FAMILIES),
    /** For a select list: "Security Council — trafficking in persons in armed conflict". */
    name: z.string().trim().min(1).max(200),
    /** The default title; may use {mandate}. */
    title: ZTemplateText,
    /** GA: "Report of the Secretary-General" on its own line (§2.2). */
    subtitle: z.string().trim().min(1).optional(),
    defaultNaming: z.enum(NAMING_POLICIES),
    /** How findings name the respondents ("States" in SC reports, "Member States" in GA reports). */
    noun: z.object({ plural: z.string().min(1), singular: z.string().min(1) }),
    contributors: z.object({
      form: z.enum(CONTRIBUTORS_FORMS),
      noun: z.string().min(1).default("Member States"),
      /** "the" before names that take it ([002] and [004] list names without it). */
      articles: z.boolean().default(true),
      statusStyle: z.enum(["as at", "as of"]).default("as at"),
    }),
    /** GA only: the Summary box (§2.3): the mandate, then "It includes information on" the parts with content. */
    summary: z
      .object({
        opening: ZTemplateText,
        topicsLead: z.string().trim().min(1).default("It includes information on"),
        closing: ZTemplateText.optional(),
      })
      .optional(),
    chapters: z.array(ZTemplateChapter).min(1, "needs at least one chapter"),
  })
  .superRefine((t, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (t.family === "GA" && !t.summary) issue(["summary"], "a General Assembly template needs a Summary (§2.3)");
    if (t.family === "SC" && t.summary) issue(["summary"], "a Security Council report has no Summary (§2.3)");
    const keys = new Set<string>();
    let carriers = 0;
    let memberStates = 0;
    const checkContent = (content: readonly TemplateContent[], path: (string | number)[]) => {
      if (content.filter((c) => c.type === "member-states").length > 1) issue([...path, "content"], "a part has at most one member-states item (list several sources in it instead)");
      content.forEach((c, i) => {
        const at = [...path, "content", i];
        if ("key" in c) {
          if (keys.has(c.key)) issue([...at, "key"], `duplicate key "${c.key}"`);
          keys.add(c.key);
        }
        if (c.type === "recommendations") {
          const itemKeys = new Set<string>();
          c.items.forEach((item, j) => {
            if (itemKeys.has(item.key)) issue([...at, "items", j, "key"], `duplicate key "${item.key}"`);
            itemKeys.add(item.key);
          });
        }
        if (c.type === "respondents") {
          carriers += 1;
          if (t.contributors.form !== "respondents-paragraph") issue(at, `a respondents paragraph needs the "respondents-paragraph" contributors form (the template has "${t.contributors.form}")`);
        }
        if (c.type === "paragraph" && c.footnote === "contributors") {
          carriers += 1;
          if (t.contributors.form === "respondents-paragraph") issue(at, 'the "respondents-paragraph" form is a paragraph of its own, not a footnote');
        }
        if (c.type === "member-states") memberStates += 1;
        // GA reports are in the third person (§2.7): no "I", "me" or "my" in the template's text.
        if (t.family === "GA") {
          const texts = c.type === "recommendations" ? [c.chapeau, ...c.items.map((x) => x.text)] : "text" in c ? [c.text] : c.type === "treaty-status" && c.lead ? [c.lead] : [];
          for (const text of texts) if (/\b(I|me|my)\b/.test(text)) issue(at, "a General Assembly report is in the third person (§2.7): no “I”, “me” or “my”");
        }
      });
    };
    t.chapters.forEach((chapter, i) => {
      const cp = ["chapters", i];
      if (chapter.label !== `${romanNumeral(i + 1)}.`) issue([...cp, "label"], `chapter ${i + 1} must be labelled "${romanNumeral(i + 1)}." (got "${chapter.label}")`);
      checkContent(chapter.content, cp);
      chapter.sections.forEach((section, j) => {
        const sp = [...cp, "sections", j];
        const letter = String.fromCharCode(65 + j);
        if (section.label !== `${letter}.`) issue([...sp, "label"], `section ${j + 1} of chapter ${chapter.label} must be labelled "${letter}." (got "${section.label}")`);
        checkContent(section.content, sp);
        section.subsections.forEach((sub, k) => {
          const bp = [...sp, "subsections", k];
          if (sub.label !== `${k + 1}.`) issue([...bp, "label"], `sub-section ${k + 1} of section ${section.label} must be labelled "${k + 1}." (got "${sub.label}")`);
          checkContent(sub.content, bp);
        });
      });
    });
    if (carriers !== 1) issue(["chapters"], `the contributors footnote or respondents paragraph must appear exactly once (found ${carriers})`);
    if (memberStates === 0) issue(["chapters"], "needs at least one member-states item (the chapter of measures reported by Member States)");
  });

export type ReportTemplateData = z.output<typeof ZReportTemplate>;
export type ReportTemplateInput = z.input<typeof ZReportTemplate>;
export type TemplateChapter = z.output<typeof ZTemplateChapter>;
export type TemplateSection = z.output<typeof ZTemplateSection>;
export type TemplateSubsection = z.output<typeof ZTemplateSubsection>;
export type SectionSource = z.output<typeof ZSectionSource>;

/** A validated template with what the "New draft" form needs. */
export interface ReportTemplate extends ReportTemplateData {
  /** The title for a cycle ({mandate} filled). */
  defaultTitle(cycle: { mandate: string; title: string }): string;
  defaultSubtitle?: string;
}

/** Why a template was refused: one "path: message" per fault. */
export function templateIssues(input: unknown): string[] {
  const parsed = ZReportTemplate.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".") || "(template)"}: ${i.message}`);
}

/** Validates template data (throws a plain Error listing the reasons) and adds the form helpers. */
export function defineTemplate(input: unknown): ReportTemplate {
  const parsed = ZReportTemplate.safeParse(input);
  if (!parsed.success) throw new TemplateValidationError(parsed.error.issues.map((i) => `${i.path.join(".") || "(template)"}: ${i.message}`));
  const data = parsed.data;
  return {
    ...data,
    defaultTitle: (cycle) => data.title.replaceAll("{mandate}", cycle.mandate),
    defaultSubtitle: data.subtitle,
  };
}

export class TemplateValidationError extends Error {
  constructor(readonly reasons: string[]) {
    super(`invalid report template: ${reasons.join("; ")}`);
    this.name = "TemplateValidationError";
  }
}

export type ReportGenerationErrorCode = "NO_REPLIES" | "UNKNOWN_TEMPLATE" | "INVALID_TEMPLATE" | "INVALID_CONFIG";

/**
 * Why a report could not be generated (re-exported by ../generate.ts, defined here so that the
 * template registry can throw it without importing the generator).
 */
export class ReportGenerationError extends Error {
  constructor(
    readonly code: ReportGenerationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReportGenerationError";
  }
}

import { z } from "zod";

/**
 * The report document: what "Generate" stores as a versioned snapshot (`report_version.document`), what
 * the editor changes, and the only input of the PDF and Word renderers. Pure data, validated with zod.
 *
 * - `blocks` are the body in reading order: headings, numbered paragraphs and recommendation lists.
 *   Paragraph numbers, footnote numbers and recommendation letters are not stored: `numberDocument`
 *   derives them, so that adding, deleting or moving a block can never leave a gap.
 * - Generated blocks carry a `key`, stable across regenerations ("T-LEG#2", "intro#1"), by which a
 *   regeneration finds the block again and keeps the editor's override.
 * - A paragraph's `sentences` record what supports each generated sentence (traceability); an
 *   override keeps the sentences of the generated text it replaced, so the editor still sees the sources.
 * - Footnote markers are printed at the end of the paragraph (or the Summary) that carries them.
 * - Every text is plain text: renderers escape it (HTML, PDF, Word). Run-in emphasis is not modelled.
 */

const ZId = z.string().min(1).max(80);
const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)");
const ZText = z.string().max(20_000, "is longer than 20,000 characters");
const ZLine = z.string().trim().max(300, "is longer than 300 characters");

export const TEMPLATE_FAMILIES = ["SC", "GA"] as const;
export const NAMING_POLICIES = ["anonymous", "respondents-listed", "named"] as const;
export const AGENDA_LIST_TYPES = ["preliminary list", "provisional agenda", "agenda"] as const;

/** The masthead and title block (BRIEF §2.1–2.2) and the choices the draft was generated with. */
export const ZReportMetaFields = z.object({
    family: z.enum(TEMPLATE_FAMILIES),
    /** The template the skeleton came from ("sc-conflict", "ga-coordination", "ga-women-girls"). */
    templateId: ZId,
    /** "S/2026/123"; the drafting symbol may be a placeholder ("S/2026/[…]") until the secretariat assigns one. */
    symbol: ZLine.min(1, "is required"),
    /** "Security Council" or "General Assembly". */
    organ: ZLine.min(1, "is required"),
    distribution: ZLine.default("General"),
    /** The document date. */
    date: ZIsoDate,
    originalLanguage: ZLine.default("English"),
    /** GA only: "Eighty-first session". */
    session: ZLine.optional(),
    /** GA only: the agenda item (§2.1: "Item 105 of the preliminary list*", footnote "* A/71/50."). */
    agendaItem: z
      .object({
        number: z.number().int().positive(),
        listType: z.enum(AGENDA_LIST_TYPES),
        listSymbol: ZLine.min(1),
        title: ZLine.min(1),
      })
      .optional(),
    title: z.string().trim().min(1, "is required").max(500),
    /** GA: "Report of the Secretary-General" on its own line; SC titles include it. */
    subtitle: ZLine.optional(),
    /** Page-1 job number, opaque ("26-01234 (E) 010227"). */
    jobNumber: ZLine.optional(),
    /** "Reissued for technical reasons on 6 December 2016." (page-1 asterisk footnote). */
    reissueNote: ZLine.optional(),
    naming: z.enum(NAMING_POLICIES),
    /** Submitted (not yet accepted) replies were included, marked as such. */
    includeSubmitted: z.boolean(),
    /** Replies received after this date are left out (§3.1). */
    cutOff: ZIsoDate.optional(),
});

export const ZReportMeta = ZReportMetaFields.superRefine((m, ctx) => {
    if (m.family === "GA" && !m.session) ctx.addIssue({ code: "custom", path: ["session"], message: "is required for a General Assembly report" });
    if (m.family === "GA" && !m.agendaItem) ctx.addIssue({ code: "custom", path: ["agendaItem"], message: "is required for a General Assembly report" });
  });

export type ReportMeta = z.output<typeof ZReportMeta>;
export type ReportMetaInput = z.input<typeof ZReportMeta>;

/** One generated sentence and what supports it (from `lib/report/sentences`). */
export const ZSourceSentence = z.object({
  text: z.string(),
  kind: z.string(),
  questionIds: z.array(z.string()),
  stateIds: z.array(z.string()),
  namedStateIds: z.array(z.string()),
});
export type SourceSentence = z.output<typeof ZSourceSentence>;

export const ZFootnote = z.object({
  id: ZId,
  /** Stable across regenerations for generated footnotes ("contributors"). */
  key: ZId.optional(),
  text: ZText.min(1, "must not be empty"),
  origin: z.enum(["generated", "template", "editor"]),
  /** The editor rewrote it; `generatedText` keeps the engine's latest text. */
  overridden: z.boolean().default(false),
  generatedText: ZText.optional(),
  stale: z.boolean().default(false),
});
export type Footnote = z.output<typeof ZFootnote>;

export const HEADING_LEVELS = ["chapter", "section", "subsection", "runin"] as const;

export const ZHeadingBlock = z.object({
  type: z.literal("heading"),
  id: ZId,
  key: ZId.optional(),
  level: z.enum(HEADING_LEVELS),
  /** "III.", "A.", "1."; none for run-in headings. */
  label: z.string().max(10).optional(),
  text: z.string().trim().min(1, "must not be empty").max(1_000),
});
export type HeadingBlock = z.output<typeof ZHeadingBlock>;

export const ZParagraphBlock = z.object({
  type: z.literal("paragraph"),
  id: ZId,
  key: ZId.optional(),
  origin: z.enum(["generated", "template", "editor"]),
  text: ZText.min(1, "must not be empty"),
  /** The editor rewrote it; `generatedText` keeps the engine's latest text for comparison. */
  overridden: z.boolean().default(false),
  generatedText: ZText.optional(),
  /** What supports the generated text (empty for template and editor paragraphs). */
  sentences: z.array(ZSourceSentence).default([]),
  /** Report section code it was generated for ("T-LEG"). */
  sectionCode: z.string().optional(),
  /** States whose reply was submitted but not yet accepted when this was generated. */
  provisionalStateIds: z.array(z.string()).default([]),
  footnotes: z.array(ZFootnote).default([]),
  /** Its sources changed since the editor overrode it (set by a regeneration). */
  stale: z.boolean().default(false),
});
export type ParagraphBlock = z.output<typeof ZParagraphBlock>;

export const ZRecommendationItem = z.object({ id: ZId, text: ZText.min(1, "must not be empty") });

/** A numbered paragraph with a chapeau and lettered items (a), (b), … (§2.6, §2.8). */
export const ZRecommendationsBlock = z.object({
  type: z.literal("recommendations"),
  id: ZId,
  key: ZId.optional(),
  origin: z.enum(["generated", "template", "editor"]),
  chapeau: ZText.min(1, "must not be empty"),
  items: z.array(ZRecommendationItem).min(1, "needs at least one recommendation"),
  overridden: z.boolean().default(false),
});
export type RecommendationsBlock = z.output<typeof ZRecommendationsBlock>;

export const ZBlock = z.discriminatedUnion("type", [ZHeadingBlock, ZParagraphBlock, ZRecommendationsBlock]);
export type Block = z.output<typeof ZBlock>;

/** A reply the draft was generated from, with the fingerprint that staleness is checked against. */
export const ZReplySource = z.object({
  stateId: z.string(),
  stateName: z.string(),
  submissionId: z.string(),
  /** The snapshot version used, and its sha256. */
  version: z.number().int().positive(),
  sha256: z.string(),
  status: z.enum(["ACCEPTED", "SUBMITTED"]),
});
export type ReplySource = z.output<typeof ZReplySource>;

export const ZReportDocument = z.object({
  schemaVersion: z.literal(1),
  meta: ZReportMeta,
  /** GA only: the Summary box (§2.3), not numbered. */
  summary: z
    .object({
      text: ZText.min(1),
      overridden: z.boolean().default(false),
      generatedText: ZText.optional(),
      footnotes: z.array(ZFootnote).default([]),
    })
    .optional(),
  blocks: z.array(ZBlock),
  /** Keys of generated blocks the editor deleted: a regeneration does not bring them back. */
  deletedKeys: z.array(z.string()).default([]),
  /** How it was generated. */
  generation: z.object({
    cycleSlug: z.string(),
    questionnaireVersion: z.number().int().positive(),
    /** ISO timestamp of the generation (the only clock reading; the text itself does not depend on it). */
    generatedAt: z.string(),
    replies: z.array(ZReplySource),
    /** Questions that feed the report but have no phrasing yet. */
    unphrased: z.array(z.string()).default([]),
  }),
});
export type ReportDocument = z.output<typeof ZReportDocument>;
export type ReportDocumentInput = z.input<typeof ZReportDocument>;

export class ReportDocumentError extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(`Invalid report document: ${issues.map((i) => `${i.path || "(document)"} ${i.message}`).join("; ")}`);
    this.name = "ReportDocumentError";
  }
}

/** Validates a document (and that block and footnote ids are unique); throws ReportDocumentError. */
export function parseReportDocument(input: unknown): ReportDocument {
  const parsed = ZReportDocument.safeParse(input);
  if (!parsed.success) {
    throw new ReportDocumentError(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
  }
  const doc = parsed.data;
  const ids = new Set<string>();
  const issues: { path: string; message: string }[] = [];
  doc.blocks.forEach((b, i) => {
    if (ids.has(b.id)) issues.push({ path: `blocks.${i}.id`, message: `duplicate block id "${b.id}"` });
    ids.add(b.id);
  });
  const footnoteIds = new Set<string>();
  for (const f of allFootnotes(doc)) {
    if (footnoteIds.has(f.id)) issues.push({ path: "footnotes", message: `duplicate footnote id "${f.id}"` });
    footnoteIds.add(f.id);
  }
  if (issues.length > 0) throw new ReportDocumentError(issues);
  return doc;
}

function allFootnotes(doc: ReportDocument): Footnote[] {
  return [...(doc.summary?.footnotes ?? []), ...doc.blocks.flatMap((b) => (b.type === "paragraph" ? b.footnotes : []))];
}

// ---------------------------------------------------------------------------------------------------
// Numbering (§2.6, §2.9): derived, never stored

export interface NumberedFootnote extends Footnote {
  /** 1, 2, 3 … continuously through the report (§2.9). */
  number: number;
}

export type NumberedBlock =
  | (HeadingBlock & { number?: undefined })
  | (Omit<ParagraphBlock, "footnotes"> & { number: number; footnotes: NumberedFootnote[] })
  | (RecommendationsBlock & { number: number; letters: string[] });

export interface NumberedDocument {
  meta: ReportMeta;
  summary?: Omit<NonNullable<ReportDocument["summary"]>, "footnotes"> & { footnotes: NumberedFootnote[] };
  blocks: NumberedBlock[];
  /** Number of numbered paragraphs (a recommendations block counts as one). */
  paragraphCount: number;
  footnoteCount: number;
}

/** (a) … (z), then (aa), (bb) … as UN documents continue. */
export function itemLetter(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

/**
 * Paragraph numbers run through the whole report (a recommendations block is one paragraph, its items
 * lettered); footnotes are numbered in order of appearance, the Summary's first.
 */
export function numberDocument(doc: ReportDocument): NumberedDocument {
  let paragraph = 0;
  let footnote = 0;
  const numberFootnotes = (fs: readonly Footnote[]): NumberedFootnote[] => fs.map((f) => ({ ...f, number: ++footnote }));
  const summary = doc.summary ? { ...doc.summary, footnotes: numberFootnotes(doc.summary.footnotes) } : undefined;
  const blocks: NumberedBlock[] = doc.blocks.map((b) => {
    if (b.type === "heading") return b;
    if (b.type === "paragraph") return { ...b, number: ++paragraph, footnotes: numberFootnotes(b.footnotes) };
    return { ...b, number: ++paragraph, letters: b.items.map((_, i) => `(${itemLetter(i)})`) };
  });
  return { meta: doc.meta, summary, blocks, paragraphCount: paragraph, footnoteCount: footnote };
}

/** The masthead's agenda line: "Item 105 of the preliminary list*". */
export function agendaItemLine(meta: ReportMeta): string | undefined {
  return meta.agendaItem ? `Item ${meta.agendaItem.number} of the ${meta.agendaItem.listType}*` : undefined;
}

/** A recommendation item as printed: "(a) Call upon …;" — the last ends with ".", the others with ";" (§2.6). */
export function recommendationItemText(items: readonly { text: string }[], index: number): string {
  const text = items[index]!.text.trim().replace(/[;.,:]+$/, "");
  return `${text}${index === items.length - 1 ? "." : ";"}`;
}

import {
  numberDocument,
  parseReportDocument,
  ReportDocumentError,
  type Block,
  type Footnote,
  type HeadingBlock,
  type ParagraphBlock,
  type RecommendationsBlock,
  type ReportDocument,
  type ReportMeta,
} from "./document";
import { ZReportEditOp, type ReportEditOp } from "./edit-ops";

/**
 * Applies one editor operation to a draft (one operation = one new version). Pure: the caller stores the
 * result. Texts are kept verbatim (renderers escape them). Every result is validated with
 * `parseReportDocument`, so an operation can never store a document the renderers would refuse.
 */

export class ReportEditError extends Error {
  constructor(
    readonly code: "NOT_FOUND" | "VALIDATION",
    message: string,
    /** The input field at fault, when there is one ("text", "session", "agendaItem.title"). */
    readonly field?: string,
  ) {
    super(message);
    this.name = "ReportEditError";
  }
}

/** The pseudo block id that addresses the Summary box's footnotes. */
export const SUMMARY_BLOCK_ID = "summary";

/**
 * The `deletedKeys` entry of a deleted generated footnote: scoped by its owner (the paragraph's key or
 * "summary"), because footnote keys such as "contributors" are only unique within their paragraph.
 */
export function deletedFootnoteKey(ownerKey: string, footnoteKey: string): string {
  return `${ownerKey}/footnote:${footnoteKey}`;
}

export interface EditResult {
  document: ReportDocument;
  /** A short English line for the version list, numbered as the editor saw the document. */
  summary: string;
}

export function applyEdit(doc: ReportDocument, input: ReportEditOp, opts: { newId: () => string }): EditResult {
  const parsed = ZReportEditOp.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.filter((p) => p !== "meta").join(".") || undefined;
    throw new ReportEditError("VALIDATION", `${field ?? "edit"} ${issue.message}`, field);
  }
  const ctx = new EditContext(doc);
  const { document, summary } = apply(ctx, parsed.data, opts.newId);
  return { document: validate(document), summary };
}

function apply(ctx: EditContext, op: ReportEditOp, newId: () => string): EditResult {
  const doc = ctx.doc;
  switch (op.op) {
    case "setParagraph": {
      const p = ctx.paragraph(op.blockId);
      const next: ParagraphBlock =
        p.origin === "editor"
          ? { ...p, text: op.text }
          : // The engine's text is kept for comparison and revert; the sources stay (traceability). A rewrite
            // is the editor's review, so it clears a pending "sources changed" mark.
            { ...p, text: op.text, overridden: true, generatedText: p.overridden ? p.generatedText : p.text, stale: false };
      return { document: ctx.replaceBlock(next), summary: `${cap(ctx.describe(p))} rewritten` };
    }
    case "revertParagraph": {
      const p = ctx.paragraph(op.blockId);
      if (!p.overridden || p.generatedText === undefined) {
        throw new ReportEditError("VALIDATION", `${cap(ctx.describe(p))} has no generated text to revert to`);
      }
      const { generatedText, ...rest } = p;
      return { document: ctx.replaceBlock({ ...rest, text: generatedText, overridden: false, stale: false }), summary: `${cap(ctx.describe(p))} reverted to the generated text` };
    }
    case "addParagraph": {
      const block: ParagraphBlock = { type: "paragraph", id: newId(), origin: "editor", text: op.text, overridden: false, sentences: [], provisionalStateIds: [], footnotes: [], stale: false };
      return { document: ctx.insertAfter(op.afterBlockId, block), summary: `Paragraph added ${ctx.where(op.afterBlockId)}` };
    }
    case "addHeading": {
      const block: HeadingBlock = { type: "heading", id: newId(), level: op.level, ...(op.label ? { label: op.label } : {}), text: op.text };
      return { document: ctx.insertAfter(op.afterBlockId, block), summary: `Heading “${headingTitle(block)}” added ${ctx.where(op.afterBlockId)}` };
    }
    case "setHeading": {
      const h = ctx.block(op.blockId);
      if (h.type !== "heading") throw new ReportEditError("VALIDATION", `${cap(ctx.describe(h))} is not a heading`);
      // The label is replaced with the text: an absent or empty label means none (a run-in heading).
      const { label: _old, ...rest } = h;
      const next: HeadingBlock = { ...rest, ...(op.label ? { label: op.label } : {}), text: op.text };
      return { document: ctx.replaceBlock(next), summary: `Heading “${headingTitle(h)}” edited` };
    }
    case "deleteBlock": {
      const b = ctx.block(op.blockId);
      const deletedKeys = b.key && !doc.deletedKeys.includes(b.key) ? [...doc.deletedKeys, b.key] : doc.deletedKeys;
      return { document: { ...doc, blocks: doc.blocks.filter((x) => x.id !== b.id), deletedKeys }, summary: `${cap(ctx.describe(b))} deleted` };
    }
    case "moveBlock": {
      const b = ctx.block(op.blockId);
      const i = doc.blocks.indexOf(b);
      const j = op.direction === "up" ? i - 1 : i + 1;
      if (j < 0 || j >= doc.blocks.length) {
        throw new ReportEditError("VALIDATION", `${cap(ctx.describe(b))} is already the ${op.direction === "up" ? "first" : "last"} block`);
      }
      const blocks = [...doc.blocks];
      [blocks[i], blocks[j]] = [blocks[j]!, blocks[i]!];
      const document = { ...doc, blocks };
      const after = new EditContext(document).numberOf(b.id);
      const before = ctx.numberOf(b.id);
      const now = after !== undefined && after !== before ? ` (now paragraph ${after})` : "";
      return { document, summary: `${cap(ctx.describe(b))} moved ${op.direction}${now}` };
    }
    case "addFootnote": {
      const footnote: Footnote = { id: newId(), origin: "editor", text: op.text, overridden: false, stale: false };
      const document = ctx.updateFootnotes(op.blockId, (fs) => [...fs, footnote]);
      const n = new EditContext(document).footnoteNumber(footnote.id);
      return { document, summary: `Footnote ${n} added to ${ctx.ownerName(op.blockId)}` };
    }
    case "setFootnote": {
      const f = ctx.footnote(op.blockId, op.footnoteId);
      const next: Footnote =
        f.origin === "editor" ? { ...f, text: op.text } : { ...f, text: op.text, overridden: true, generatedText: f.overridden ? f.generatedText : f.text, stale: false };
      return { document: ctx.updateFootnotes(op.blockId, (fs) => fs.map((x) => (x.id === f.id ? next : x))), summary: `Footnote ${ctx.footnoteNumber(f.id)} edited` };
    }
    case "deleteFootnote": {
      const f = ctx.footnote(op.blockId, op.footnoteId);
      const document = ctx.updateFootnotes(op.blockId, (fs) => fs.filter((x) => x.id !== f.id));
      const ownerKey = op.blockId === SUMMARY_BLOCK_ID ? SUMMARY_BLOCK_ID : ctx.block(op.blockId).key;
      const key = f.key && ownerKey ? deletedFootnoteKey(ownerKey, f.key) : undefined;
      const deletedKeys = key && !document.deletedKeys.includes(key) ? [...document.deletedKeys, key] : document.deletedKeys;
      return { document: { ...document, deletedKeys }, summary: `Footnote ${ctx.footnoteNumber(f.id)} deleted` };
    }
    case "setSummary": {
      const s = doc.summary;
      if (!s) throw new ReportEditError("VALIDATION", "This report has no Summary", "text");
      return { document: { ...doc, summary: { ...s, text: op.text, overridden: true, generatedText: s.overridden ? s.generatedText : s.text } }, summary: "Summary edited" };
    }
    case "setRecommendations": {
      const b = ctx.block(op.blockId);
      if (b.type !== "recommendations") throw new ReportEditError("VALIDATION", `${cap(ctx.describe(b))} is not a list of recommendations`);
      const known = new Set(b.items.map((i) => i.id));
      const used = new Set<string>();
      const items = op.items.map((item, index) => {
        if (item.id !== undefined && !known.has(item.id)) throw new ReportEditError("NOT_FOUND", `Recommendation "${item.id}" was not found`, `items.${index}.id`);
        const id = item.id ?? newId();
        if (used.has(id)) throw new ReportEditError("VALIDATION", `Recommendation "${id}" appears twice`, `items.${index}.id`);
        used.add(id);
        return { id, text: item.text };
      });
      const next: RecommendationsBlock = { ...b, chapeau: op.chapeau, items, overridden: b.origin !== "editor" };
      return { document: ctx.replaceBlock(next), summary: "Recommendations edited" };
    }
    case "setMeta":
      return setMeta(doc, op.meta);
  }
}

type MetaPatch = Extract<ReportEditOp, { op: "setMeta" }>["meta"];

/** Optional masthead lines that an empty (or explicitly undefined) value removes. */
const CLEARABLE_META = new Set<string>(["session", "agendaItem", "subtitle", "jobNumber", "reissueNote", "cutOff"]);

function setMeta(doc: ReportDocument, patch: MetaPatch): EditResult {
  const meta: Record<string, unknown> = { ...doc.meta };
  const changed: string[] = [];
  for (const [field, value] of Object.entries(patch)) {
    const clear = CLEARABLE_META.has(field) && (value === undefined || value === "");
    if (clear) {
      if (field in meta) changed.push(field);
      delete meta[field];
    } else if (value !== undefined) {
      if (JSON.stringify(meta[field]) !== JSON.stringify(value)) changed.push(field);
      meta[field] = value;
    }
  }
  return { document: { ...doc, meta: meta as ReportMeta }, summary: changed.length > 0 ? `Masthead edited (${changed.join(", ")})` : "Masthead saved without changes" };
}

function validate(doc: ReportDocument): ReportDocument {
  try {
    return parseReportDocument(doc);
  } catch (e) {
    if (!(e instanceof ReportDocumentError)) throw e;
    const first = e.issues[0];
    const field = first?.path.startsWith("meta.") ? first.path.slice("meta.".length) : first?.path;
    throw new ReportEditError("VALIDATION", e.message, field || undefined);
  }
}

/** Lookups and numbering of the document as the editor saw it (before the operation). */
class EditContext {
  private numbered?: ReturnType<typeof numberDocument>;

  constructor(readonly doc: ReportDocument) {}

  block(id: string): Block {
    const b = this.doc.blocks.find((x) => x.id === id);
    if (!b) throw new ReportEditError("NOT_FOUND", `Block "${id}" was not found`, "blockId");
    return b;
  }

  paragraph(id: string): ParagraphBlock {
    const b = this.block(id);
    if (b.type !== "paragraph") throw new ReportEditError("VALIDATION", `${cap(this.describe(b))} is not a paragraph`, "blockId");
    return b;
  }

  footnotesOf(ownerId: string): Footnote[] {
    if (ownerId === SUMMARY_BLOCK_ID) {
      if (!this.doc.summary) throw new ReportEditError("VALIDATION", "This report has no Summary", "blockId");
      return this.doc.summary.footnotes;
    }
    return this.paragraph(ownerId).footnotes;
  }

  footnote(ownerId: string, footnoteId: string): Footnote {
    const f = this.footnotesOf(ownerId).find((x) => x.id === footnoteId);
    if (!f) throw new ReportEditError("NOT_FOUND", `Footnote "${footnoteId}" was not found in ${this.ownerName(ownerId)}`, "footnoteId");
    return f;
  }

  updateFootnotes(ownerId: string, update: (fs: Footnote[]) => Footnote[]): ReportDocument {
    const footnotes = update(this.footnotesOf(ownerId));
    if (ownerId === SUMMARY_BLOCK_ID) return { ...this.doc, summary: { ...this.doc.summary!, footnotes } };
    return this.replaceBlock({ ...this.paragraph(ownerId), footnotes });
  }

  replaceBlock(next: Block): ReportDocument {
    return { ...this.doc, blocks: this.doc.blocks.map((b) => (b.id === next.id ? next : b)) };
  }

  insertAfter(afterId: string | null, block: Block): ReportDocument {
    const at = afterId === null ? 0 : this.doc.blocks.indexOf(this.block(afterId)) + 1;
    return { ...this.doc, blocks: [...this.doc.blocks.slice(0, at), block, ...this.doc.blocks.slice(at)] };
  }

  numberOf(id: string): number | undefined {
    this.numbered ??= numberDocument(this.doc);
    return this.numbered.blocks.find((b) => b.id === id)?.number;
  }

  footnoteNumber(id: string): number {
    this.numbered ??= numberDocument(this.doc);
    const all = [...(this.numbered.summary?.footnotes ?? []), ...this.numbered.blocks.flatMap((b) => ("footnotes" in b ? b.footnotes : []))];
    return all.find((f) => f.id === id)!.number;
  }

  /** "paragraph 12", "the recommendations (paragraph 40)", "heading “B. Implementation …”". */
  describe(b: Block): string {
    if (b.type === "heading") return `heading “${headingTitle(b)}”`;
    if (b.type === "recommendations") return `recommendations (paragraph ${this.numberOf(b.id)})`;
    return `paragraph ${this.numberOf(b.id)}`;
  }

  ownerName(ownerId: string): string {
    return ownerId === SUMMARY_BLOCK_ID ? "the Summary" : this.describe(this.block(ownerId));
  }

  where(afterId: string | null): string {
    return afterId === null ? "at the start" : `after ${this.describe(this.block(afterId))}`;
  }
}

/** "B. Implementation of applicable legal …": the label and the first words of a heading (cut at a word). */
function headingTitle(h: HeadingBlock): string {
  const cut = h.text.slice(0, 41).lastIndexOf(" ");
  const text = h.text.length > 40 ? `${h.text.slice(0, cut > 0 ? cut : 40).trimEnd()} …` : h.text;
  return h.label ? `${h.label} ${text}` : text;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";
import { ZReportMetaFields } from "./document";

/**
 * What an editor can do to a draft (one operation = one new version). The same schema validates the
 * browser's request and the server's input. Texts are plain text of any content: renderers escape them.
 * `applyEdit` (./edit.ts) applies one operation to a document; an unknown block or footnote id is refused.
 */

const ZId = z.string().min(1).max(80);
const ZBody = z.string().overwrite(plainText).trim().min(1, "must not be empty").max(20_000, "is longer than 20,000 characters");

export const ZReportEditOp = z.discriminatedUnion("op", [
  /** Rewrite a paragraph (kept as an override; a regeneration keeps it). */
  z.object({ op: z.literal("setParagraph"), blockId: ZId, text: ZBody }),
  /** Drop the override and take the engine's latest text again. */
  z.object({ op: z.literal("revertParagraph"), blockId: ZId }),
  /** A new editor paragraph after a block (or first, when `afterBlockId` is null). */
  z.object({ op: z.literal("addParagraph"), afterBlockId: ZId.nullable(), text: ZBody }),
  /** A new heading after a block. */
  z.object({ op: z.literal("addHeading"), afterBlockId: ZId.nullable(), level: z.enum(["chapter", "section", "subsection", "runin"]), label: z.string().trim().max(10).optional(), text: ZBody }),
  z.object({ op: z.literal("setHeading"), blockId: ZId, label: z.string().trim().max(10).optional(), text: ZBody }),
  /** Delete any block; a generated one stays deleted across regenerations. */
  z.object({ op: z.literal("deleteBlock"), blockId: ZId }),
  /** Move a block one place up or down. */
  z.object({ op: z.literal("moveBlock"), blockId: ZId, direction: z.enum(["up", "down"]) }),
  /** Footnotes of a paragraph (blockId) or of the Summary (blockId "summary"). */
  z.object({ op: z.literal("addFootnote"), blockId: ZId, text: ZBody }),
  z.object({ op: z.literal("setFootnote"), blockId: ZId, footnoteId: ZId, text: ZBody }),
  z.object({ op: z.literal("deleteFootnote"), blockId: ZId, footnoteId: ZId }),
  /** The Summary box (GA). */
  z.object({ op: z.literal("setSummary"), text: ZBody }),
  /** A recommendations block: its chapeau and its items, replaced whole (order = letters). */
  z.object({
    op: z.literal("setRecommendations"),
    blockId: ZId,
    chapeau: ZBody,
    items: z.array(z.object({ id: ZId.optional(), text: ZBody })).min(1, "needs at least one recommendation").max(60),
  }),
  /** Masthead and title block fields; naming and inclusion apply at the next regeneration. */
  z.object({
    op: z.literal("setMeta"),
    meta: ZReportMetaFields.pick({ symbol: true, date: true, session: true, agendaItem: true, title: true, subtitle: true, jobNumber: true, reissueNote: true, naming: true, includeSubmitted: true, cutOff: true }).partial(),
  }),
]);

export type ReportEditOp = z.output<typeof ZReportEditOp>;
export type ReportEditOpInput = z.input<typeof ZReportEditOp>;

/** One paragraph-level difference between two versions (./compare.ts). */
export interface BlockChange {
  kind: "added" | "removed" | "changed" | "moved" | "unchanged";
  /** The block in the older and the newer version (absent when added / removed). */
  before?: { id: string; number?: number; label?: string; text: string };
  after?: { id: string; number?: number; label?: string; text: string };
  /** Word-level diff of the text for "changed": runs of equal, removed and added words. */
  words?: { type: "equal" | "removed" | "added"; text: string }[];
}

export interface ReportComparison {
  from: number;
  to: number;
  /** Masthead / title block fields that differ: field → [before, after]. */
  meta: { field: string; before: string; after: string }[];
  /** In the newer version's order, with removed blocks where they stood. */
  blocks: BlockChange[];
  counts: { added: number; removed: number; changed: number; moved: number; unchanged: number };
}

import { parseReportDocument, type Block, type Footnote, type ParagraphBlock, type ReportDocument } from "./document";
import { deletedFootnoteKey, SUMMARY_BLOCK_ID } from "./edit";

/**
 * A regeneration keeps the editor's work. `fresh` is a new generation from the current replies (with
 * `previous.meta`); the result is `previous` with the engine's parts brought up to date:
 *
 * - Keyed blocks are matched by key (an unkeyed generated block by id). The previous order is kept, so
 *   the editor's moves survive; a block the engine now makes for the first time goes after the block
 *   that precedes it in `fresh` (past any editor blocks that follow that one), or at the start.
 * - A generated paragraph the editor did not touch takes the fresh text, sources and footnotes. An
 *   override keeps its text, takes the fresh sources and `generatedText`, and is marked stale when the
 *   engine's text changed (its sources changed). An override the engine no longer makes is kept, stale.
 * - Deleted keys stay deleted; editor blocks and footnotes are kept; an edited recommendations block is
 *   kept as it is. Matched headings keep the previous text: the template gives them, only the editor
 *   changes them (headings have no override flag).
 * - Block and footnote ids of matched parts are the previous ones, so versions compare by id.
 */

export interface MergeResult {
  document: ReportDocument;
  /** Paragraphs awaiting the editor's review: an override (or an overridden footnote) whose sources changed. */
  staleBlockIds: string[];
  /** A short English line for the version list. */
  summary: string;
}

export function mergeRegeneration(previous: ReportDocument, fresh: ReportDocument): MergeResult {
  const deleted = new Set(previous.deletedKeys);
  // Ids the result must not reuse for a new part: every previous id (kept or not), so that an id never
  // names two different blocks across versions.
  const blockIds = new Set(previous.blocks.map((b) => b.id));
  const footnoteIds = new Set(allFootnotes(previous).map((f) => f.id));
  const footnotes = (owner: string | undefined, prev: readonly Footnote[], next: readonly Footnote[]) => mergeFootnotes(owner, prev, next, deleted, footnoteIds);

  const blocks = mergeSequence<Block>(previous.blocks, fresh.blocks, {
    identity: blockIdentity,
    isDeleted: (b) => b.key !== undefined && deleted.has(b.key),
    usedIds: blockIds,
    matched: (p, f) => mergeBlock(p, f, footnotes),
    vanished: keepWithoutFresh,
    added: (f) => (f.type === "paragraph" ? { ...f, footnotes: footnotes(f.key, [], f.footnotes) } : f),
  });

  const summary = mergeSummary(previous.summary, fresh.summary, footnotes);
  const document = parseReportDocument({ ...previous, summary, blocks, deletedKeys: previous.deletedKeys, generation: fresh.generation });
  const staleBlockIds = document.blocks.filter((b) => b.type === "paragraph" && (b.stale || b.footnotes.some((f) => f.stale))).map((b) => b.id);
  return { document, staleBlockIds, summary: summaryLine(fresh.generation.replies.length, staleBlockIds.length) };
}

/** Key, else id; an editor block never matches a generated one, even if their ids happened to collide. */
function blockIdentity(b: Block): string {
  if (b.key !== undefined) return b.key;
  return b.type !== "heading" && b.origin === "editor" ? `#editor:${b.id}` : `#id:${b.id}`;
}

type FootnoteMerger = (ownerKey: string | undefined, prev: readonly Footnote[], next: readonly Footnote[]) => Footnote[];

function mergeBlock(p: Block, f: Block, footnotes: FootnoteMerger): Block {
  if (p.type === "heading" && f.type === "heading") return p;
  if (p.type === "recommendations" && f.type === "recommendations") return p.overridden ? p : { ...f, id: p.id };
  if (p.type === "paragraph" && f.type === "paragraph") return mergeParagraph(p, f, footnotes);
  // The engine changed the kind of block under this key: an override survives, stale; otherwise the new kind.
  if ((p.type === "paragraph" || p.type === "recommendations") && p.overridden) return p.type === "paragraph" ? { ...p, stale: true } : p;
  return f.type === "paragraph" ? { ...f, id: p.id, footnotes: footnotes(f.key, [], f.footnotes) } : { ...f, id: p.id };
}

function mergeParagraph(p: ParagraphBlock, f: ParagraphBlock, footnotes: FootnoteMerger): ParagraphBlock {
  const merged = footnotes(p.key, p.footnotes, f.footnotes);
  if (!p.overridden) {
    const { generatedText: _none, ...rest } = f;
    return { ...rest, id: p.id, footnotes: merged, overridden: false, stale: false };
  }
  return {
    ...p,
    generatedText: f.text,
    sentences: f.sentences,
    sectionCode: f.sectionCode,
    provisionalStateIds: f.provisionalStateIds,
    footnotes: merged,
    stale: p.stale || f.text !== p.generatedText,
  };
}

/** A previous block the engine no longer makes: the editor's own and the editor's overrides stay. */
function keepWithoutFresh(p: Block): Block | undefined {
  if (p.type === "heading") return p.key === undefined ? p : undefined;
  if (p.origin === "editor") return p;
  if (p.type === "paragraph" && p.overridden) return { ...p, stale: true };
  if (p.type === "recommendations" && p.overridden) return p;
  return undefined;
}

function mergeFootnotes(ownerKey: string | undefined, prev: readonly Footnote[], next: readonly Footnote[], deleted: ReadonlySet<string>, usedIds: Set<string>): Footnote[] {
  return mergeSequence<Footnote>(prev, next, {
    identity: (f) => f.key ?? (f.origin === "editor" ? `#editor:${f.id}` : `#id:${f.id}`),
    isDeleted: (f) => f.key !== undefined && ownerKey !== undefined && deleted.has(deletedFootnoteKey(ownerKey, f.key)),
    usedIds,
    matched: (p, f) => {
      if (!p.overridden) {
        const { generatedText: _none, ...rest } = f;
        return { ...rest, id: p.id, overridden: false, stale: false };
      }
      return { ...p, generatedText: f.text, stale: p.stale || f.text !== p.generatedText };
    },
    vanished: (p) => (p.origin === "editor" ? p : p.overridden ? { ...p, stale: true } : undefined),
    added: (f) => f,
  });
}

function mergeSummary(prev: ReportDocument["summary"], next: ReportDocument["summary"], footnotes: FootnoteMerger): ReportDocument["summary"] {
  if (!prev) return next && { ...next, footnotes: footnotes(SUMMARY_BLOCK_ID, [], next.footnotes) };
  const merged = footnotes(SUMMARY_BLOCK_ID, prev.footnotes, next?.footnotes ?? []);
  if (prev.overridden) return { ...prev, ...(next ? { generatedText: next.text } : {}), footnotes: merged };
  if (!next) return undefined;
  const { generatedText: _none, ...rest } = next;
  return { ...rest, overridden: false, footnotes: merged };
}

interface SequenceRules<T extends { id: string }> {
  identity: (x: T) => string;
  /** A fresh part the editor deleted earlier: not brought back. */
  isDeleted: (fresh: T) => boolean;
  /** Ids already taken; a new fresh part with a taken id gets a suffix. Updated in place. */
  usedIds: Set<string>;
  matched: (prev: T, fresh: T) => T;
  /** A previous part with no fresh counterpart: kept (possibly changed) or dropped (undefined). */
  vanished: (prev: T) => T | undefined;
  /** A fresh part with no previous counterpart, before it is inserted. */
  added: (fresh: T) => T;
}

/**
 * Merges an ordered sequence: the previous order is kept, and each fresh part new to it is inserted
 * after its nearest preceding fresh part present in the result, past the unanchored parts (editor
 * parts and kept overrides) that follow it, so that those stay next to the part they followed.
 */
function mergeSequence<T extends { id: string }>(prev: readonly T[], fresh: readonly T[], rules: SequenceRules<T>): T[] {
  const freshByIdentity = new Map(fresh.map((f) => [rules.identity(f), f]));
  const result: { item: T; identity?: string }[] = [];
  for (const p of prev) {
    const identity = rules.identity(p);
    const f = freshByIdentity.get(identity);
    if (f) {
      result.push({ item: rules.matched(p, f), identity });
    } else {
      const kept = rules.vanished(p);
      if (kept) result.push({ item: kept });
    }
  }
  fresh.forEach((f, k) => {
    const identity = rules.identity(f);
    if (rules.isDeleted(f) || result.some((r) => r.identity === identity)) return;
    let at = 0;
    for (let j = k - 1; j >= 0; j--) {
      const before = rules.identity(fresh[j]!);
      const index = result.findIndex((r) => r.identity === before);
      if (index >= 0) {
        at = index + 1;
        break;
      }
    }
    while (at < result.length && result[at]!.identity === undefined) at++;
    const item = rules.added(f);
    result.splice(at, 0, { item: { ...item, id: uniqueId(item.id, rules.usedIds) }, identity });
  });
  for (const r of result) rules.usedIds.add(r.item.id);
  return result.map((r) => r.item);
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}~${n}`;
  used.add(candidate);
  return candidate;
}

function allFootnotes(doc: ReportDocument): Footnote[] {
  return [...(doc.summary?.footnotes ?? []), ...doc.blocks.flatMap((b) => (b.type === "paragraph" ? b.footnotes : []))];
}

function summaryLine(replies: number, stale: number): string {
  const base = `Regenerated from ${replies} ${replies === 1 ? "reply" : "replies"}`;
  return stale === 0 ? base : `${base}; ${stale} edited ${stale === 1 ? "paragraph" : "paragraphs"} marked for review`;
}

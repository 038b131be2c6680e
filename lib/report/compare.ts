import { diffWords } from "diff";
import { ZReportMetaFields, agendaItemLine, numberDocument, recommendationItemText, type NumberedBlock, type ReportDocument, type ReportMeta } from "./document";
import type { BlockChange, ReportComparison } from "./edit-ops";

/**
 * Compares two versions of a draft, block by block. Blocks are matched by id (ids survive edits and
 * regenerations). The comparable text of a block is what prints, without numbers that shift when
 * something earlier changes:
 * - a heading: its label and text ("B. Implementation …");
 * - a paragraph: its text, then one line "Footnote: …" per footnote (a footnote change changes the paragraph);
 * - recommendations: the chapeau, then one line per lettered item ("(a) Ratify the Protocol;").
 *
 * A matched block whose place in the order changed is "moved": a longest increasing subsequence of the
 * old positions (in the new order) stays put, the rest moved, so that one block moved up does not make
 * every block it passed look moved. A moved block that also changed stays "moved" and carries `words`.
 * The Summary box, when its text differs, is listed with the masthead fields (field "summary").
 */
export function compareDocuments(older: ReportDocument, newer: ReportDocument, from: number, to: number): ReportComparison {
  const oldBlocks = numberDocument(older).blocks;
  const newBlocks = numberDocument(newer).blocks;
  const oldIndex = new Map(oldBlocks.map((b, i) => [b.id, i]));
  const newIds = new Set(newBlocks.map((b) => b.id));

  const matchedOldIndexes = newBlocks.filter((b) => oldIndex.has(b.id)).map((b) => oldIndex.get(b.id)!);
  const staying = new Set(longestIncreasingSubsequence(matchedOldIndexes));

  // Removed blocks stand after the nearest earlier old block that is still there (or first).
  const removedAfter = new Map<string | null, NumberedBlock[]>();
  let anchor: string | null = null;
  for (const b of oldBlocks) {
    if (newIds.has(b.id)) {
      anchor = b.id;
    } else {
      removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), b]);
    }
  }

  const blocks: BlockChange[] = [];
  const pushRemoved = (key: string | null) => {
    for (const b of removedAfter.get(key) ?? []) blocks.push({ kind: "removed", before: side(b) });
  };
  pushRemoved(null);
  for (const b of newBlocks) {
    const i = oldIndex.get(b.id);
    if (i === undefined) {
      blocks.push({ kind: "added", after: side(b) });
      continue;
    }
    const before = side(oldBlocks[i]!);
    const after = side(b);
    const changed = before.text !== after.text;
    const moved = !staying.has(i);
    const change: BlockChange = { kind: moved ? "moved" : changed ? "changed" : "unchanged", before, after };
    if (changed) change.words = wordRuns(before.text, after.text);
    blocks.push(change);
    pushRemoved(b.id);
  }

  const counts = { added: 0, removed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const c of blocks) counts[c.kind]++;
  return { from, to, meta: metaChanges(older, newer), blocks, counts };
}

function side(b: NumberedBlock): NonNullable<BlockChange["before"]> {
  if (b.type === "heading") return { id: b.id, ...(b.label ? { label: b.label } : {}), text: comparableText(b) };
  return { id: b.id, number: b.number, text: comparableText(b) };
}

function comparableText(b: NumberedBlock): string {
  if (b.type === "heading") return b.label ? `${b.label} ${b.text}` : b.text;
  if (b.type === "paragraph") return [b.text, ...b.footnotes.map((f) => `Footnote: ${f.text}`)].join("\n");
  return [b.chapeau, ...b.items.map((_, i) => `${b.letters[i]} ${recommendationItemText(b.items, i)}`)].join("\n");
}

function wordRuns(before: string, after: string): NonNullable<BlockChange["words"]> {
  return diffWords(before, after).map((c) => ({ type: c.added ? "added" : c.removed ? "removed" : "equal", text: c.value }));
}

/** The masthead and title-block fields, in the schema's order, as the editor reads them. */
const META_FIELDS = Object.keys(ZReportMetaFields.shape) as (keyof ReportMeta)[];

function metaChanges(older: ReportDocument, newer: ReportDocument): ReportComparison["meta"] {
  const changes: ReportComparison["meta"] = [];
  for (const field of META_FIELDS) {
    const before = metaValue(older.meta, field);
    const after = metaValue(newer.meta, field);
    if (before !== after) changes.push({ field, before, after });
  }
  const summaryBefore = older.summary?.text ?? "";
  const summaryAfter = newer.summary?.text ?? "";
  if (summaryBefore !== summaryAfter) changes.push({ field: "summary", before: summaryBefore, after: summaryAfter });
  return changes;
}

function metaValue(meta: ReportMeta, field: keyof ReportMeta): string {
  if (field === "agendaItem") return meta.agendaItem ? `${agendaItemLine(meta)!.replace(/\*$/, "")} (${meta.agendaItem.listSymbol}): ${meta.agendaItem.title}` : "";
  const value = meta[field];
  if (typeof value === "boolean") return value ? "yes" : "no";
  return value === undefined ? "" : String(value);
}

/**
 * The values of one longest strictly increasing subsequence (O(n log n), patience sorting). The
 * values are distinct old positions, so the subsequence is the largest set of blocks whose relative
 * order did not change.
 */
export function longestIncreasingSubsequence(values: readonly number[]): number[] {
  const tailIndexes: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tailIndexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tailIndexes[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tailIndexes[lo - 1]!;
    tailIndexes[lo] = i;
  });
  const out: number[] = [];
  for (let i = tailIndexes.length > 0 ? tailIndexes[tailIndexes.length - 1]! : -1; i >= 0; i = previous[i]!) out.push(values[i]!);
  return out.reverse();
}

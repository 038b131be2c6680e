import type { ReportStaleness } from "@/lib/server/reports/types";
import type { Footnote, ReportDocument } from "./document";
import { SUMMARY_BLOCK_ID } from "./edit";

/**
 * What changed in the replies since a draft was generated. A reply the draft used has changed when the
 * State's reply that counts now has another snapshot fingerprint, or when none counts any more (withdrawn,
 * returned, past the cut-off). A paragraph is stale when one of its sentences rests on a changed reply;
 * traceability survives overrides, so an edited paragraph is checked against its engine sources too.
 *
 * The contributors text names or counts the States that replied, so it is stale when a State dropped
 * out or a new one counts, whatever the sentences say: the respondents paragraph (key "contributors"),
 * and the paragraph (or the Summary, as the pseudo block "summary") carrying the contributors footnote.
 */

/** The key of the generated footnote or paragraph that lists or counts the contributing States. */
export const CONTRIBUTORS_KEY = "contributors";

export interface CurrentReply {
  stateId: string;
  stateName: string;
  sha256: string;
}

export function findStaleness(doc: ReportDocument, current: readonly CurrentReply[]): ReportStaleness {
  const now = new Map(current.map((r) => [r.stateId, r]));
  const used = new Set(doc.generation.replies.map((r) => r.stateId));

  const changedStates: ReportStaleness["changedStates"] = [];
  let dropped = false;
  for (const r of doc.generation.replies) {
    const c = now.get(r.stateId);
    if (c && c.sha256 === r.sha256) continue;
    if (!c) dropped = true;
    changedStates.push({ stateId: r.stateId, name: c?.stateName ?? r.stateName });
  }
  const newStates = current.filter((r) => !used.has(r.stateId)).map((r) => ({ stateId: r.stateId, name: r.stateName }));

  const changed = new Set(changedStates.map((s) => s.stateId));
  const membershipChanged = dropped || newStates.length > 0;
  const listsContributors = (fs: readonly Footnote[]) => membershipChanged && fs.some((f) => f.key === CONTRIBUTORS_KEY && f.origin !== "editor");

  const staleBlockIds: string[] = [];
  if (doc.summary && listsContributors(doc.summary.footnotes)) staleBlockIds.push(SUMMARY_BLOCK_ID);
  for (const b of doc.blocks) {
    if (b.type !== "paragraph") continue;
    const usesChanged = b.sentences.some((s) => s.stateIds.some((id) => changed.has(id)));
    const isContributors = membershipChanged && b.key === CONTRIBUTORS_KEY;
    if (usesChanged || isContributors || listsContributors(b.footnotes)) staleBlockIds.push(b.id);
  }
  return { staleBlockIds, changedStates, newStates };
}

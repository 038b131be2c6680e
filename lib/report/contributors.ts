import { formatCount, statusDate } from "./numbers";
import type { NamingConsent } from "./sentences";
import { formatStateList, sortStates, type ReportState } from "./state-lists";

/**
 * How the report says who contributed (BRIEF §3.1, design implication 2), in three forms:
 *
 * - `count-footnote` ([000] fn 10): "Based on information received from 35 Member States that
 *   contributed to the present report." — no names.
 * - `respondents-paragraph` ([002] ¶5): "As at 30 May 2016, the following States had replied to a
 *   request for information circulated by the Secretary-General in the form of a note verbale: A, B
 *   and C." — body text, UN order, with the cut-off date ("As at" by default, §2.12).
 * - `count-and-list-footnote` ([004] fn 9): "Thirty-nine Member States made submissions to the present
 *   report: A, B and C." — the count spelled out, since it opens the sentence (§2.12).
 *
 * Naming consent: only a State whose META-06 answer is "may be named" is listed; one that chose
 * "anonymous only" or "named in good-practice examples only" (or whose answer is unknown) is counted
 * but never listed. When the list leaves someone out, it is introduced by "including" instead of the colon, so
 * the count stays true and the list does not claim to be complete. (The seed [004] says "including"
 * before a complete list; §3.1 notes the count matches the list, so the colon is used when it does.)
 *
 * Late replies: with a cut-off date, a reply received after it is neither counted nor listed (it is
 * returned in `late`, for the "received after cut-off" flag of §3.1 point 3).
 */

export type ContributorsForm = "count-footnote" | "respondents-paragraph" | "count-and-list-footnote";

export interface Contributor {
  state: ReportState;
  /** ISO date the reply was received (compared with the cut-off). */
  receivedOn?: string;
}

export interface ContributorsInput {
  form: ContributorsForm;
  contributors: readonly Contributor[];
  consents: ReadonlyMap<string, NamingConsent>;
  /** ISO date; required for `respondents-paragraph`. */
  cutOff?: string;
  statusStyle?: "as at" | "as of";
  /** "Member States" (default) or "States". */
  noun?: string;
  /** How the request was made (default "in the form of a note verbale"). */
  requestChannel?: string;
  /** Write "the" before names that take it (default true; [002] and [004] list names without it). */
  articles?: boolean;
}

export interface ContributorsText {
  text: string;
  /** "FN" for the footnotes, "FN" too for the paragraph (it is the T-FN section's content). */
  kind: "FN";
  /** Every contributor counted, in UN order. */
  stateIds: string[];
  /** The contributors named in `text`. */
  namedStateIds: string[];
  /** Replies received after the cut-off, left out. */
  late: string[];
}

export function contributorsText(input: ContributorsInput): ContributorsText {
  const noun = input.noun ?? "Member States";
  if (input.form === "respondents-paragraph" && !input.cutOff) throw new Error("contributors: the respondents paragraph needs a cut-off date");
  if (input.cutOff && !/^\d{4}-\d{2}-\d{2}$/.test(input.cutOff)) throw new Error(`contributors: cut-off is not an ISO date: "${input.cutOff}"`);
  const late = input.contributors.filter((c) => input.cutOff && c.receivedOn && c.receivedOn > input.cutOff).map((c) => c.state);
  const lateIds = new Set(late.map((s) => s.id));
  const counted = sortStates(input.contributors.map((c) => c.state).filter((s) => !lateIds.has(s.id)));
  if (counted.length === 0) throw new Error("contributors: no contributing State (a report needs at least one reply)");
  const listable = counted.filter((s) => input.consents.get(s.id) === "MAY_BE_NAMED");
  const complete = listable.length === counted.length;
  const list = formatStateList(listable, { articles: input.articles !== false });
  const base = { kind: "FN" as const, stateIds: counted.map((s) => s.id), late: sortStates(late).map((s) => s.id) };
  const singular = counted.length === 1;
  const nounN = singular ? noun.replace(/s$/, "") : noun;

  switch (input.form) {
    case "count-footnote":
      return {
        ...base,
        text: `Based on information received from ${formatCount(counted.length)} ${nounN} that contributed to the present report.`,
        namedStateIds: [],
      };
    case "count-and-list-footnote": {
      const lead = `${formatCount(counted.length, { sentenceStart: true })} ${nounN} made ${singular ? "a submission" : "submissions"} to the present report`;
      if (listable.length === 0) return { ...base, text: `${lead}.`, namedStateIds: [] };
      return { ...base, text: `${lead}${complete ? ": " : ", including "}${list}.`, namedStateIds: listable.map((s) => s.id) };
    }
    case "respondents-paragraph": {
      const date = statusDate(input.cutOff!, input.statusStyle ?? "as at");
      const request = `a request for information circulated by the Secretary-General ${input.requestChannel ?? "in the form of a note verbale"}`;
      const states = noun.replace(/^Member /, "");
      if (complete) {
        return { ...base, text: `${date}, the following ${singular ? states.replace(/s$/, "") : states} had replied to ${request}: ${list}.`, namedStateIds: listable.map((s) => s.id) };
      }
      const counting = `${date}, ${formatCount(counted.length)} ${singular ? states.replace(/s$/, "") : states} had replied to ${request}`;
      if (listable.length === 0) return { ...base, text: `${counting}.`, namedStateIds: [] };
      return { ...base, text: `${counting}, including ${list}.`, namedStateIds: listable.map((s) => s.id) };
    }
  }
}

import { compareUnOrder, joinUnList } from "@/lib/reference/country-order";
import { formatCount, formatUnDate, statusDate, withThousands } from "./numbers";
import { stateName, type ReportState } from "./state-lists";

/**
 * Treaty-status sentences from reference data (BRIEF §3.6 point 1, §5.4, §5.5, §6.1). Treaty facts are
 * depositary facts: States are always named here (§3.4 "Always named: treaty actions"), whatever the
 * naming policy.
 *
 * - Status: "As at 30 September 2018, there were 189 States parties to the Convention and 173 States
 *   parties to the Protocol." ("As of" on request, §2.12).
 * - Actions in the reporting period, in chronological order (§2.12 "Ratification lists are in
 *   chronological order"), each State with the date it became a party: "In the reporting period, seven
 *   States became States parties to the Organized Crime Convention, namely Sierra Leone (12 August
 *   2014), … and the Republic of Korea (5 November 2015)." The period is inclusive at both ends and comes
 *   from the report's configuration (§6.1 edge case: the same action may fall in two reports' periods).
 */

export interface TreatyStatusInput {
  /** ISO date of the status. */
  asAt: string;
  style?: "as at" | "as of";
  /** Counts of States parties by instrument short title, in the order to print ("the Convention" → 189). */
  parties: readonly { instrument: string; count: number }[];
}

export function treatyStatusSentence(input: TreatyStatusInput): string {
  if (input.parties.length === 0) throw new Error("treaty status: no instrument given");
  const parts = input.parties.map((p) => {
    if (!Number.isInteger(p.count) || p.count < 0) throw new RangeError(`treaty status: count for ${p.instrument} must be a non-negative integer`);
    return `${withThousands(p.count)} States parties to ${p.instrument}`;
  });
  // Counts of States parties are always large: figures (they are ≥ 10 in practice, and a series).
  return `${statusDate(input.asAt, input.style ?? "as at")}, there were ${joinUnList(parts)}.`;
}

export interface TreatyAction {
  state: ReportState;
  /** ISO date the State became a party (for the sentence) — deposit date or entry into force, as configured. */
  date: string;
}

export interface TreatyActionsInput {
  /** "the Organized Crime Convention", "the Trafficking in Persons Protocol". */
  instrument: string;
  actions: readonly TreatyAction[];
  /** The reporting period, ISO dates, inclusive. */
  period: { from: string; to: string };
  /** Default "became States parties to" ([002] ¶3); [002] also has "have become parties to". */
  verbPhrase?: { plural: string; singular: string };
  /** Default "In the reporting period". */
  lead?: string;
}

export interface TreatyActionsSentence {
  text: string;
  /** The States named, in the order printed. */
  stateIds: string[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function treatyActionsSentence(input: TreatyActionsInput): TreatyActionsSentence {
  const { from, to } = input.period;
  if (!ISO.test(from) || !ISO.test(to) || to < from) throw new RangeError(`treaty actions: invalid period ${from} – ${to}`);
  for (const a of input.actions) if (!ISO.test(a.date)) throw new RangeError(`treaty actions: invalid date "${a.date}" for ${a.state.name}`);
  const within = input.actions
    .filter((a) => a.date >= from && a.date <= to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : compareUnOrder(a.state.name, b.state.name)));
  const verb = input.verbPhrase ?? { plural: "became States parties to", singular: "became a State party to" };
  const lead = input.lead ?? "In the reporting period";
  if (within.length === 0) return { text: `${lead}, no State became a party to ${input.instrument}.`, stateIds: [] };
  const items = within.map((a) => `${stateName(a.state)} (${formatUnDate(a.date)})`);
  if (within.length === 1) {
    return { text: `${lead}, one State ${verb.singular} ${input.instrument}, namely ${items[0]}.`, stateIds: [within[0]!.state.id] };
  }
  return {
    text: `${lead}, ${formatCount(within.length)} States ${verb.plural} ${input.instrument}, namely ${joinUnList(items)}.`,
    stateIds: within.map((a) => a.state.id),
  };
}

/**
 * Treaty reference data for the treaty-status paragraph (BRIEF §5.4, §5.5, §6.1): the counts of States
 * parties quoted in the seeds and the treaty actions they name, with their dates. Depositary facts;
 * the seeds' wording is the source. States are ISO alpha-3 codes, named from the State list at
 * generation (so a later change of name, "the Czech Republic" → "Czechia", follows the list).
 *
 * The actions are complete only over `TREATY_ACTIONS_COMPLETE`: for a reporting period outside it, the
 * report gives the latest status and leaves the actions of the period to the secretariat (it never
 * claims "no State became a party" from data that do not cover the period).
 */

export type TreatyInstrumentId = "UNTOC" | "TIP_PROTOCOL";

export interface TreatyInstrument {
  id: TreatyInstrumentId;
  title: string;
  /** Short title in a status sentence ("the Convention"). */
  short: string;
  /** Short title in an actions sentence ("the Organized Crime Convention"). */
  actionsTitle: string;
}

export const TREATY_INSTRUMENTS: readonly TreatyInstrument[] = [
  { id: "UNTOC", title: "United Nations Convention against Transnational Organized Crime", short: "the Convention", actionsTitle: "the Organized Crime Convention" },
  {
    id: "TIP_PROTOCOL",
    title: "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
    short: "the Protocol",
    actionsTitle: "the Trafficking in Persons Protocol",
  },
];

export interface TreatyStatusRecord {
  asAt: string;
  instrument: TreatyInstrumentId;
  parties: number;
  source: string;
}

/** §5.4 (F-T1, F-T2, F-T5, F-T6, F-T7). */
export const TREATY_STATUS: readonly TreatyStatusRecord[] = [
  { asAt: "2016-05-30", instrument: "UNTOC", parties: 186, source: "[002] ¶3" },
  { asAt: "2016-05-30", instrument: "TIP_PROTOCOL", parties: 169, source: "[002] ¶3" },
  { asAt: "2016-11-08", instrument: "UNTOC", parties: 187, source: "[000] ¶19" },
  { asAt: "2016-11-08", instrument: "TIP_PROTOCOL", parties: 170, source: "[000] ¶19" },
  { asAt: "2017-11-15", instrument: "TIP_PROTOCOL", parties: 172, source: "[003] §4.4" },
  { asAt: "2018-01-31", instrument: "TIP_PROTOCOL", parties: 173, source: "[003] §2" },
  { asAt: "2018-09-30", instrument: "UNTOC", parties: 189, source: "[001] ¶22" },
  { asAt: "2018-09-30", instrument: "TIP_PROTOCOL", parties: 173, source: "[001] ¶22" },
];

export interface TreatyActionRecord {
  stateId: string;
  instrument: TreatyInstrumentId;
  /** The date the State became a party, as the reports print it. */
  date: string;
  /** When the seed gives the deposit separately ([001] ¶22). */
  depositDate?: string;
  source: string;
}

/** §5.5 (F-T2, F-T3, F-T4, F-T7). */
export const TREATY_ACTIONS: readonly TreatyActionRecord[] = [
  { stateId: "SLE", instrument: "UNTOC", date: "2014-08-12", source: "[002] ¶3" },
  { stateId: "SLE", instrument: "TIP_PROTOCOL", date: "2014-08-12", source: "[002] ¶3" },
  { stateId: "AFG", instrument: "TIP_PROTOCOL", date: "2014-08-15", source: "[002] ¶3" },
  { stateId: "AGO", instrument: "TIP_PROTOCOL", date: "2014-09-19", source: "[002] ¶3" },
  { stateId: "ERI", instrument: "UNTOC", date: "2014-09-25", source: "[002] ¶3" },
  { stateId: "ERI", instrument: "TIP_PROTOCOL", date: "2014-09-25", source: "[002] ¶3" },
  { stateId: "TON", instrument: "UNTOC", date: "2014-10-03", source: "[002] ¶3" },
  { stateId: "BRB", instrument: "UNTOC", date: "2014-11-11", source: "[002] ¶3" },
  { stateId: "BRB", instrument: "TIP_PROTOCOL", date: "2014-11-11", source: "[002] ¶3" },
  { stateId: "SDN", instrument: "TIP_PROTOCOL", date: "2014-12-02", source: "[002] ¶3" },
  { stateId: "WSM", instrument: "UNTOC", date: "2014-12-17", source: "[002] ¶3" },
  { stateId: "CZE", instrument: "TIP_PROTOCOL", date: "2014-12-17", source: "[002] ¶3" },
  { stateId: "PSE", instrument: "UNTOC", date: "2015-01-02", source: "[002] ¶3" },
  { stateId: "LKA", instrument: "TIP_PROTOCOL", date: "2015-06-15", source: "[002] ¶3" },
  { stateId: "SGP", instrument: "TIP_PROTOCOL", date: "2015-09-28", source: "[002] ¶3" },
  { stateId: "KOR", instrument: "UNTOC", date: "2015-11-05", source: "[002] ¶3; [000] ¶19" },
  { stateId: "KOR", instrument: "TIP_PROTOCOL", date: "2015-11-05", source: "[002] ¶3; [000] ¶19" },
  { stateId: "PRK", instrument: "UNTOC", date: "2016-06-17", source: "[000] ¶19" },
  { stateId: "MDV", instrument: "TIP_PROTOCOL", date: "2016-09-14", source: "[000] ¶19" },
  { stateId: "PSE", instrument: "TIP_PROTOCOL", date: "2018-01-28", depositDate: "2017-12-29", source: "[001] ¶22" },
];

/**
 * The span over which `TREATY_ACTIONS` list every action: [002] ¶3 names them from 18 December 2013
 * (its period) and [000] ¶19 from 30 May 2016 to 8 November 2016. Later additions are only counted
 * in the seeds (187 → 189 parties to the Convention, 170 → 172 to the Protocol), not named.
 */
export const TREATY_ACTIONS_COMPLETE = { from: "2013-12-18", to: "2016-11-08" } as const;

import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import type { ReportState } from "./state-lists";
import { treatyActionsSentence, treatyStatusSentence, type TreatyAction } from "./treaty";

const byIso = new Map<string, ReportState>(MEMBER_STATES.map((s) => [s.iso3, { id: s.iso3, name: s.name, takesArticle: s.takesArticle }]));
const act = (iso3: string, date: string): TreatyAction => ({ state: byIso.get(iso3)!, date });

// §5.5, Convention (input deliberately out of order).
const CONVENTION = [act("KOR", "2015-11-05"), act("SLE", "2014-08-12"), act("TON", "2014-10-03"), act("ERI", "2014-09-25"), act("PSE", "2015-01-02"), act("BRB", "2014-11-11"), act("WSM", "2014-12-17"), act("PRK", "2016-06-17")];
const PROTOCOL = [act("SLE", "2014-08-12"), act("AFG", "2014-08-15"), act("AGO", "2014-09-19"), act("ERI", "2014-09-25"), act("BRB", "2014-11-11"), act("SDN", "2014-12-02"), act("CZE", "2014-12-17"), act("LKA", "2015-06-15"), act("SGP", "2015-09-28"), act("KOR", "2015-11-05"), act("MDV", "2016-09-14")];
const PERIOD_002 = { from: "2013-12-18", to: "2016-04-01" };

describe("treaty status (§5.4)", () => {
  it("F-T7 / [001] ¶22 and [000] ¶19", () => {
    expect(treatyStatusSentence({ asAt: "2018-09-30", parties: [{ instrument: "the Convention", count: 189 }, { instrument: "the Protocol", count: 173 }] })).toBe(
      "As at 30 September 2018, there were 189 States parties to the Convention and 173 States parties to the Protocol.",
    );
    expect(treatyStatusSentence({ asAt: "2016-11-08", style: "as of", parties: [{ instrument: "the Convention", count: 187 }, { instrument: "the Protocol", count: 170 }] })).toBe(
      "As of 8 November 2016, there were 187 States parties to the Convention and 170 States parties to the Protocol.",
    );
    expect(treatyStatusSentence({ asAt: "2016-05-30", style: "as of", parties: [{ instrument: "the Convention", count: 186 }] })).toBe("As of 30 May 2016, there were 186 States parties to the Convention.");
    expect(() => treatyStatusSentence({ asAt: "2016-05-30", parties: [] })).toThrow(/no instrument/);
  });
});

describe("treaty actions in the reporting period (§5.5, §6.1)", () => {
  it("F-T3: seven States, in chronological order, count in words, articles", () => {
    const out = treatyActionsSentence({ instrument: "the Organized Crime Convention", actions: CONVENTION, period: PERIOD_002 });
    expect(out.text).toBe(
      "In the reporting period, seven States became States parties to the Organized Crime Convention, namely Sierra Leone (12 August 2014), Eritrea (25 September 2014), Tonga (3 October 2014), Barbados (11 November 2014), Samoa (17 December 2014), the State of Palestine (2 January 2015) and the Republic of Korea (5 November 2015).",
    );
    expect(out.stateIds).toHaveLength(7);
  });

  it("F-T4: 10 States in figures; same-day actions in UN order", () => {
    const out = treatyActionsSentence({ instrument: "the Trafficking in Persons Protocol", actions: PROTOCOL, period: PERIOD_002, verbPhrase: { plural: "have become parties to", singular: "has become a party to" } });
    // The seed writes "Sudan" and "the Czech Republic"; UN style (§2.12, §5.11) writes "the Sudan", and
    // the name in force today is "Czechia" (the reference list holds today's names).
    expect(out.text).toBe(
      "In the reporting period, 10 States have become parties to the Trafficking in Persons Protocol, namely Sierra Leone (12 August 2014), Afghanistan (15 August 2014), Angola (19 September 2014), Eritrea (25 September 2014), Barbados (11 November 2014), the Sudan (2 December 2014), Czechia (17 December 2014), Sri Lanka (15 June 2015), Singapore (28 September 2015) and the Republic of Korea (5 November 2015).",
    );
  });

  it("the period bounds are inclusive and configurable (the Republic of Korea counted in two reports, §6.1)", () => {
    // F-T2 ([000] ¶19) has no "namely" before the names; the engine always writes it, as [002] ¶3 does.
    const period000 = { from: "2015-11-05", to: "2016-11-08" };
    const out = treatyActionsSentence({ instrument: "the Convention", actions: CONVENTION, period: period000, lead: "During the reporting period", verbPhrase: { plural: "have become parties to", singular: "has become a party to" } });
    expect(out.text).toBe("During the reporting period, two States have become parties to the Convention, namely the Republic of Korea (5 November 2015) and the Democratic People's Republic of Korea (17 June 2016).");
    expect(treatyActionsSentence({ instrument: "the Convention", actions: CONVENTION, period: { from: "2015-11-06", to: "2016-11-08" } }).stateIds).toEqual(["PRK"]);
  });

  it("one State, none, and bad input", () => {
    expect(treatyActionsSentence({ instrument: "the Protocol", actions: PROTOCOL, period: { from: "2016-09-01", to: "2016-09-30" } }).text).toBe(
      "In the reporting period, one State became a State party to the Protocol, namely Maldives (14 September 2016).",
    );
    expect(treatyActionsSentence({ instrument: "the Protocol", actions: PROTOCOL, period: { from: "2017-01-01", to: "2017-12-31" } }).text).toBe("In the reporting period, no State became a party to the Protocol.");
    expect(() => treatyActionsSentence({ instrument: "the Protocol", actions: PROTOCOL, period: { from: "2017-12-31", to: "2017-01-01" } })).toThrow(/invalid period/);
    expect(() => treatyActionsSentence({ instrument: "the Protocol", actions: [act("MDV", "14/09/2016")], period: PERIOD_002 })).toThrow(/invalid date/);
  });
});

import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { contributorsText, type Contributor } from "./contributors";
import type { NamingConsent } from "./sentences";

const byName = new Map(MEMBER_STATES.map((s) => [s.name, { id: s.iso3, name: s.name, takesArticle: s.takesArticle }]));
const contributors = (...names: string[]): Contributor[] => names.map((n) => ({ state: byName.get(n)! }));
const allNamed = (cs: Contributor[]) => new Map<string, NamingConsent>(cs.map((c) => [c.state.id, "MAY_BE_NAMED"]));

// [002] ¶5 (33 States; names as in force today: Eswatini for Swaziland, Türkiye for Turkey).
const SEED_002 = ["Algeria", "Argentina", "Armenia", "Australia", "Austria", "Belarus", "Brazil", "Canada", "Chile", "China", "Colombia", "Denmark", "Ecuador", "Estonia", "France", "Germany", "Israel", "Lebanon", "Liechtenstein", "Malta", "Mauritius", "Montenegro", "Peru", "Russian Federation", "Saudi Arabia", "Spain", "Eswatini", "Sweden", "Thailand", "Tunisia", "Türkiye", "United States of America", "Viet Nam"];

describe("contributors (§3.1)", () => {
  const cs = contributors(...[...SEED_002].reverse());

  it("(a) the count-only footnote of [000]", () => {
    const many = MEMBER_STATES.slice(0, 35).map((s) => ({ state: byName.get(s.name)! }));
    expect(contributorsText({ form: "count-footnote", contributors: many, consents: new Map() }).text).toBe("Based on information received from 35 Member States that contributed to the present report.");
    const few = contributors("Chile", "Peru", "Spain");
    expect(contributorsText({ form: "count-footnote", contributors: few, consents: new Map() }).text).toBe("Based on information received from three Member States that contributed to the present report.");
  });

  it("(b) the respondents paragraph of [002] ¶5, in UN order, 'As at' by default, 'As of' on request", () => {
    const out = contributorsText({ form: "respondents-paragraph", contributors: cs, consents: allNamed(cs), cutOff: "2016-05-30", statusStyle: "as of", articles: false });
    expect(out.text).toBe(
      "As of 30 May 2016, the following States had replied to a request for information circulated by the Secretary-General in the form of a note verbale: Algeria, Argentina, Armenia, Australia, Austria, Belarus, Brazil, Canada, Chile, China, Colombia, Denmark, Ecuador, Estonia, Eswatini, France, Germany, Israel, Lebanon, Liechtenstein, Malta, Mauritius, Montenegro, Peru, Russian Federation, Saudi Arabia, Spain, Sweden, Thailand, Tunisia, Türkiye, United States of America and Viet Nam.",
    );
    expect(out.namedStateIds).toHaveLength(33);
    const withArticles = contributorsText({ form: "respondents-paragraph", contributors: cs, consents: allNamed(cs), cutOff: "2016-05-30" });
    expect(withArticles.text).toMatch(/^As at 30 May 2016, the following States .*, the Russian Federation, Saudi Arabia, .*, the United States of America and Viet Nam\.$/);
  });

  it("(c) the count in words followed by the list, as in [004] fn 9", () => {
    const out = contributorsText({ form: "count-and-list-footnote", contributors: contributors("Peru", "Albania", "Philippines"), consents: allNamed(contributors("Peru", "Albania", "Philippines")) });
    expect(out.text).toBe("Three Member States made submissions to the present report: Albania, Peru and the Philippines.");
    const many = MEMBER_STATES.slice(0, 39).map((s) => ({ state: byName.get(s.name)! }));
    expect(contributorsText({ form: "count-and-list-footnote", contributors: many, consents: allNamed(many) }).text).toMatch(/^Thirty-nine Member States made submissions to the present report: Afghanistan, Albania, /);
  });

  it("lists only States that may be named (not anonymous-only, good-practice-only or unknown), but counts all; the list then says 'including'", () => {
    const consents = allNamed(cs);
    consents.set(byName.get("Chile")!.id, "ANONYMOUS_ONLY");
    consents.delete(byName.get("Peru")!.id);
    consents.set(byName.get("Spain")!.id, "GOOD_PRACTICE_ONLY");
    const c = contributorsText({ form: "count-and-list-footnote", contributors: cs, consents });
    expect(c.text).toMatch(/^Thirty-three Member States made submissions to the present report, including Algeria, /);
    expect(c.text).not.toMatch(/Chile|Peru|Spain/);
    expect(c.stateIds).toHaveLength(33);
    expect(c.namedStateIds).toHaveLength(30);
    const b = contributorsText({ form: "respondents-paragraph", contributors: cs, consents, cutOff: "2016-05-30" });
    expect(b.text).toMatch(/^As at 30 May 2016, 33 States had replied to a request for information circulated by the Secretary-General in the form of a note verbale, including Algeria, /);
    expect(b.text).not.toMatch(/Chile|Peru|Spain/);
    const none = contributorsText({ form: "count-and-list-footnote", contributors: cs, consents: new Map() });
    expect(none.text).toBe("Thirty-three Member States made submissions to the present report.");
  });

  it("leaves out replies received after the cut-off", () => {
    const dated: Contributor[] = [
      { state: byName.get("Chile")!, receivedOn: "2016-05-01" },
      { state: byName.get("Peru")!, receivedOn: "2016-05-30" },
      { state: byName.get("Spain")!, receivedOn: "2016-06-02" },
    ];
    const out = contributorsText({ form: "respondents-paragraph", contributors: dated, consents: allNamed(dated), cutOff: "2016-05-30" });
    expect(out.text).toBe("As at 30 May 2016, the following States had replied to a request for information circulated by the Secretary-General in the form of a note verbale: Chile and Peru.");
    expect(out.late).toEqual([byName.get("Spain")!.id]);
  });

  it("singular and bad input", () => {
    const one = contributors("Ghana");
    expect(contributorsText({ form: "count-and-list-footnote", contributors: one, consents: allNamed(one) }).text).toBe("One Member State made a submission to the present report: Ghana.");
    expect(() => contributorsText({ form: "count-footnote", contributors: [], consents: new Map() })).toThrow(/no contributing State/);
    expect(() => contributorsText({ form: "respondents-paragraph", contributors: one, consents: new Map() })).toThrow(/cut-off date/);
    expect(() => contributorsText({ form: "count-footnote", contributors: one, consents: new Map(), cutOff: "30/05/2016" })).toThrow(/ISO date/);
  });
});

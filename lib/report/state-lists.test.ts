import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { formatStateList, parentheticalStateList, sortStates, stateName, type ReportState } from "./state-lists";

const byIso = new Map(MEMBER_STATES.map((s) => [s.iso3, { id: s.iso3, name: s.name, takesArticle: s.takesArticle } satisfies ReportState]));
const states = (...codes: string[]) => codes.map((c) => byIso.get(c)!);
const tfyrom: ReportState = { id: "MKD-1993", name: "former Yugoslav Republic of Macedonia", takesArticle: true };

describe("stateName", () => {
  it("adds the article where the name takes one, capitalised at a sentence start", () => {
    expect(stateName(byIso.get("NER")!)).toBe("the Niger");
    expect(stateName(byIso.get("NER")!, { capitalise: true })).toBe("The Niger");
    expect(stateName(byIso.get("PHL")!)).toBe("the Philippines");
    expect(stateName(byIso.get("NLD")!, { capitalise: true })).toBe("The Netherlands (Kingdom of the)");
    expect(stateName(byIso.get("KOR")!)).toBe("the Republic of Korea");
    expect(stateName(byIso.get("FRA")!, { capitalise: true })).toBe("France");
    expect(stateName(byIso.get("NER")!, { articles: false })).toBe("Niger");
  });
});

describe("formatStateList", () => {
  it("joins in UN order with 'and' before the last item and no serial comma", () => {
    expect(formatStateList(states("ESP", "NER", "FRA"))).toBe("France, the Niger and Spain");
    expect(formatStateList(states("FIN", "AUS", "COL"))).toBe("Australia, Colombia and Finland");
    expect(formatStateList(states("NPL", "COL"))).toBe("Colombia and Nepal");
    expect(formatStateList(states("GHA"))).toBe("Ghana");
    expect(formatStateList([])).toBe("");
  });
  it("sorts ignoring 'the' (the Niger under N, the Republic of Korea under R)", () => {
    expect(formatStateList(states("MAR", "KOR", "ALB", "COL"))).toBe("Albania, Colombia, Morocco and the Republic of Korea");
    expect(formatStateList(states("NOR", "NER", "NGA"))).toBe("the Niger, Nigeria and Norway");
  });
  it("sorts 'the former Yugoslav Republic of Macedonia' under T (§5.11)", () => {
    expect(formatStateList([...states("UGA", "SGP", "TLS"), tfyrom])).toBe("Singapore, the former Yugoslav Republic of Macedonia, Timor-Leste and Uganda");
  });
  it("capitalises the first name only, at the start of a sentence", () => {
    expect(formatStateList(states("ESP", "NER"), { capitalise: true })).toBe("The Niger and Spain");
    expect(formatStateList(states("ESP", "PHL"), { capitalise: true })).toBe("The Philippines and Spain");
    expect(formatStateList(states("ESP", "FRA", "NER"), { capitalise: true })).toBe("France, the Niger and Spain");
  });
  it("keeps a State named twice once", () => {
    expect(sortStates(states("FRA", "ESP", "FRA")).map((s) => s.id)).toEqual(["FRA", "ESP"]);
  });
  it("parenthetical lists", () => {
    expect(parentheticalStateList(states("FRA", "AUS", "ARM", "ARG"))).toBe("(Argentina, Armenia, Australia and France)");
    expect(parentheticalStateList(states("PHL", "SGP", "BIH"), { articles: false })).toBe("(Bosnia and Herzegovina, Philippines and Singapore)");
    expect(parentheticalStateList([])).toBe("");
  });
});

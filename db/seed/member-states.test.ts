import { describe, it, expect } from "vitest";
import { MEMBER_STATES, type MemberStateSeed, type RegionalGroup } from "./member-states";
import { sortUnOrder, unSortKey, withArticle } from "../../lib/reference/country-order";

const members = MEMBER_STATES.filter((s) => s.status === "MEMBER");
const observers = MEMBER_STATES.filter((s) => s.status === "OBSERVER");

function byName(name: string): MemberStateSeed {
  const state = MEMBER_STATES.find((s) => s.name === name);
  if (!state) throw new Error(`no seed entry named ${JSON.stringify(name)}`);
  return state;
}

function indexOfName(name: string): number {
  const i = MEMBER_STATES.findIndex((s) => s.name === name);
  if (i < 0) throw new Error(`no seed entry named ${JSON.stringify(name)}`);
  return i;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

const M49_SUB_REGIONS: Record<string, readonly string[]> = {
  Africa: ["Northern Africa", "Sub-Saharan Africa"],
  Americas: ["Latin America and the Caribbean", "Northern America"],
  Asia: ["Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia"],
  Europe: ["Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe"],
  Oceania: ["Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"],
};

describe("MEMBER_STATES: shape", () => {
  it("has 195 entries: 193 Member States and 2 non-member observer States", () => {
    expect(MEMBER_STATES).toHaveLength(195);
    expect(members).toHaveLength(193);
    expect(observers.map((s) => s.name).sort()).toEqual(["Holy See", "State of Palestine"]);
  });

  it("has no duplicate iso3, m49 or name (nor names that collide once sorted)", () => {
    expect(duplicates(MEMBER_STATES.map((s) => s.iso3))).toEqual([]);
    expect(duplicates(MEMBER_STATES.map((s) => s.m49))).toEqual([]);
    expect(duplicates(MEMBER_STATES.map((s) => s.name))).toEqual([]);
    expect(duplicates(MEMBER_STATES.map((s) => unSortKey(s.name)))).toEqual([]);
  });

  it("uses well-formed codes", () => {
    for (const s of MEMBER_STATES) {
      expect(s.iso3, s.name).toMatch(/^[A-Z]{3}$/);
      expect(s.m49, s.name).toMatch(/^\d{3}$/);
    }
  });

  it("stores names without a leading article or stray white space", () => {
    for (const s of MEMBER_STATES) {
      expect(s.name, s.name).not.toMatch(/^the\s/i);
      expect(s.name, s.name).toBe(s.name.trim());
      expect(s.name, s.name).not.toMatch(/\s{2}/);
    }
  });

  it("uses M49 regions and sub-regions that belong together", () => {
    for (const s of MEMBER_STATES) {
      expect(Object.keys(M49_SUB_REGIONS), s.name).toContain(s.m49Region);
      expect(M49_SUB_REGIONS[s.m49Region], s.name).toContain(s.m49SubRegion);
    }
  });

  it("is stored in UN order", () => {
    const sorted = sortUnOrder(MEMBER_STATES, (s) => s.name);
    expect(sorted.map((s) => s.name)).toEqual(MEMBER_STATES.map((s) => s.name));
  });
});

describe("MEMBER_STATES: names current today", () => {
  it("contains the brief's current names with their codes", () => {
    expect(byName("Bolivia (Plurinational State of)")).toMatchObject({ iso3: "BOL", m49: "068" });
    expect(byName("Türkiye")).toMatchObject({ iso3: "TUR", m49: "792" });
    expect(byName("Côte d'Ivoire")).toMatchObject({ iso3: "CIV", m49: "384" });
    expect(byName("Czechia")).toMatchObject({ iso3: "CZE", m49: "203" });
    expect(byName("North Macedonia")).toMatchObject({ iso3: "MKD", m49: "807" });
    expect(byName("Eswatini")).toMatchObject({ iso3: "SWZ", m49: "748" });
    expect(byName("Netherlands (Kingdom of the)")).toMatchObject({ iso3: "NLD", m49: "528" });
  });

  it("does not use superseded names", () => {
    const names = new Set(MEMBER_STATES.map((s) => s.name));
    for (const old of [
      "Swaziland",
      "Turkey",
      "Czech Republic",
      "former Yugoslav Republic of Macedonia",
      "The former Yugoslav Republic of Macedonia",
      "Cape Verde",
      "Netherlands",
      "Bolivia",
      "Ivory Coast",
    ]) {
      expect(names.has(old), old).toBe(false);
    }
  });
});

describe("MEMBER_STATES: definite article (BRIEF §5.11)", () => {
  it("flags every current name of the brief's article set", () => {
    for (const name of [
      "Syrian Arab Republic",
      "Democratic Republic of the Congo",
      "Central African Republic",
      "Republic of Korea",
      "Democratic People's Republic of Korea",
      "State of Palestine",
      "Niger",
      "Sudan",
      "Congo",
      "Lao People's Democratic Republic",
      "Republic of Moldova",
      "Russian Federation",
      "United Kingdom of Great Britain and Northern Ireland",
      "United States of America",
    ]) {
      expect(byName(name).takesArticle, name).toBe(true);
    }
  });

  it("flags other UN names written with 'the'", () => {
    for (const name of [
      "Bahamas",
      "Comoros",
      "Dominican Republic",
      "Gambia",
      "Holy See",
      "Marshall Islands",
      "Philippines",
      "United Arab Emirates",
      "United Republic of Tanzania",
    ]) {
      expect(byName(name).takesArticle, name).toBe(true);
    }
  });

  it("does not flag names written without 'the'", () => {
    for (const name of [
      "France",
      "Türkiye",
      "Czechia",
      "North Macedonia",
      "Maldives",
      "Ukraine",
      "South Sudan",
      "Nigeria",
      "Iran (Islamic Republic of)",
      "Bolivia (Plurinational State of)",
      "Solomon Islands",
      "Seychelles",
    ]) {
      expect(byName(name).takesArticle, name).toBe(false);
    }
  });

  it("renders names in running text", () => {
    const render = (name: string) => withArticle(name, byName(name).takesArticle);
    expect(render("Niger")).toBe("the Niger");
    expect(render("State of Palestine")).toBe("the State of Palestine");
    expect(render("Maldives")).toBe("Maldives");
    expect(render("Côte d'Ivoire")).toBe("Côte d'Ivoire");
  });

  it("flags exactly the reviewed set of names", () => {
    expect(
      MEMBER_STATES.filter((s) => s.takesArticle)
        .map((s) => s.name)
        .sort(),
    ).toEqual(
      [
        "Bahamas",
        "Central African Republic",
        "Comoros",
        "Congo",
        "Democratic People's Republic of Korea",
        "Democratic Republic of the Congo",
        "Dominican Republic",
        "Gambia",
        "Holy See",
        "Lao People's Democratic Republic",
        "Marshall Islands",
        "Netherlands (Kingdom of the)",
        "Niger",
        "Philippines",
        "Republic of Korea",
        "Republic of Moldova",
        "Russian Federation",
        "State of Palestine",
        "Sudan",
        "Syrian Arab Republic",
        "United Arab Emirates",
        "United Kingdom of Great Britain and Northern Ireland",
        "United Republic of Tanzania",
        "United States of America",
      ].sort(),
    );
  });
});

describe("MEMBER_STATES: regional groups", () => {
  it("gives every Member State a regional group", () => {
    expect(members.filter((s) => s.regionalGroup === null).map((s) => s.name)).toEqual([]);
  });

  it("leaves only the Holy See outside the groups", () => {
    expect(MEMBER_STATES.filter((s) => s.regionalGroup === null).map((s) => s.name)).toEqual([
      "Holy See",
    ]);
    expect(byName("State of Palestine").regionalGroup).toBe("ASIA_PACIFIC");
  });

  it("matches the DGACM group sizes (WEOG counting the United States of America)", () => {
    const count = (g: RegionalGroup) => members.filter((s) => s.regionalGroup === g).length;
    expect(count("AFRICAN")).toBe(54);
    expect(count("ASIA_PACIFIC")).toBe(54);
    expect(count("EASTERN_EUROPEAN")).toBe(23);
    expect(count("LATIN_AMERICAN_CARIBBEAN")).toBe(33);
    expect(count("WESTERN_EUROPEAN_OTHERS")).toBe(29);
  });

  it("places the special cases", () => {
    expect(byName("United States of America").regionalGroup).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(byName("Israel").regionalGroup).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(byName("Türkiye").regionalGroup).toBe("WESTERN_EUROPEAN_OTHERS");
    expect(byName("Kiribati").regionalGroup).toBe("ASIA_PACIFIC");
    expect(byName("Cyprus").regionalGroup).toBe("ASIA_PACIFIC");
    expect(byName("Georgia").regionalGroup).toBe("EASTERN_EUROPEAN");
    expect(byName("Australia").regionalGroup).toBe("WESTERN_EUROPEAN_OTHERS");
  });

  it("puts every African State in the African Group and only those", () => {
    const african = MEMBER_STATES.filter((s) => s.m49Region === "Africa");
    expect(african).toHaveLength(54);
    for (const s of african) expect(s.regionalGroup, s.name).toBe("AFRICAN");
    for (const s of MEMBER_STATES.filter((x) => x.regionalGroup === "AFRICAN")) {
      expect(s.m49Region, s.name).toBe("Africa");
    }
  });

  it("puts Latin America and the Caribbean in GRULAC and only those", () => {
    const lac = MEMBER_STATES.filter((s) => s.m49SubRegion === "Latin America and the Caribbean");
    expect(lac).toHaveLength(33);
    for (const s of lac) expect(s.regionalGroup, s.name).toBe("LATIN_AMERICAN_CARIBBEAN");
  });
});

describe("MEMBER_STATES: UN order", () => {
  it("puts Côte d'Ivoire between Costa Rica and Croatia", () => {
    expect(indexOfName("Costa Rica")).toBe(indexOfName("Côte d'Ivoire") - 1);
    expect(indexOfName("Croatia")).toBe(indexOfName("Côte d'Ivoire") + 1);
  });

  it("puts Türkiye between Tunisia and Turkmenistan", () => {
    expect(indexOfName("Tunisia")).toBe(indexOfName("Türkiye") - 1);
    expect(indexOfName("Turkmenistan")).toBe(indexOfName("Türkiye") + 1);
  });

  it("files article names under their first significant word", () => {
    expect(indexOfName("Nicaragua")).toBeLessThan(indexOfName("Niger"));
    expect(indexOfName("Niger")).toBeLessThan(indexOfName("Nigeria"));
    expect(indexOfName("Qatar")).toBeLessThan(indexOfName("Republic of Korea"));
    expect(indexOfName("Sri Lanka")).toBeLessThan(indexOfName("State of Palestine"));
    expect(indexOfName("State of Palestine")).toBeLessThan(indexOfName("Sudan"));
  });

  it("starts with Afghanistan and ends with Zimbabwe", () => {
    expect(MEMBER_STATES[0]?.name).toBe("Afghanistan");
    expect(MEMBER_STATES[MEMBER_STATES.length - 1]?.name).toBe("Zimbabwe");
  });

  it("sorts the former name of North Macedonia under T among today's names", () => {
    const names = [...MEMBER_STATES.map((s) => s.name), "former Yugoslav Republic of Macedonia"];
    const sorted = sortUnOrder(names, (n) => n);
    const i = sorted.indexOf("former Yugoslav Republic of Macedonia");
    expect(sorted[i - 1]).toBe("Thailand");
    expect(sorted[i + 1]).toBe("Timor-Leste");
  });
});

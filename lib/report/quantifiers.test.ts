import { describe, expect, it } from "vitest";
import { DEFAULT_QUANTIFIER_CONFIG } from "./config/quantifiers.default";
import { chooseQuantifier, DEFAULT_QUANTIFIERS, parseQuantifierConfig, QuantifierConfigError, type QuantifierConfigInput } from "./quantifiers";

const band = (n: number, d: number) => chooseQuantifier(n, d).band;

describe("chooseQuantifier: special forms", () => {
  it("n = 0 is a gap with the gap templates, whatever N", () => {
    for (const d of [0, 1, 2, 35, 193]) {
      const q = chooseQuantifier(0, d);
      expect(q.band).toBe("none");
      expect(q.synonyms).toEqual([]);
      expect(q.gapTemplates).toContain("Limited information was reported on {topic}.");
    }
  });
  it("n = 1 is 'one' / 'a', singular, even when it is the only answer", () => {
    for (const d of [1, 2, 3, 39, 193]) {
      const q = chooseQuantifier(1, d);
      expect(q.band).toBe("one");
      expect(q.plural).toBe(false);
      expect(q.synonyms).toEqual(["one", "a"]);
    }
  });
  it("n = 2 is 'two', with the gap forms 'only a few' / 'very few', even when both answered", () => {
    for (const d of [2, 3, 13, 39]) {
      const q = chooseQuantifier(2, d);
      expect(q.band).toBe("two");
      expect(q.synonyms).toEqual(["two"]);
      expect(q.gapSynonyms).toEqual(["only a few", "very few"]);
    }
  });
  it("n = N ≥ 3 is 'all'; N - 1 is not", () => {
    expect(band(3, 3)).toBe("all");
    expect(band(35, 35)).toBe("all");
    expect(chooseQuantifier(193, 193).synonyms).toEqual(["all", "all reporting"]);
    expect(band(192, 193)).toBe("almost-all");
    expect(band(3, 4)).toBe("majority"); // 0.75
  });
});

describe("chooseQuantifier: every band at and around its limits (N = 100)", () => {
  const cases: [number, string][] = [
    [3, "few"], [14, "few"],
    [15, "some"], [16, "some"], [29, "some"],
    [30, "many"], [31, "many"], [49, "many"],
    [50, "majority"], [51, "majority"], [89, "majority"],
    [90, "almost-all"], [91, "almost-all"], [99, "almost-all"],
    [100, "all"],
  ];
  it.each(cases)("%i of 100 → %s", (n, expected) => expect(band(n, 100)).toBe(expected));
});

describe("chooseQuantifier: limits hit exactly with other denominators", () => {
  it("3/20 = 0.15 is 'some', 3/21 is 'few'", () => {
    expect(band(3, 20)).toBe("some");
    expect(band(3, 21)).toBe("few");
  });
  it("3/10 = 0.30 is 'many', 29/100 'some'; 7/10 'majority'; 9/10 'almost-all'; 1/2 'majority'", () => {
    expect(band(3, 10)).toBe("many");
    expect(band(5, 10)).toBe("majority");
    expect(band(4, 10)).toBe("many");
    expect(band(9, 10)).toBe("almost-all");
    expect(band(8, 10)).toBe("majority");
    expect(band(10, 20)).toBe("majority");
    expect(band(9, 20)).toBe("many");
  });
  it("the seeds' calibration (§3.3, N = 39; §3.10)", () => {
    expect(band(6, 29)).toBe("some"); // §3.10 example A: 21 % → "Some"
    expect(band(22, 39)).toBe("majority"); // §3.10 example B
    expect(band(3, 39)).toBe("few"); // 8 %
    expect(band(5, 39)).toBe("few"); // 12.8 %
    expect(band(6, 39)).toBe("some"); // 15.4 %: "a number of countries" ([004] ¶40)
  });
});

describe("chooseQuantifier: bad counts", () => {
  it("refuses negative, fractional or excessive counts", () => {
    expect(() => chooseQuantifier(-1, 10)).toThrow(/count/);
    expect(() => chooseQuantifier(1.5, 10)).toThrow(/count/);
    expect(() => chooseQuantifier(11, 10)).toThrow(/exceeds/);
    expect(() => chooseQuantifier(1, -1)).toThrow(/denominator/);
  });
});

describe("quantifier configuration", () => {
  const clone = (): QuantifierConfigInput => structuredClone(DEFAULT_QUANTIFIER_CONFIG);
  const reasons = (input: unknown): string[] => {
    try {
      parseQuantifierConfig(input);
    } catch (e) {
      if (e instanceof QuantifierConfigError) return e.reasons;
      throw e;
    }
    return [];
  };

  it("the default configuration is valid", () => {
    expect(reasons(DEFAULT_QUANTIFIER_CONFIG)).toEqual([]);
    expect(DEFAULT_QUANTIFIERS.bands.map((b) => b.id)).toEqual(["few", "some", "many", "majority", "almost-all"]);
  });
  it("refuses overlapping bands", () => {
    const c = clone();
    c.bands[2]!.from = 0.25;
    expect(reasons(c)).toEqual([expect.stringMatching(/^bands\.2\.from: band "many" overlaps band "some"/)]);
  });
  it("refuses a gap between bands", () => {
    const c = clone();
    c.bands[3]!.from = 0.55;
    expect(reasons(c)).toEqual([expect.stringMatching(/^bands\.3\.from: gap between band "many" \(ends at 0\.5\) and band "majority"/)]);
  });
  it("refuses bands that do not cover 0 to 1", () => {
    const c = clone();
    c.bands[0]!.from = 0.05;
    c.bands[4]!.to = 0.95;
    expect(reasons(c)).toEqual(["bands.0.from: the first band must start at 0", "bands.4.to: the last band must end at 1"]);
  });
  it("refuses empty synonyms and empty synonym lists", () => {
    const c = clone();
    c.bands[1]!.synonyms = [];
    c.one.synonyms = ["  "];
    expect(reasons(c)).toEqual(expect.arrayContaining(["bands.1.synonyms: needs at least one synonym", "one.synonyms.0: must not be empty"]));
  });
  it("refuses a gap template without {topic}, a band with from ≥ to, duplicate ids, limits with too many decimals", () => {
    const c = clone();
    c.none.gapTemplates = ["Limited information was reported."];
    expect(reasons(c)).toEqual(["none.gapTemplates.0: a gap template must contain {topic}"]);
    const d = clone();
    d.bands = [{ id: "x", from: 0, to: 0 , synonyms: ["some"] }, { id: "x", from: 0, to: 1, synonyms: ["some"] }];
    expect(reasons(d)).toEqual(expect.arrayContaining(["bands.0.to: a band's `from` must be below its `to`", 'bands.1.id: duplicate band id "x"']));
    const e = clone();
    e.bands[0]!.to = 0.123456;
    e.bands[1]!.from = 0.123456;
    expect(reasons(e)).toEqual(expect.arrayContaining(["bands.0.to: band limits have at most four decimals"]));
  });
  it("a valid custom configuration changes the choice", () => {
    const c = clone();
    c.bands = [
      { id: "some", from: 0, to: 0.5, synonyms: ["some"] },
      { id: "most", from: 0.5, to: 1, synonyms: ["most"] },
    ];
    const config = parseQuantifierConfig(c);
    expect(chooseQuantifier(4, 10, config).band).toBe("some");
    expect(chooseQuantifier(5, 10, config).synonyms).toEqual(["most"]);
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { hashKey, pickByKey, REPORTING_VERBS, Rotator } from "./rotation";

afterEach(() => vi.restoreAllMocks());

const SOME = ["some", "several", "a number of", "certain"];

describe("hashKey", () => {
  it("is stable (FNV-1a reference values)", () => {
    expect(hashKey("")).toBe(0x811c9dc5);
    expect(hashKey("a")).toBe(0xe40c292c);
    expect(hashKey("foobar")).toBe(0xbf9cf968);
  });
});

describe("Rotator", () => {
  it("gives the same choices for the same seed and the same picks, without Math.random or the clock", () => {
    const random = vi.spyOn(Math, "random");
    const now = vi.spyOn(Date, "now");
    const run = () => {
      const r = new Rotator("T-LEG/LEG-07");
      return [r.pick("verb", REPORTING_VERBS), r.pick("q:some", SOME), r.pick("verb", REPORTING_VERBS), r.pick("q:some", SOME)];
    };
    expect(run()).toEqual(run());
    expect(random).not.toHaveBeenCalled();
    expect(now).not.toHaveBeenCalled();
  });

  it("never repeats a word within a slot before every option has been used", () => {
    const r = new Rotator("T-PROT/PROT-10");
    const picks = REPORTING_VERBS.map(() => r.pick("verb", REPORTING_VERBS));
    expect(new Set(picks).size).toBe(REPORTING_VERBS.length);
    expect(r.pick("verb", REPORTING_VERBS)).toBe(picks[0]);
  });

  it("varies between paragraphs: different seeds open with different words", () => {
    const firsts = Array.from({ length: 24 }, (_, i) => new Rotator(`paragraph-${i}`).pick("verb", REPORTING_VERBS));
    expect(new Set(firsts).size).toBeGreaterThanOrEqual(4);
    const quantifiers = Array.from({ length: 24 }, (_, i) => new Rotator(`paragraph-${i}`).pick("q:some", SOME));
    expect(new Set(quantifiers).size).toBe(SOME.length);
  });

  it("slots are independent: picking a verb does not move the quantifier", () => {
    const a = new Rotator("x");
    const b = new Rotator("x");
    a.pick("verb", REPORTING_VERBS);
    expect(a.pick("q:some", SOME)).toBe(b.pick("q:some", SOME));
  });

  it("honours a pinned choice that is an option, refuses one that is not", () => {
    const r = new Rotator("x");
    expect(r.pick("q:some", SOME, "certain")).toBe("certain");
    expect(() => r.pick("q:some", SOME, "most")).toThrow(/not one of the options/);
    expect(() => r.pick("q:some", [])).toThrow(/nothing to choose/);
  });
});

describe("pickByKey", () => {
  it("depends on the key only", () => {
    expect(pickByKey(SOME, "k1")).toBe(pickByKey(SOME, "k1"));
    expect(new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map((k) => pickByKey(SOME, k))).size).toBeGreaterThan(1);
    expect(() => pickByKey([], "k")).toThrow(/nothing/);
  });
});

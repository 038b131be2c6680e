import { describe, it, expect } from "vitest";
import {
  compareUnOrder,
  joinUnList,
  sortUnOrder,
  unSortKey,
  withArticle,
} from "./country-order";

describe("unSortKey", () => {
  it("ignores case and diacritics", () => {
    expect(unSortKey("Côte d'Ivoire")).toBe("cote d'ivoire");
    expect(unSortKey("Türkiye")).toBe("turkiye");
    expect(unSortKey("CÔTE D'IVOIRE")).toBe(unSortKey("côte d'ivoire"));
  });

  it("ignores a leading 'the'", () => {
    expect(unSortKey("the Niger")).toBe("niger");
    expect(unSortKey("The Czech Republic")).toBe(unSortKey("Czech Republic"));
    expect(unSortKey("the Republic of Korea")).toBe("republic of korea");
  });

  it("does not strip 'the' inside a name", () => {
    expect(unSortKey("Democratic Republic of the Congo")).toBe("democratic republic of the congo");
    expect(unSortKey("Theland")).toBe("theland");
  });

  it("files 'the former Yugoslav Republic of Macedonia' under T, with or without the stored article", () => {
    expect(unSortKey("former Yugoslav Republic of Macedonia")).toBe(
      "the former yugoslav republic of macedonia",
    );
    expect(unSortKey("the former Yugoslav Republic of Macedonia")).toBe(
      "the former yugoslav republic of macedonia",
    );
    expect(unSortKey("former Yugoslav Republic of Macedonia").startsWith("t")).toBe(true);
  });

  it("normalises typographic apostrophes and white space", () => {
    expect(unSortKey("Côte d\u2019Ivoire")).toBe(unSortKey("Côte d'Ivoire"));
    expect(unSortKey("  Sri   Lanka ")).toBe("sri lanka");
  });
});

describe("compareUnOrder", () => {
  it("puts Côte d'Ivoire between Costa Rica and Croatia", () => {
    expect(compareUnOrder("Costa Rica", "Côte d'Ivoire")).toBeLessThan(0);
    expect(compareUnOrder("Côte d'Ivoire", "Croatia")).toBeLessThan(0);
  });

  it("puts Türkiye between Tunisia and Turkmenistan", () => {
    expect(compareUnOrder("Tunisia", "Türkiye")).toBeLessThan(0);
    expect(compareUnOrder("Türkiye", "Turkmenistan")).toBeLessThan(0);
  });

  it("sorts the former Yugoslav Republic of Macedonia under T, not F or M", () => {
    const fyrom = "former Yugoslav Republic of Macedonia";
    expect(compareUnOrder("France", fyrom)).toBeLessThan(0);
    expect(compareUnOrder("Montenegro", fyrom)).toBeLessThan(0);
    expect(compareUnOrder("Thailand", fyrom)).toBeLessThan(0);
    expect(compareUnOrder(fyrom, "Timor-Leste")).toBeLessThan(0);
    expect(compareUnOrder(fyrom, "Turkey")).toBeLessThan(0);
  });

  it("sorts a shorter name before a longer one that extends it", () => {
    expect(compareUnOrder("Niger", "Nigeria")).toBeLessThan(0);
    expect(compareUnOrder("Guinea", "Guinea-Bissau")).toBeLessThan(0);
    expect(compareUnOrder("Dominica", "Dominican Republic")).toBeLessThan(0);
  });

  it("is antisymmetric and zero only for identical names", () => {
    expect(compareUnOrder("Chad", "Chile")).toBe(-compareUnOrder("Chile", "Chad"));
    expect(compareUnOrder("Chad", "Chad")).toBe(0);
    expect(compareUnOrder("the Niger", "Niger")).not.toBe(0);
  });
});

describe("sortUnOrder", () => {
  it("reproduces the order of [004] ¶40", () => {
    const input = [
      "Turkey",
      "Slovenia",
      "former Yugoslav Republic of Macedonia",
      "Greece",
      "Croatia",
      "Serbia",
    ];
    expect(sortUnOrder(input, (n) => n)).toEqual([
      "Croatia",
      "Greece",
      "Serbia",
      "Slovenia",
      "former Yugoslav Republic of Macedonia",
      "Turkey",
    ]);
  });

  it("reproduces the order 'Singapore, the former Yugoslav Republic of Macedonia, Timor-Leste and Uganda'", () => {
    const input = ["Uganda", "Timor-Leste", "Singapore", "former Yugoslav Republic of Macedonia"];
    expect(sortUnOrder(input, (n) => n)).toEqual([
      "Singapore",
      "former Yugoslav Republic of Macedonia",
      "Timor-Leste",
      "Uganda",
    ]);
  });

  it("files names with an article under their first significant word", () => {
    const input = ["the Sudan", "Spain", "the Niger", "France", "the Republic of Korea", "Albania"];
    expect(sortUnOrder(input, (n) => n)).toEqual([
      "Albania",
      "France",
      "the Niger",
      "the Republic of Korea",
      "Spain",
      "the Sudan",
    ]);
  });

  it("returns a new array and leaves the input untouched", () => {
    const input = ["Zambia", "Austria"] as const;
    const sorted = sortUnOrder(input, (n) => n);
    expect(sorted).toEqual(["Austria", "Zambia"]);
    expect(sorted).not.toBe(input);
    expect(input).toEqual(["Zambia", "Austria"]);
  });

  it("is stable for items with the same name", () => {
    const items = [
      { name: "Peru", id: 1 },
      { name: "Chile", id: 2 },
      { name: "Peru", id: 3 },
      { name: "Chile", id: 4 },
      { name: "Peru", id: 5 },
    ];
    expect(sortUnOrder(items, (i) => i.name).map((i) => i.id)).toEqual([2, 4, 1, 3, 5]);
  });

  it("sorts objects by the accessor's name", () => {
    const items = [{ n: "Türkiye" }, { n: "Turkmenistan" }, { n: "Tunisia" }];
    expect(sortUnOrder(items, (i) => i.n).map((i) => i.n)).toEqual([
      "Tunisia",
      "Türkiye",
      "Turkmenistan",
    ]);
  });
});

describe("withArticle", () => {
  it("adds 'the' only when the State takes the article", () => {
    expect(withArticle("Niger", true)).toBe("the Niger");
    expect(withArticle("France", false)).toBe("France");
  });

  it("capitalises at the start of a sentence", () => {
    expect(withArticle("Niger", true, { capitalise: true })).toBe("The Niger");
    expect(withArticle("France", false, { capitalise: true })).toBe("France");
    expect(withArticle("former Yugoslav Republic of Macedonia", true, { capitalise: true })).toBe(
      "The former Yugoslav Republic of Macedonia",
    );
  });

  it("does not double an article already present", () => {
    expect(withArticle("the Sudan", true)).toBe("the Sudan");
    expect(withArticle("the Sudan", true, { capitalise: true })).toBe("The Sudan");
  });

  it("keeps capitalise:false as the default", () => {
    expect(withArticle("Russian Federation", true, { capitalise: false })).toBe(
      "the Russian Federation",
    );
  });
});

describe("joinUnList", () => {
  it("handles empty, one and two names", () => {
    expect(joinUnList([])).toBe("");
    expect(joinUnList(["France"])).toBe("France");
    expect(joinUnList(["France", "Spain"])).toBe("France and Spain");
  });

  it("uses commas and 'and' before the last name, without a serial comma", () => {
    expect(joinUnList(["France", "the Niger", "Spain"])).toBe("France, the Niger and Spain");
    expect(joinUnList(["A", "B", "C", "D"])).toBe("A, B, C and D");
    expect(joinUnList(["A", "B", "C"])).not.toContain(", and");
  });

  it("renders [004] ¶40 from stored names, flags and the UN order", () => {
    const states: ReadonlyArray<{ name: string; takesArticle: boolean }> = [
      { name: "Turkey", takesArticle: false },
      { name: "former Yugoslav Republic of Macedonia", takesArticle: true },
      { name: "Greece", takesArticle: false },
      { name: "Serbia", takesArticle: false },
      { name: "Slovenia", takesArticle: false },
      { name: "Croatia", takesArticle: false },
    ];
    const sentence = joinUnList(
      sortUnOrder(states, (s) => s.name).map((s) => withArticle(s.name, s.takesArticle)),
    );
    expect(sentence).toBe(
      "Croatia, Greece, Serbia, Slovenia, the former Yugoslav Republic of Macedonia and Turkey",
    );
  });
});

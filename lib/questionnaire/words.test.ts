import { describe, expect, it } from "vitest";
import { countWords, isWithinWordLimit } from "./words";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["Trafficking in persons", 3],
    ["  leading   and trailing\nspaces  ", 4],
    ["— & % … !", 0],
  ])("counts Latin words and ignores blanks and lone punctuation: %j → %i", (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it("counts accented words once, precomposed or decomposed", () => {
    expect(countWords("Égalité, fraternité; ça été réalisé.")).toBe(5);
    expect(countWords("e\u0301te\u0301 re\u0301alise\u0301")).toBe(2);
    expect(countWords("Торговля людьми — преступление")).toBe(3);
  });

  it("keeps hyphenated words, elisions and abbreviations together", () => {
    expect(countWords("anti-trafficking co\u2011operation")).toBe(2);
    expect(countWords("l'exploitation d’autrui")).toBe(2);
    expect(countWords("e.g. www.unodc.org")).toBe(2);
    expect(countWords("a - b")).toBe(2);
    expect(countWords("and/or")).toBe(2);
  });

  it("counts a number as one word, with thousands and decimal separators", () => {
    expect(countWords("1,000 victims in 2023 (3.5 %)")).toBe(5);
    expect(countWords("one, two")).toBe(2);
  });

  it("counts each Chinese ideograph and Japanese kana as one word, and Latin runs among them as one", () => {
    expect(countWords("打击贩运人口")).toBe(6);
    expect(countWords("人口贩运问题。")).toBe(6);
    expect(countWords("UNODC报告2023年")).toBe(5);
    expect(countWords("人身取引の被害者")).toBe(8);
    expect(countWords("データ")).toBe(3);
  });

  it("counts Arabic and Persian words by spaces, with vowel marks, Arabic digits and joiners inside a word", () => {
    expect(countWords("مكافحة الاتجار بالأشخاص")).toBe(3);
    expect(countWords("الْاتِّجَارُ")).toBe(1);
    expect(countWords("أ، ب")).toBe(2);
    expect(countWords("٢٠٢٣ و ٣٫٥")).toBe(3);
    expect(countWords("می\u200Cخواهم")).toBe(1);
  });

  it("counts Korean by spaces, and Thai (written without spaces) per run", () => {
    expect(countWords("인신매매 방지")).toBe(2);
    expect(countWords("การค้ามนุษย์")).toBe(1);
  });
});

describe("isWithinWordLimit", () => {
  it("accepts a text at the limit and refuses one word more", () => {
    expect(isWithinWordLimit("a b c", 3)).toBe(true);
    expect(isWithinWordLimit("a b c d", 3)).toBe(false);
    expect(isWithinWordLimit("一二三", 3)).toBe(true);
    expect(isWithinWordLimit("一二三四", 3)).toBe(false);
  });
});

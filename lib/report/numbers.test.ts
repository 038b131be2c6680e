import { describe, expect, it } from "vitest";
import { betweenRange, formatCount, formatDollars, formatPercent, formatSeries, formatUnDate, fromToRange, numberToWords, ordinalWords, percentOf, statusDate, withThousands, yearSpan } from "./numbers";

describe("numbers in running text (§2.12)", () => {
  it("spells out one to nine, uses figures from 10", () => {
    expect(formatCount(2)).toBe("two");
    expect(formatCount(7)).toBe("seven");
    expect(formatCount(9)).toBe("nine");
    expect(formatCount(10)).toBe("10");
    expect(formatCount(35)).toBe("35");
  });
  it("spells out a number that starts a sentence, whatever its size", () => {
    expect(formatCount(88, { sentenceStart: true })).toBe("Eighty-eight");
    expect(formatCount(19, { sentenceStart: true })).toBe("Nineteen");
    expect(formatCount(39, { sentenceStart: true })).toBe("Thirty-nine");
    expect(formatCount(14, { sentenceStart: true })).toBe("Fourteen");
    expect(formatCount(3, { sentenceStart: true })).toBe("Three");
  });
  it("uses figures for every number of a series that has one of 10 or more", () => {
    expect(formatSeries([27, 7])).toEqual(["27", "7"]);
    expect(formatSeries([22, 1])).toEqual(["22", "1"]);
    expect(formatSeries([23, 1])).toEqual(["23", "1"]);
    expect(formatSeries([6, 8])).toEqual(["six", "eight"]);
    expect(formatSeries([14, 6, 8], { sentenceStart: true })).toEqual(["Fourteen", "6", "8"]);
  });
  it("separates thousands with commas", () => {
    expect(formatCount(1352)).toBe("1,352");
    expect(formatCount(4663)).toBe("4,663");
    expect(formatCount(26000)).toBe("26,000");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(withThousands(999)).toBe("999");
    expect(withThousands(1.4)).toBe("1.4");
  });
  it("spells large numbers in British style", () => {
    expect(numberToWords(101)).toBe("one hundred and one");
    expect(numberToWords(1352)).toBe("one thousand three hundred and fifty-two");
    expect(numberToWords(2000)).toBe("two thousand");
    expect(numberToWords(1005)).toBe("one thousand and five");
    expect(numberToWords(0)).toBe("zero");
  });
  it("refuses what is not a count", () => {
    expect(() => formatCount(-1)).toThrow(/non-negative integer/);
    expect(() => formatCount(2.5)).toThrow(/non-negative integer/);
  });
});

describe("percentages", () => {
  it("figures and 'per cent', never '%', even below 10", () => {
    expect(formatPercent(87)).toBe("87 per cent");
    expect(formatPercent(4)).toBe("4 per cent");
    expect(formatPercent(60)).not.toContain("%");
  });
  it("spelled out at the start of a sentence", () => {
    expect(formatPercent(5, { sentenceStart: true })).toBe("Five per cent");
    expect(formatPercent(80, { sentenceStart: true })).toBe("Eighty per cent");
  });
  it("rounds shares half up to whole per cent", () => {
    expect(percentOf(146, 173)).toBe(84); // 84.39
    expect(percentOf(1, 8)).toBe(13); // 12.5
    expect(percentOf(6, 29)).toBe(21);
    expect(percentOf(0, 5)).toBe(0);
    expect(() => percentOf(1, 0)).toThrow(/positive/);
  });
});

describe("money", () => {
  it("writes whole and one-decimal millions in millions, other amounts in full", () => {
    expect(formatDollars(2_000_000)).toBe("$2 million");
    expect(formatDollars(1_400_000)).toBe("$1.4 million");
    expect(formatDollars(45_000_000)).toBe("$45 million");
    expect(formatDollars(357_701)).toBe("$357,701");
    expect(formatDollars(400_000)).toBe("$400,000");
    expect(formatDollars(25_000)).toBe("$25,000");
    expect(formatDollars(1_234_567)).toBe("$1,234,567");
  });
});

describe("ranges, dates, ordinals", () => {
  it("ranges", () => {
    expect(betweenRange("2012", "2014")).toBe("between 2012 and 2014");
    expect(fromToRange(formatUnDate("2013-12-18"), formatUnDate("2016-04-01"))).toBe("from 18 December 2013 to 1 April 2016");
    expect(yearSpan(2015, 2017)).toBe("2015\u20132017");
    expect(yearSpan(2016, 2016)).toBe("2016");
    expect(() => yearSpan(2017, 2015)).toThrow(/ends before/);
  });
  it("dates: day month year, no comma; month year", () => {
    expect(formatUnDate("2015-12-16")).toBe("16 December 2015");
    expect(formatUnDate("2018-11-21")).toBe("21 November 2018");
    expect(formatUnDate("2014-08")).toBe("August 2014");
    expect(() => formatUnDate("2015-02-30")).toThrow(/ISO date/);
    expect(() => formatUnDate("16/12/2015")).toThrow(/ISO date/);
  });
  it("status dates default to 'As at'", () => {
    expect(statusDate("2018-09-30")).toBe("As at 30 September 2018");
    expect(statusDate("2016-05-30", "as of")).toBe("As of 30 May 2016");
    expect(statusDate("2018-09-30", "as at", { sentenceStart: false })).toBe("as at 30 September 2018");
  });
  it("ordinals for sessions", () => {
    expect(ordinalWords(71)).toBe("seventy-first");
    expect(ordinalWords(25)).toBe("twenty-fifth");
    expect(ordinalWords(8)).toBe("eighth");
    expect(ordinalWords(6)).toBe("sixth");
    expect(ordinalWords(4)).toBe("fourth");
    expect(ordinalWords(22)).toBe("twenty-second");
    expect(ordinalWords(40)).toBe("fortieth");
    expect(ordinalWords(12)).toBe("twelfth");
    expect(ordinalWords(100)).toBe("one hundredth");
  });
});

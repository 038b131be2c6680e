import { describe, expect, it } from "vitest";
import { toFieldErrors } from "./parse";
import { REPORT_SYMBOL_PATTERN, ZCycleInput } from "./cycles";

const valid = {
  slug: "ga-2027",
  title: "Trafficking in persons: report of the Secretary-General (2027)",
  organ: "GA",
  mandate: "General Assembly resolution 79/1",
  periodFrom: "2026-01-01",
  periodTo: "2026-12-31",
  questionnaireVersionId: "7f1c3d1e-4b7a-4f55-9a3e-0a3d2b1c4e5f",
  modules: [],
  opensOn: "2027-02-01",
  deadline: "2027-04-30",
  cutOff: "2027-05-15",
  reportSymbol: "",
  reminderDays: "3, 14",
};

function errorsOf(input: unknown) {
  const result = ZCycleInput.safeParse(input);
  return result.success ? {} : toFieldErrors(result.error);
}

describe("ZCycleInput", () => {
  it("accepts a valid cycle and parses reminder days, largest first", () => {
    const parsed = ZCycleInput.parse(valid);
    expect(parsed.reminderDays).toEqual([14, 3]);
    expect(parsed.reportSymbol).toBe("");
    // Parsing its own output again gives the same (the server re-parses what the form sends).
    expect(ZCycleInput.parse(parsed)).toEqual(parsed);
  });

  it("names the field of every date out of order", () => {
    expect(errorsOf({ ...valid, periodTo: "2025-12-31" })).toEqual({ periodTo: ["cycles.validation.periodOrder"] });
    expect(errorsOf({ ...valid, deadline: "2027-01-15" })).toEqual({ deadline: ["cycles.validation.deadlineBeforeOpens"] });
    expect(errorsOf({ ...valid, cutOff: "2027-04-29" })).toEqual({ cutOff: ["cycles.validation.cutOffBeforeDeadline"] });
  });

  it("refuses impossible dates, bad slugs, symbols and reminder days by field", () => {
    expect(errorsOf({ ...valid, opensOn: "2027-02-30" })).toEqual({ opensOn: ["validation.date"] });
    expect(errorsOf({ ...valid, slug: "GA 2027" })).toEqual({ slug: ["cycles.validation.slug"] });
    expect(errorsOf({ ...valid, reportSymbol: "report 12" })).toEqual({ reportSymbol: ["cycles.validation.reportSymbol"] });
    expect(errorsOf({ ...valid, reminderDays: "14, 0" })).toEqual({ reminderDays: ["cycles.validation.reminderDays"] });
    expect(errorsOf({ ...valid, reminderDays: "3, 3" })).toEqual({ reminderDays: ["cycles.validation.reminderDaysDuplicate"] });
    expect(errorsOf({ ...valid, title: "  " })).toEqual({ title: ["validation.required"] });
  });

  it("allows no reminders", () => {
    expect(ZCycleInput.parse({ ...valid, reminderDays: "" }).reminderDays).toEqual([]);
  });
});

describe("REPORT_SYMBOL_PATTERN", () => {
  it.each(["S/2026/123", "A/81/123", "A/HRC/59/12", "A/81/123/Add.1", "E/2026/45", "S/2026/123/Corr.1"])("accepts %s", (symbol) => {
    expect(REPORT_SYMBOL_PATTERN.test(symbol)).toBe(true);
  });
  it.each(["S/123", "a/81/123", "X/2026/1", "S/2026/", "S/2026/123 "])("refuses %s", (symbol) => {
    expect(REPORT_SYMBOL_PATTERN.test(symbol)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { directionOf, negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  it("falls back to English without a header or a supported language", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("de-CH, de;q=0.9")).toBe("en");
  });

  it("takes a supported language by base tag and quality", () => {
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("de;q=0.9, en;q=0.5")).toBe("en");
  });

  it("ignores languages with quality zero", () => {
    expect(negotiateLocale("en;q=0")).toBe("en");
  });
});

describe("directionOf", () => {
  it("lays out Arabic right to left and the other official languages left to right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("ar-EG")).toBe("rtl");
    for (const l of ["en", "fr", "es", "ru", "zh"]) expect(directionOf(l)).toBe("ltr");
  });
});

describe("formatLongDate", () => {
  it("writes English dates in United Nations style and other languages in their own long form", async () => {
    const { formatLongDate } = await import("./config");
    expect(formatLongDate("2027-01-31", "en")).toBe("31 January 2027");
    expect(formatLongDate(new Date("2026-11-23T22:30:00Z"), "en")).toBe("23 November 2026");
    expect(formatLongDate("2027-01-31", "fr")).toBe("31 janvier 2027");
    expect(formatLongDate("2027-01-31", "zh")).toBe("2027年1月31日");
    expect(formatLongDate("2027-01-31", "ru")).toMatch(/^31 января 2027/);
  });
});

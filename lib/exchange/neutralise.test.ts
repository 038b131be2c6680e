import { describe, expect, it } from "vitest";
import { csvField, neutraliseCell, neutraliseValue, toCsv } from "./neutralise";

describe("formula neutralisation", () => {
  it.each(["=SUM(A1:A2)", "+1+1", "-2+3", "@cmd", "\t=1", "\r=1"])("prefixes %j with an apostrophe", (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(["Ghana", "1 = 1", "a-b", "", "'quoted"])("leaves %j alone", (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it("leaves numbers and empty values as they are", () => {
    expect(neutraliseValue(-5)).toBe(-5);
    expect(neutraliseValue(null)).toBeNull();
    expect(neutraliseValue("-5")).toBe("'-5");
  });

  it("quotes CSV fields that need it, after neutralising", () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(12)).toBe("12");
    expect(csvField(undefined)).toBe("");
  });

  it("writes CSV with a BOM and CRLF", () => {
    expect(toCsv([["a", 1], ["@b", null]])).toBe("\uFEFFa,1\r\n'@b,\r\n");
  });
});

import { describe, expect, it } from "vitest";
import { closeBidi } from "./pdf";

describe("closeBidi", () => {
  it("closes the directional overrides and isolates an editor's text leaves open, so they stop at its end", () => {
    expect(closeBidi("abc \u202Eevil")).toBe("abc \u202Eevil\u202C");
    expect(closeBidi("\u2067x\u2066y")).toBe("\u2067x\u2066y\u2069\u2069");
    expect(closeBidi("\u202Bx\u202C and \u202Dy")).toBe("\u202Bx\u202C and \u202Dy\u202C");
  });

  it("leaves balanced and ordinary texts as they are", () => {
    expect(closeBidi("As at 30 September 2018, there were 189 States parties.")).toBe("As at 30 September 2018, there were 189 States parties.");
    expect(closeBidi("\u202Eok\u202C \u2068x\u2069")).toBe("\u202Eok\u202C \u2068x\u2069");
    expect(closeBidi("stray \u202C pop")).toBe("stray \u202C pop");
  });
});

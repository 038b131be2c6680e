import { describe, expect, it } from "vitest";
import { MIN_PASSWORD_LENGTH, passwordProblem } from "./password-policy";

const COMMON = new Set(["password1234", "qwertyuiop12", "iloveyou"]);

describe("passwordProblem", () => {
  it(`refuses passwords shorter than ${MIN_PASSWORD_LENGTH} characters`, () => {
    expect(passwordProblem("ab".repeat(5) + "Z", COMMON)).toBe("validation.passwordTooShort");
    expect(passwordProblem("Correct horse", COMMON)).toBeNull();
  });

  it("refuses a password on the common list, whatever its case", () => {
    expect(passwordProblem("Password1234", COMMON)).toBe("validation.passwordCommon");
    expect(passwordProblem("QWERTYUIOP12", COMMON)).toBe("validation.passwordCommon");
  });

  it("refuses a common word with digits or symbols tacked on", () => {
    expect(passwordProblem("iloveyou2026!!", COMMON)).toBe("validation.passwordCommon");
  });

  it("refuses one character repeated", () => {
    expect(passwordProblem("zzzzzzzzzzzzzz", COMMON)).toBe("validation.passwordTrivial");
  });

  it("refuses a password that is mostly the e-mail's local part", () => {
    expect(passwordProblem("kwame.mensah1", COMMON, "kwame.mensah@example.org")).toBe("validation.passwordLikeEmail");
    expect(passwordProblem("tea at five on the terrace", COMMON, "kwame.mensah@example.org")).toBeNull();
  });

  it("refuses over-long passwords", () => {
    expect(passwordProblem("x".repeat(150) + "y".repeat(60), COMMON)).toBe("validation.passwordTooLong");
  });
});

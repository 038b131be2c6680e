import { describe, expect, it } from "vitest";
import { AppError, isDatabaseUnavailable } from "./index";

describe("isDatabaseUnavailable", () => {
  it("recognises a database out of reach, also when wrapped as a cause", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query: select 1", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    // ALLOW_CONNECTIONS false (maintenance, and the outage journey) and a server still starting up.
    expect(isDatabaseUnavailable(new Error("Failed query", { cause: Object.assign(new Error('database "x" is not currently accepting connections'), { code: "55000" }) }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("the database system is starting up"))).toBe(true);
  });

  it("leaves real errors alone: constraint violations, bugs and refusals are not retried", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("duplicate key value"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("FORBIDDEN"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(new AppError("UNAVAILABLE").httpStatus).toBe(503);
  });
});

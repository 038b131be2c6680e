import { describe, expect, it } from "vitest";
import { deriveDashboardStatus, filterDashboardRows, latestActivity, parseDashboardFilter, statusTotals, type DashboardStatus } from "./status";

describe("deriveDashboardStatus", () => {
  it.each([
    [{ status: null, answerCount: 0 }, "NOT_STARTED"],
    [{ status: "DRAFT", answerCount: 0 }, "NOT_STARTED"],
    [{ status: "DRAFT", answerCount: 3 }, "IN_PROGRESS"],
    [{ status: "SUBMITTED", answerCount: 80 }, "SUBMITTED"],
    [{ status: "RETURNED", answerCount: 80 }, "RETURNED"],
    [{ status: "ACCEPTED", answerCount: 0 }, "ACCEPTED"],
  ] as const)("%o is %s", (facts, expected) => {
    expect(deriveDashboardStatus(facts)).toBe(expected);
  });
});

describe("latestActivity", () => {
  it("takes the latest moment and skips missing ones", () => {
    expect(latestActivity([null, new Date("2026-11-02T10:00:00Z"), "2026-11-20T08:00:00Z", undefined, new Date("2026-11-03T00:00:00Z")])).toEqual(
      new Date("2026-11-20T08:00:00Z"),
    );
  });
  it("is null without any moment", () => {
    expect(latestActivity([null, undefined])).toBeNull();
  });
});

const row = (status: DashboardStatus, regionalGroup: string | null, observer = false) => ({ status, regionalGroup, observer });

describe("statusTotals", () => {
  it("counts every status and the total", () => {
    const totals = statusTotals([row("NOT_STARTED", "AFRICAN"), row("NOT_STARTED", "AFRICAN"), row("SUBMITTED", "AFRICAN"), row("ACCEPTED", null)]);
    expect(totals).toEqual({ NOT_STARTED: 2, IN_PROGRESS: 0, SUBMITTED: 1, RETURNED: 0, ACCEPTED: 1, total: 4 });
  });
  it("is all zeros for no rows", () => {
    expect(statusTotals([]).total).toBe(0);
  });
});

describe("filterDashboardRows", () => {
  const rows = [row("NOT_STARTED", "AFRICAN"), row("SUBMITTED", "AFRICAN"), row("SUBMITTED", "ASIA_PACIFIC", true), row("IN_PROGRESS", null, true)];
  it("keeps a regional group", () => {
    expect(filterDashboardRows(rows, { group: "AFRICAN" })).toEqual(rows.slice(0, 2));
  });
  it("keeps the observer States for OBSERVER", () => {
    expect(filterDashboardRows(rows, { group: "OBSERVER" })).toEqual(rows.slice(2));
  });
  it("combines group and status", () => {
    expect(filterDashboardRows(rows, { group: "AFRICAN", status: "SUBMITTED" })).toEqual([rows[1]]);
  });
  it("keeps everything without a filter", () => {
    expect(filterDashboardRows(rows, {})).toEqual(rows);
  });
});

describe("parseDashboardFilter", () => {
  it("reads known values and ignores unknown ones", () => {
    expect(parseDashboardFilter({ group: "AFRICAN", status: "SUBMITTED" })).toEqual({ group: "AFRICAN", status: "SUBMITTED" });
    expect(parseDashboardFilter({ group: "MARS", status: "" })).toEqual({});
    expect(parseDashboardFilter({ group: ["OBSERVER", "AFRICAN"], status: null })).toEqual({ group: "OBSERVER" });
  });
});

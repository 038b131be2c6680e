import { describe, expect, it } from "vitest";
import {
  daysUntil,
  dueReminders,
  formatUnDate,
  latestPointReached,
  manualReminders,
  normalisePoints,
  pointOfDedupeKey,
  type ReminderCycle,
  type ReminderStateReply,
} from "./due";

const cycle: ReminderCycle = { id: "c1", status: "OPEN", opensOn: "2026-11-01", deadline: "2027-01-31", reminderDays: [14, 3] };

const draft: ReminderStateReply = { memberStateId: "GHA", submissionId: "s-gha", status: "DRAFT", returnedAt: null };
const none: ReminderStateReply = { memberStateId: "KEN", submissionId: null, status: null, returnedAt: null };
const submitted: ReminderStateReply = { memberStateId: "NOR", submissionId: "s-nor", status: "SUBMITTED", returnedAt: null };
const accepted: ReminderStateReply = { memberStateId: "PER", submissionId: "s-per", status: "ACCEPTED", returnedAt: null };
const returned: ReminderStateReply = {
  memberStateId: "FRA",
  submissionId: "s-fra",
  status: "RETURNED",
  returnedAt: new Date("2027-01-05T09:30:00.000Z"),
};
const all = [draft, none, submitted, accepted, returned];

describe("dueReminders", () => {
  it("sends nothing before the first point", () => {
    expect(dueReminders(cycle, all, "2027-01-16")).toEqual([]); // 15 days left
    expect(dueReminders(cycle, all, "2026-11-23")).toEqual([]);
  });

  it("on the first point reminds every State that has not submitted, returned ones with their own kind and key", () => {
    const due = dueReminders(cycle, all, "2027-01-17"); // 14 days left
    expect(due.map((d) => [d.memberStateId, d.kind, d.point, d.daysLeft])).toEqual([
      ["GHA", "NOT_SUBMITTED", 14, 14],
      ["KEN", "NOT_SUBMITTED", 14, 14],
      ["FRA", "RETURNED", 14, 14],
    ]);
    expect(due[0]!.dedupeKey).toBe("scheduled:c1:GHA:14");
    expect(due[1]!.dedupeKey).toBe("scheduled:c1:KEN:14");
    expect(due[2]!.dedupeKey).toBe("returned:s-fra:2027-01-05T09:30:00.000Z:14");
    expect(due[2]!.returned).toBe(true);
    expect(due[0]!.returned).toBe(false);
  });

  it("between points keeps the latest point reached (the same key, so it is sent once)", () => {
    const due = dueReminders(cycle, [draft], "2027-01-20"); // 11 days left
    expect(due.map((d) => d.dedupeKey)).toEqual(["scheduled:c1:GHA:14"]);
  });

  it("on the second point moves to that point only", () => {
    const due = dueReminders(cycle, [draft, returned], "2027-01-28"); // 3 days left
    expect(due.map((d) => d.dedupeKey)).toEqual(["scheduled:c1:GHA:3", "returned:s-fra:2027-01-05T09:30:00.000Z:3"]);
  });

  it("reminds on the deadline day when 0 is a point, and never after the deadline", () => {
    const withZero = { ...cycle, reminderDays: [0, 3] };
    expect(dueReminders(withZero, [draft], "2027-01-31").map((d) => d.dedupeKey)).toEqual(["scheduled:c1:GHA:0"]);
    expect(dueReminders(withZero, all, "2027-02-01")).toEqual([]);
    expect(dueReminders(cycle, all, "2027-03-01")).toEqual([]);
  });

  it("sends nothing to a State that submitted or whose reply was accepted", () => {
    expect(dueReminders(cycle, [submitted, accepted], "2027-01-17")).toEqual([]);
  });

  it("sends nothing when the cycle is not open", () => {
    expect(dueReminders({ ...cycle, status: "DRAFT" }, all, "2027-01-17")).toEqual([]);
    expect(dueReminders({ ...cycle, status: "CLOSED" }, all, "2027-01-28")).toEqual([]);
  });

  it("sends nothing without points", () => {
    expect(dueReminders({ ...cycle, reminderDays: [] }, all, "2027-01-28")).toEqual([]);
  });

  it("skips a point that fell before the cycle opened", () => {
    const lateOpening = { ...cycle, opensOn: "2027-01-25" }; // the 14-day point was 17 January
    expect(dueReminders(lateOpening, [draft], "2027-01-25")).toEqual([]);
    expect(dueReminders(lateOpening, [draft], "2027-01-28").map((d) => d.dedupeKey)).toEqual(["scheduled:c1:GHA:3"]);
  });

  it("reminds a returned State only at points after the day of the return", () => {
    const returnedLate = { ...returned, returnedAt: new Date("2027-01-20T16:00:00.000Z") };
    expect(dueReminders(cycle, [returnedLate], "2027-01-20")).toEqual([]); // the 14-day point was before the return
    expect(dueReminders(cycle, [returnedLate], "2027-01-28").map((d) => d.dedupeKey)).toEqual([
      "returned:s-fra:2027-01-20T16:00:00.000Z:3",
    ]);
    const returnedOnPoint = { ...returned, returnedAt: new Date("2027-01-28T08:00:00.000Z") };
    expect(dueReminders(cycle, [returnedOnPoint], "2027-01-28")).toEqual([]);
  });

  it("a second return gives new keys (the return time is part of the key)", () => {
    const first = dueReminders(cycle, [returned], "2027-01-28")[0]!.dedupeKey;
    const again = dueReminders(cycle, [{ ...returned, returnedAt: new Date("2027-01-10T10:00:00.000Z") }], "2027-01-28")[0]!.dedupeKey;
    expect(first).not.toBe(again);
  });
});

describe("manualReminders", () => {
  it("reminds every State that has not submitted, once per State per day", () => {
    const due = manualReminders(cycle, all, "2026-11-23");
    expect(due.map((d) => [d.memberStateId, d.kind, d.returned, d.dedupeKey])).toEqual([
      ["GHA", "MANUAL", false, "manual:c1:GHA:2026-11-23"],
      ["KEN", "MANUAL", false, "manual:c1:KEN:2026-11-23"],
      ["FRA", "MANUAL", true, "manual:c1:FRA:2026-11-23"],
    ]);
    expect(manualReminders(cycle, all, "2026-11-24")[0]!.dedupeKey).toBe("manual:c1:GHA:2026-11-24");
  });

  it("reminds nobody in a cycle that is not open", () => {
    expect(manualReminders({ ...cycle, status: "CLOSED" }, all, "2026-11-23")).toEqual([]);
  });
});

describe("helpers", () => {
  it("counts days and points", () => {
    expect(daysUntil("2027-01-31", "2027-01-17")).toBe(14);
    expect(daysUntil("2027-03-01", "2027-02-28")).toBe(1);
    expect(normalisePoints([3, 14, 3, -1, 2.5])).toEqual([14, 3]);
    expect(latestPointReached([14, 3], 20)).toBeNull();
    expect(latestPointReached([14, 3], 14)).toBe(14);
    expect(latestPointReached([14, 3], 2)).toBe(3);
  });

  it("reads the point back from a dedupe key", () => {
    expect(pointOfDedupeKey("scheduled:c1:GHA:14")).toBe(14);
    expect(pointOfDedupeKey("returned:s-fra:2027-01-05T09:30:00.000Z:3")).toBe(3);
    expect(pointOfDedupeKey("manual:c1:GHA:2026-11-23")).toBeNull();
  });

  it("formats dates in the UN style", () => {
    expect(formatUnDate("2027-01-15")).toBe("15 January 2027");
    expect(formatUnDate("2026-12-01")).toBe("1 December 2026");
    expect(() => formatUnDate("15/01/2027")).toThrow(/YYYY-MM-DD/);
  });
});

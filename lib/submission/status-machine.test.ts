import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { canTransition, nextStatus, SUBMISSION_EVENTS, SUBMISSION_STATUSES, transition, type SubmissionEvent, type SubmissionStatus } from "./status-machine";

/** Written out in full, independently of the table in the module: every allowed transition. */
const ALLOWED: [SubmissionStatus, SubmissionEvent, SubmissionStatus][] = [
  ["DRAFT", "EDIT", "DRAFT"],
  ["DRAFT", "SUBMIT", "SUBMITTED"],
  ["DRAFT", "RECORD_IMPORT", "SUBMITTED"],
  ["RETURNED", "EDIT", "RETURNED"],
  ["RETURNED", "SUBMIT", "SUBMITTED"],
  ["RETURNED", "RECORD_IMPORT", "SUBMITTED"],
  ["SUBMITTED", "RETURN", "RETURNED"],
  ["SUBMITTED", "ACCEPT", "ACCEPTED"],
];

describe("submission status machine", () => {
  it.each(ALLOWED)("%s --%s--> %s", (from, event, to) => {
    expect(nextStatus(from, event)).toBe(to);
    expect(transition(from, event)).toBe(to);
    expect(canTransition(from, event)).toBe(true);
  });

  const refused = SUBMISSION_STATUSES.flatMap((from) =>
    SUBMISSION_EVENTS.filter((event) => !ALLOWED.some(([f, e]) => f === from && e === event)).map((event) => [from, event] as const),
  );

  it("refuses exactly the other 12 combinations", () => {
    expect(refused).toHaveLength(SUBMISSION_STATUSES.length * SUBMISSION_EVENTS.length - ALLOWED.length);
    expect(refused).toHaveLength(12);
  });

  it.each(refused)("refuses %s --%s with INVALID_STATE_TRANSITION", (from, event) => {
    expect(nextStatus(from, event)).toBeNull();
    expect(canTransition(from, event)).toBe(false);
    let caught: unknown;
    try {
      transition(from, event);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe("INVALID_STATE_TRANSITION");
  });

  it("never leaves ACCEPTED", () => {
    for (const event of SUBMISSION_EVENTS) expect(nextStatus("ACCEPTED", event)).toBeNull();
  });
});

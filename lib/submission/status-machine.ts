import { AppError } from "@/lib/errors";

/** The statuses a stored submission can have. "Not started" is derived (no submission or no answer). */
export const SUBMISSION_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/**
 * What can happen to a submission:
 * - EDIT: a State user saves answers (or attachments);
 * - SUBMIT: the focal point submits a version;
 * - RECORD_IMPORT: a reviewer records a reply that arrived outside the system (note verbale, e-mail);
 * - RETURN: a reviewer returns a submitted version for clarification;
 * - ACCEPT: a reviewer accepts a submitted version, which locks it.
 */
export const SUBMISSION_EVENTS = ["EDIT", "SUBMIT", "RECORD_IMPORT", "RETURN", "ACCEPT"] as const;
export type SubmissionEvent = (typeof SUBMISSION_EVENTS)[number];

/** The whole machine: a missing entry is a refused transition. */
export const SUBMISSION_TRANSITIONS: Readonly<Record<SubmissionStatus, Readonly<Partial<Record<SubmissionEvent, SubmissionStatus>>>>> = {
  DRAFT: { EDIT: "DRAFT", SUBMIT: "SUBMITTED", RECORD_IMPORT: "SUBMITTED" },
  RETURNED: { EDIT: "RETURNED", SUBMIT: "SUBMITTED", RECORD_IMPORT: "SUBMITTED" },
  SUBMITTED: { RETURN: "RETURNED", ACCEPT: "ACCEPTED" },
  ACCEPTED: {},
};

/** The status after `event`, or null when the machine refuses it. */
export function nextStatus(status: SubmissionStatus, event: SubmissionEvent): SubmissionStatus | null {
  return SUBMISSION_TRANSITIONS[status]?.[event] ?? null;
}

export function canTransition(status: SubmissionStatus, event: SubmissionEvent): boolean {
  return nextStatus(status, event) !== null;
}

const REFUSALS: Record<SubmissionEvent, string> = {
  EDIT: "This reply has been submitted and can no longer be changed.",
  SUBMIT: "This reply has already been submitted.",
  RECORD_IMPORT: "This State's reply has already been submitted; return it before recording another.",
  RETURN: "Only a submitted reply can be returned for clarification.",
  ACCEPT: "Only a submitted reply can be accepted.",
};

/** The status after `event`; throws INVALID_STATE_TRANSITION when the machine refuses it. */
export function transition(status: SubmissionStatus, event: SubmissionEvent): SubmissionStatus {
  const next = nextStatus(status, event);
  if (!next) throw new AppError("INVALID_STATE_TRANSITION", REFUSALS[event]);
  return next;
}

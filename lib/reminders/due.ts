/**
 * Which reminders are due for a reporting cycle on a given day (pure: data in, reminders out).
 *
 * - Only an OPEN cycle reminds, and only from its opening day up to and including its deadline.
 * - A State is reminded while its reply is not submitted: no submission or DRAFT ("NOT_SUBMITTED"),
 *   or returned for clarification and not resubmitted ("RETURNED"). SUBMITTED and ACCEPTED: none.
 * - The points are the cycle's `reminderDays` (days before the deadline). On a day only the latest
 *   point reached is due (the smallest number of days not below the days left), so a job that missed
 *   a day catches up with one reminder, never a burst.
 * - A NOT_SUBMITTED point falling before the opening day is skipped; a RETURNED point must fall after
 *   the day of the return (the return itself already e-mailed the State that day).
 * - Each reminder has a dedupe key, unique in `reminder_delivery`: the same point is sent once.
 */

export type ReminderKind = "NOT_SUBMITTED" | "RETURNED" | "MANUAL";

export interface ReminderCycle {
  id: string;
  status: "DRAFT" | "OPEN" | "CLOSED";
  /** YYYY-MM-DD */
  opensOn: string;
  /** YYYY-MM-DD */
  deadline: string;
  reminderDays: readonly number[];
}

export interface ReminderStateReply {
  memberStateId: string;
  /** Null when the State has no submission in the cycle yet. */
  submissionId: string | null;
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" | null;
  returnedAt: Date | null;
}

export interface DueReminder {
  memberStateId: string;
  submissionId: string | null;
  kind: ReminderKind;
  /** The reply was returned for clarification and not resubmitted (wording and comment count). */
  returned: boolean;
  /** The point (days before the deadline) this reminder stands for; null for a manual reminder. */
  point: number | null;
  /** Whole days from `today` to the deadline (0 on the deadline day, negative after it). */
  daysLeft: number;
  dedupeKey: string;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day number (days since 1970-01-01) of a YYYY-MM-DD date; throws on anything else. */
export function dayNumber(isoDate: string): number {
  const m = DATE_RE.exec(isoDate);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The UTC calendar day of an instant, as YYYY-MM-DD (reminders follow UTC days). */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Whole days from `today` to `deadline` (both YYYY-MM-DD). */
export function daysUntil(deadline: string, today: string): number {
  return dayNumber(deadline) - dayNumber(today);
}

/** The configured points, cleaned: whole non-negative numbers, unique, largest first. */
export function normalisePoints(points: readonly number[]): number[] {
  const clean = points.filter((d) => Number.isInteger(d) && d >= 0);
  return [...new Set(clean)].sort((a, b) => b - a);
}

/** The latest point reached with `daysLeft` days to go (smallest point ≥ daysLeft), or null. */
export function latestPointReached(points: readonly number[], daysLeft: number): number | null {
  const reached = normalisePoints(points).filter((d) => d >= daysLeft);
  return reached.length ? Math.min(...reached) : null;
}

/** Whether a State's reply still counts as "not submitted" for reminders. */
export function isAwaitingReply(status: ReminderStateReply["status"]): boolean {
  return status === null || status === "DRAFT" || status === "RETURNED";
}

export function scheduledDedupeKey(cycleId: string, memberStateId: string, point: number): string {
  return `scheduled:${cycleId}:${memberStateId}:${point}`;
}

export function returnedDedupeKey(submissionId: string, returnedAt: Date | null, point: number): string {
  return `returned:${submissionId}:${returnedAt ? returnedAt.toISOString() : "unknown"}:${point}`;
}

export function manualDedupeKey(cycleId: string, memberStateId: string, today: string): string {
  return `manual:${cycleId}:${memberStateId}:${today}`;
}

/** The scheduled reminders due on `today` (YYYY-MM-DD) for the given States' replies. */
export function dueReminders(cycle: ReminderCycle, replies: readonly ReminderStateReply[], today: string): DueReminder[] {
  if (cycle.status !== "OPEN") return [];
  const todayN = dayNumber(today);
  if (todayN < dayNumber(cycle.opensOn)) return [];
  const daysLeft = dayNumber(cycle.deadline) - todayN;
  if (daysLeft < 0) return [];
  const point = latestPointReached(cycle.reminderDays, daysLeft);
  if (point === null) return [];
  const pointDay = dayNumber(cycle.deadline) - point;

  const due: DueReminder[] = [];
  for (const reply of replies) {
    if (!isAwaitingReply(reply.status)) continue;
    if (reply.status === "RETURNED" && reply.submissionId) {
      if (reply.returnedAt && pointDay <= dayNumber(utcDay(reply.returnedAt))) continue;
      due.push({
        memberStateId: reply.memberStateId,
        submissionId: reply.submissionId,
        kind: "RETURNED",
        returned: true,
        point,
        daysLeft,
        dedupeKey: returnedDedupeKey(reply.submissionId, reply.returnedAt, point),
      });
    } else {
      if (pointDay < dayNumber(cycle.opensOn)) continue;
      due.push({
        memberStateId: reply.memberStateId,
        submissionId: reply.submissionId,
        kind: "NOT_SUBMITTED",
        returned: false,
        point,
        daysLeft,
        dedupeKey: scheduledDedupeKey(cycle.id, reply.memberStateId, point),
      });
    }
  }
  return due;
}

/**
 * The manual reminders ("remind now") on `today`: every State whose reply is not submitted, once per
 * State per day. Only an OPEN cycle reminds; the caller refuses other cycles.
 */
export function manualReminders(cycle: ReminderCycle, replies: readonly ReminderStateReply[], today: string): DueReminder[] {
  if (cycle.status !== "OPEN") return [];
  const daysLeft = daysUntil(cycle.deadline, today);
  return replies
    .filter((r) => isAwaitingReply(r.status))
    .map((r) => ({
      memberStateId: r.memberStateId,
      submissionId: r.submissionId,
      kind: "MANUAL" as const,
      returned: r.status === "RETURNED",
      point: null,
      daysLeft,
      dedupeKey: manualDedupeKey(cycle.id, r.memberStateId, today),
    }));
}

const UN_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A date in the United Nations style, day month year: "15 January 2027". */
export function formatUnDate(isoDate: string): string {
  return UN_DATE.format(new Date(dayNumber(isoDate) * DAY_MS));
}

/** The point (days before the deadline) a scheduled or returned reminder's key stands for; null for manual ones. */
export function pointOfDedupeKey(key: string): number | null {
  if (!key.startsWith("scheduled:") && !key.startsWith("returned:")) return null;
  const last = key.slice(key.lastIndexOf(":") + 1);
  return /^\d+$/.test(last) ? Number(last) : null;
}

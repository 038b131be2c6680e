/**
 * The secretariat dashboard's status of one State's reply, and the totals per status.
 *
 * Pure module: no server imports.
 */

export const DASHBOARD_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type DashboardStatus = (typeof DASHBOARD_STATUSES)[number];

export function isDashboardStatus(value: unknown): value is DashboardStatus {
  return typeof value === "string" && (DASHBOARD_STATUSES as readonly string[]).includes(value);
}

export interface SubmissionFacts {
  /** The stored submission status, or null when the State has no submission in the cycle. */
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED" | null;
  /** How many answers the submission holds now. */
  answerCount: number;
}

/**
 * NOT_STARTED: no submission, or a draft without any answer; IN_PROGRESS: a draft with answers;
 * SUBMITTED, RETURNED and ACCEPTED as stored.
 */
export function deriveDashboardStatus(facts: SubmissionFacts): DashboardStatus {
  switch (facts.status) {
    case null:
      return "NOT_STARTED";
    case "DRAFT":
      return facts.answerCount > 0 ? "IN_PROGRESS" : "NOT_STARTED";
    default:
      return facts.status;
  }
}

/** The latest of the given moments (answer edits, submission, return, acceptance …), or null when there is none. */
export function latestActivity(moments: readonly (Date | string | null | undefined)[]): Date | null {
  let latest: Date | null = null;
  for (const moment of moments) {
    if (moment === null || moment === undefined) continue;
    const date = moment instanceof Date ? moment : new Date(moment);
    if (Number.isNaN(date.getTime())) continue;
    if (!latest || date > latest) latest = date;
  }
  return latest;
}

export type StatusTotals = Record<DashboardStatus, number> & { total: number };

/** How many rows have each status, and how many rows there are. */
export function statusTotals(rows: readonly { status: DashboardStatus }[]): StatusTotals {
  const totals: StatusTotals = { NOT_STARTED: 0, IN_PROGRESS: 0, SUBMITTED: 0, RETURNED: 0, ACCEPTED: 0, total: 0 };
  for (const row of rows) {
    totals[row.status]++;
    totals.total++;
  }
  return totals;
}

/** A regional group filter value: one of the five groups, or the observer States (which belong to none). */
export const DASHBOARD_GROUPS = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN", "WESTERN_EUROPEAN_OTHERS", "OBSERVER"] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export function isDashboardGroup(value: unknown): value is DashboardGroup {
  return typeof value === "string" && (DASHBOARD_GROUPS as readonly string[]).includes(value);
}

export interface DashboardFilter {
  group?: DashboardGroup;
  status?: DashboardStatus;
}

/** Keeps the rows of a regional group (OBSERVER: the observer States) and of a status; no filter keeps everything. */
export function filterDashboardRows<R extends { status: DashboardStatus; regionalGroup: string | null; observer: boolean }>(
  rows: readonly R[],
  filter: DashboardFilter,
): R[] {
  return rows.filter((row) => {
    if (filter.group === "OBSERVER" ? !row.observer : filter.group && row.regionalGroup !== filter.group) return false;
    if (filter.status && row.status !== filter.status) return false;
    return true;
  });
}

/** Reads the filter from query parameters, ignoring values that are not known (a stale or edited link shows everything). */
export function parseDashboardFilter(params: { group?: string | string[] | null; status?: string | string[] | null }): DashboardFilter {
  const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined));
  const group = first(params.group);
  const status = first(params.status);
  return { ...(isDashboardGroup(group) ? { group } : {}), ...(isDashboardStatus(status) ? { status } : {}) };
}

import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { answers, memberStates, submissions, submissionSnapshots } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import {
  deriveDashboardStatus,
  filterDashboardRows,
  latestActivity,
  statusTotals,
  type DashboardFilter,
  type DashboardStatus,
  type StatusTotals,
} from "@/lib/dashboard/status";
import { sectionCompleteness } from "@/lib/questionnaire/completeness";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat, type ReportingCycle } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { cachedPercent, percentCacheKey, rememberPercent } from "./percent-cache";

export interface DashboardRow {
  memberStateId: string;
  name: string;
  observer: boolean;
  regionalGroup: string | null;
  status: DashboardStatus;
  /** % of the visible required questions answered, for replies being written (in progress or returned); else null. */
  percentComplete: number | null;
  /** The latest submitted version, or null before the first submission. */
  submittedVersion: number | null;
  lastActivity: Date | null;
  /** How the reply came (online, note verbale, e-mail), or null without a submission. */
  channel: "ONLINE" | "NOTE_VERBALE" | "EMAIL" | null;
  hasSubmission: boolean;
}

export interface CycleDashboard {
  cycle: ReportingCycle;
  /** Every State, in United Nations order. */
  all: DashboardRow[];
  /** The rows the filter keeps. */
  rows: DashboardRow[];
  totals: StatusTotals;
  filteredTotals: StatusTotals;
  filter: DashboardFilter;
}

/**
 * Every Member State and observer State with the status of its reply in the cycle. A fixed number of
 * queries whatever the number of States: the cycle, the States with their submission and its
 * aggregates (answer count and latest edit, latest snapshot), and the answers of the replies in
 * progress whose % complete is not cached yet; the questionnaire definition is cached.
 */
export async function getCycleDashboard(opts: { actor: Actor | null; slug: string; filter?: DashboardFilter }): Promise<CycleDashboard> {
  const { actor } = opts;
  assertCan(actor, "area:secretariat");
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor, slug: opts.slug, tx: db });

  const answerCount = sql<number>`(select cast(count(*) as int) from ${answers} where ${answers.submissionId} = ${submissions.id})`;
  const answerVersionSum = sql<number>`(select cast(coalesce(sum(${answers.version}), 0) as int) from ${answers} where ${answers.submissionId} = ${submissions.id})`;
  const lastAnswerAt = sql<Date | null>`(select max(${answers.updatedAt}) from ${answers} where ${answers.submissionId} = ${submissions.id})`.mapWith(answers.updatedAt);
  const lastSubmittedAt = sql<Date | null>`(select max(${submissionSnapshots.submittedAt}) from ${submissionSnapshots} where ${submissionSnapshots.submissionId} = ${submissions.id})`.mapWith(
    submissionSnapshots.submittedAt,
  );
  const states = await db
    .select({
      memberStateId: memberStates.id,
      name: memberStates.name,
      stateStatus: memberStates.status,
      regionalGroup: memberStates.regionalGroup,
      submissionId: submissions.id,
      status: submissions.status,
      submittedVersion: submissions.submittedVersion,
      channel: submissions.channel,
      lastEditedAt: submissions.lastEditedAt,
      receivedAt: submissions.receivedAt,
      returnedAt: submissions.returnedAt,
      acceptedAt: submissions.acceptedAt,
      answerCount,
      answerVersionSum,
      lastAnswerAt,
      lastSubmittedAt,
    })
    .from(memberStates)
    .leftJoin(submissions, and(eq(submissions.memberStateId, memberStates.id), eq(submissions.cycleId, cycle.id)))
    .orderBy(asc(memberStates.sortOrder));

  // % complete only for replies being written: from the cache when their answers have not changed,
  // else computed from all their answers, loaded in one query.
  const percentBySubmission = new Map<string, number>();
  const toCompute: { submissionId: string; key: string }[] = [];
  for (const s of states) {
    if (!s.submissionId || (s.status !== "DRAFT" && s.status !== "RETURNED") || !s.answerCount) continue;
    const key = percentCacheKey({ submissionId: s.submissionId, questionnaireVersionId: cycle.questionnaireVersionId, modules: cycle.modules, answerCount: s.answerCount, answerVersionSum: s.answerVersionSum ?? 0, lastAnswerAt: s.lastAnswerAt });
    const known = cachedPercent(key);
    if (known === undefined) toCompute.push({ submissionId: s.submissionId, key });
    else percentBySubmission.set(s.submissionId, known);
  }
  if (toCompute.length) {
    const definition = await getQuestionnaireDefinition(db, cycle.questionnaireVersionId);
    const values = new Map<string, Record<string, Record<string, unknown>>>();
    const rows = await db
      .select({ submissionId: answers.submissionId, questionId: answers.questionId, value: answers.value })
      .from(answers)
      .where(inArray(answers.submissionId, toCompute.map((s) => s.submissionId)));
    for (const r of rows) {
      let map = values.get(r.submissionId);
      if (!map) values.set(r.submissionId, (map = {}));
      map[r.questionId] = r.value;
    }
    const ctx = { modules: cycle.modules };
    for (const { submissionId, key } of toCompute) {
      const percent = sectionCompleteness(definition, values.get(submissionId) ?? {}, ctx).overall.percent;
      rememberPercent(key, percent);
      percentBySubmission.set(submissionId, percent);
    }
  }

  const all: DashboardRow[] = states.map((s) => {
    const status = deriveDashboardStatus({ status: s.status, answerCount: s.answerCount ?? 0 });
    return {
      memberStateId: s.memberStateId,
      name: s.name,
      observer: s.stateStatus === "OBSERVER",
      regionalGroup: s.regionalGroup,
      status,
      percentComplete: s.submissionId && (status === "IN_PROGRESS" || status === "RETURNED") ? (percentBySubmission.get(s.submissionId) ?? 0) : null,
      submittedVersion: s.submittedVersion ? s.submittedVersion : null,
      lastActivity: latestActivity([s.lastEditedAt, s.lastAnswerAt, s.lastSubmittedAt, s.receivedAt, s.returnedAt, s.acceptedAt]),
      channel: s.submissionId && status !== "NOT_STARTED" ? s.channel : null,
      hasSubmission: s.submissionId !== null,
    };
  });
  const filter = opts.filter ?? {};
  const rows = filterDashboardRows(all, filter);
  return { cycle, all, rows, totals: statusTotals(all), filteredTotals: statusTotals(rows), filter };
}

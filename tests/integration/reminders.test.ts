import { and, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outboxMessages, reminderDeliveries, reportingCycles, reviewComments, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { startJobRunner, startPgBossRunner } from "@/lib/jobs/runner";
import { runRemindersNow } from "@/lib/server/reminders/run-reminders-now";
import { runScheduledReminders } from "@/lib/server/reminders/run-scheduled-reminders";
import { sendManualReminders } from "@/lib/server/reminders/send-manual-reminders";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

// The cycle fixture's deadline is 31 January 2027 and its points are the default [14, 3].
const ON_14_DAY_POINT = new Date("2027-01-17T10:00:00.000Z");
const BETWEEN_POINTS = new Date("2027-01-22T23:30:00.000Z");
const ON_3_DAY_POINT = new Date("2027-01-28T06:00:00.000Z");
const AFTER_DEADLINE = new Date("2027-02-01T06:00:00.000Z");
const RETURNED_AT = new Date("2027-01-10T09:00:00.000Z");

const DRAFT_STATES = ["URY", "MNG"] as const; // URY has a draft, MNG no submission at all
const RETURNED_STATE = "NPL";
const SUBMITTED_STATE = "ISL";
const DISABLED_STATE = "BTN"; // its only focal point is disabled

let focal: Record<string, TestUser>;
let reviewer: TestUser;
let admin: TestUser;
let editor: TestUser;

beforeAll(async () => {
  focal = {};
  for (const state of [...DRAFT_STATES, RETURNED_STATE, SUBMITTED_STATE]) {
    focal[state] = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: state });
  }
  focal[DISABLED_STATE] = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: DISABLED_STATE, disabled: true });
  // A contributor is not a recipient.
  await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "URY" });
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
  admin = await createTestUser({ role: "ADMIN" });
  editor = await createTestUser({ role: "REPORT_EDITOR" });
});

/** A cycle in which URY has a draft, NPL's reply was returned with two shared comments, ISL submitted. */
async function cycleWithReplies() {
  const { cycle } = await createTestCycle();
  const db = await getDb();
  await db.insert(submissions).values({ cycleId: cycle.id, memberStateId: "URY", status: "DRAFT" });
  await db.insert(submissions).values({ cycleId: cycle.id, memberStateId: SUBMITTED_STATE, status: "SUBMITTED", submittedVersion: 1 });
  const [returned] = await db
    .insert(submissions)
    .values({ cycleId: cycle.id, memberStateId: RETURNED_STATE, status: "RETURNED", submittedVersion: 1, returnedAt: RETURNED_AT })
    .returning();
  await db.insert(reviewComments).values([
    { submissionId: returned!.id, questionId: "A1", authorId: reviewer.id, body: "Please give the year.", submissionVersion: 1, sharedAt: RETURNED_AT },
    { submissionId: returned!.id, questionId: "A2", authorId: reviewer.id, body: "Which law?", submissionVersion: 1, sharedAt: RETURNED_AT },
    { submissionId: returned!.id, questionId: "A2", authorId: reviewer.id, body: "Internal note", submissionVersion: 1, internal: true },
  ]);
  return { cycle, returnedSubmissionId: returned!.id };
}

async function deliveriesOf(cycleId: string) {
  const db = await getDb();
  return db
    .select({ delivery: reminderDeliveries, message: outboxMessages })
    .from(reminderDeliveries)
    .leftJoin(outboxMessages, eq(outboxMessages.id, reminderDeliveries.outboxMessageId))
    .where(eq(reminderDeliveries.cycleId, cycleId));
}

function forState(rows: Awaited<ReturnType<typeof deliveriesOf>>, state: string) {
  return rows.filter((r) => r.delivery.memberStateId === state);
}

/** Outbox messages addressed to this test's focal point of a State (its address is unique to this run). */
async function messagesTo(state: string, cycleTitle: string) {
  const db = await getDb();
  const rows = await db.select().from(outboxMessages);
  return rows.filter((m) => m.toAddress.split(", ").includes(focal[state]!.email) && m.subject.includes(cycleTitle));
}

describe("scheduled reminders", () => {
  it("a reminder job run twice sends once: one delivery and one outbox message per State and point", async () => {
    const { cycle, returnedSubmissionId } = await cycleWithReplies();
    const first = await runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] });
    const second = await runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] });
    expect(first.sent.length).toBeGreaterThanOrEqual(3);
    expect(second.sent).toEqual([]);

    const rows = await deliveriesOf(cycle.id);
    for (const state of DRAFT_STATES) {
      const mine = forState(rows, state);
      expect(mine.map((r) => [r.delivery.kind, r.delivery.dedupeKey])).toEqual([["NOT_SUBMITTED", `scheduled:${cycle.id}:${state}:14`]]);
      expect(mine[0]!.message).not.toBeNull();
      expect(await messagesTo(state, cycle.title)).toHaveLength(1);
    }
    const returned = forState(rows, RETURNED_STATE);
    expect(returned.map((r) => [r.delivery.kind, r.delivery.dedupeKey])).toEqual([
      ["RETURNED", `returned:${returnedSubmissionId}:${RETURNED_AT.toISOString()}:14`],
    ]);
    expect(forState(rows, SUBMITTED_STATE)).toEqual([]);
    expect(forState(rows, DISABLED_STATE)).toEqual([]);
    expect(await messagesTo(SUBMITTED_STATE, cycle.title)).toEqual([]);
    expect(await messagesTo(DISABLED_STATE, cycle.title)).toEqual([]);

    // Every delivery has exactly one message, and every key is distinct.
    expect(new Set(rows.map((r) => r.delivery.dedupeKey)).size).toBe(rows.length);
    expect(rows.every((r) => r.message !== null)).toBe(true);
  });

  it("two runs at the same time send once", async () => {
    const { cycle } = await cycleWithReplies();
    const [a, b] = await Promise.all([
      runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] }),
      runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] }),
    ]);
    const rows = await deliveriesOf(cycle.id);
    expect(a.sent.length + b.sent.length).toBe(rows.length);
    for (const state of [...DRAFT_STATES, RETURNED_STATE]) {
      expect(forState(rows, state)).toHaveLength(1);
      expect(await messagesTo(state, cycle.title)).toHaveLength(1);
    }
    expect(forState(rows, SUBMITTED_STATE)).toEqual([]);
  });

  it("nothing more between points, one more at the next point, none after the deadline", async () => {
    const { cycle } = await cycleWithReplies();
    await runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] });
    expect((await runScheduledReminders({ now: BETWEEN_POINTS, cycleIds: [cycle.id] })).sent).toEqual([]);
    await runScheduledReminders({ now: ON_3_DAY_POINT, cycleIds: [cycle.id] });
    await runScheduledReminders({ now: ON_3_DAY_POINT, cycleIds: [cycle.id] });
    expect((await runScheduledReminders({ now: AFTER_DEADLINE, cycleIds: [cycle.id] })).sent).toEqual([]);
    const rows = await deliveriesOf(cycle.id);
    expect(forState(rows, "URY").map((r) => r.delivery.dedupeKey).sort()).toEqual([`scheduled:${cycle.id}:URY:14`, `scheduled:${cycle.id}:URY:3`]);
    expect(await messagesTo("URY", cycle.title)).toHaveLength(2);
  });

  it("a closed cycle reminds nobody", async () => {
    const { cycle } = await cycleWithReplies();
    const db = await getDb();
    await db.update(reportingCycles).set({ status: "CLOSED" }).where(eq(reportingCycles.id, cycle.id));
    expect((await runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] })).sent).toEqual([]);
    expect(await deliveriesOf(cycle.id)).toEqual([]);
  });

  it("the e-mails name the State, the cycle, the deadline and the workspace, and count the comments of a returned reply", async () => {
    const { cycle } = await cycleWithReplies();
    await runScheduledReminders({ now: ON_14_DAY_POINT, cycleIds: [cycle.id] });
    const [draft] = await messagesTo("URY", cycle.title);
    expect(draft!.subject).toBe(`Reminder: the reply of Uruguay to the questionnaire for ${cycle.title} is due on 31 January 2027`);
    expect(draft!.textBody).toContain(`The reply of Uruguay to the questionnaire for ${cycle.title} has not been submitted yet.`);
    expect(draft!.textBody).toContain("The deadline is 31 January 2027, in 14 days.");
    expect(draft!.textBody).toMatch(new RegExp(`https?://\\S+/workspace/${cycle.slug}(\\s|$)`));
    expect(draft!.kind).toBe("REMINDER");

    const [returned] = await messagesTo(RETURNED_STATE, cycle.title);
    expect(returned!.subject).toBe(`Reminder: the reply of Nepal returned for clarification in ${cycle.title} is due on 31 January 2027`);
    expect(returned!.textBody).toContain("was returned for clarification and has not been resubmitted. 2 comments are waiting for your answer.");
    expect(returned!.kind).toBe("REMINDER_RETURNED");

    const db = await getDb();
    const audits = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "reminder.sent"), eq(auditEvents.targetId, cycle.id), inArray(auditEvents.memberStateId, ["URY", RETURNED_STATE])));
    expect(audits).toHaveLength(2);
    expect(audits.every((a) => a.actorUserId === null)).toBe(true);
  });
});

describe("reminders sent by hand", () => {
  it("a reviewer reminds the States that have not submitted, once per State per day", async () => {
    const { cycle } = await cycleWithReplies();
    const now = new Date("2026-11-23T15:00:00.000Z");
    const first = await sendManualReminders({ actor: reviewer.actor, input: { slug: cycle.slug }, now });
    const again = await sendManualReminders({ actor: reviewer.actor, input: { slug: cycle.slug }, now: new Date("2026-11-23T20:00:00.000Z") });
    expect(first.sent).toBeGreaterThanOrEqual(3);
    expect(again.sent).toBe(0);
    const rows = await deliveriesOf(cycle.id);
    for (const state of [...DRAFT_STATES, RETURNED_STATE]) {
      expect(forState(rows, state).map((r) => r.delivery.dedupeKey)).toEqual([`manual:${cycle.id}:${state}:2026-11-23`]);
    }
    expect(forState(rows, SUBMITTED_STATE)).toEqual([]);
    const [returned] = await messagesTo(RETURNED_STATE, cycle.title);
    expect(returned!.textBody).toContain("2 comments are waiting for your answer.");
    const [draft] = await messagesTo("URY", cycle.title);
    expect(draft!.textBody).toContain("The deadline is 31 January 2027, in 69 days.");

    const nextDay = await sendManualReminders({ actor: reviewer.actor, input: { slug: cycle.slug }, now: new Date("2026-11-24T08:00:00.000Z") });
    expect(nextDay.sent).toBe(first.sent);

    const db = await getDb();
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "reminder.sent"), eq(auditEvents.targetId, cycle.id), eq(auditEvents.memberStateId, "URY")));
    expect(audit!.actorUserId).toBe(reviewer.id);
  });

  it("is refused to a report editor and a State user, and in a closed cycle, writing nothing", async () => {
    const { cycle } = await cycleWithReplies();
    expect((await appErrorOf(sendManualReminders({ actor: editor.actor, input: { slug: cycle.slug } }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(sendManualReminders({ actor: focal.URY!.actor, input: { slug: cycle.slug } }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(sendManualReminders({ actor: reviewer.actor, input: { slug: "no-such-cycle" } }))).code).toBe("NOT_FOUND");
    const invalid = await appErrorOf(sendManualReminders({ actor: reviewer.actor, input: { slug: "" } }));
    expect(invalid.code).toBe("VALIDATION");
    expect(invalid.fieldErrors).toEqual({ slug: ["validation.required"] });
    const db = await getDb();
    await db.update(reportingCycles).set({ status: "CLOSED" }).where(eq(reportingCycles.id, cycle.id));
    expect((await appErrorOf(sendManualReminders({ actor: reviewer.actor, input: { slug: cycle.slug } }))).code).toBe("CYCLE_CLOSED");
    expect(await deliveriesOf(cycle.id)).toEqual([]);
  });

  it("an admin runs the scheduled reminders now; a reviewer may not", async () => {
    const { cycle } = await cycleWithReplies();
    expect((await appErrorOf(runRemindersNow({ actor: reviewer.actor, input: { slug: cycle.slug }, now: ON_14_DAY_POINT }))).code).toBe("FORBIDDEN");
    const run = await runRemindersNow({ actor: admin.actor, input: { slug: cycle.slug }, now: ON_14_DAY_POINT });
    expect(run.sent).toBeGreaterThanOrEqual(3);
    expect((await runRemindersNow({ actor: admin.actor, input: { slug: cycle.slug }, now: ON_14_DAY_POINT })).sent).toBe(0);
    expect(forState(await deliveriesOf(cycle.id), "MNG")).toHaveLength(1);
  });
});

describe("the job queue", () => {
  it("is never started during tests", () => {
    expect(startJobRunner()).toBeNull();
  });

  it("pg-boss on the same PostgreSQL works the reminder job; two jobs at once send once", async () => {
    const { cycle, returnedSubmissionId } = await cycleWithReplies();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const db = await getDb();
    // Three days before the deadline, as of the real clock the job uses.
    await db.update(reportingCycles).set({ opensOn: day(-10), deadline: day(3) }).where(eq(reportingCycles.id, cycle.id));
    const returnedAt = new Date(`${day(-5)}T12:00:00.000Z`);
    await db.update(submissions).set({ returnedAt }).where(eq(submissions.id, returnedSubmissionId));
    const runner = await startPgBossRunner(env().DATABASE_URL!);
    try {
      expect(runner.kind).toBe("pg-boss");
      await Promise.all([runner.trigger(), runner.trigger()]);
      await runner.trigger();
    } finally {
      await runner.stop();
    }
    const rows = await deliveriesOf(cycle.id);
    for (const state of DRAFT_STATES) {
      expect(forState(rows, state).map((r) => r.delivery.dedupeKey)).toEqual([`scheduled:${cycle.id}:${state}:3`]);
      expect(await messagesTo(state, cycle.title)).toHaveLength(1);
    }
    expect(forState(rows, RETURNED_STATE).map((r) => r.delivery.dedupeKey)).toEqual([
      `returned:${returnedSubmissionId}:${returnedAt.toISOString()}:3`,
    ]);
    expect(forState(rows, SUBMITTED_STATE)).toEqual([]);
    const [schema] = (await db.execute<{ n: string }>(sql`select count(*)::text as n from information_schema.schemata where schema_name = 'pgboss'`)).rows;
    expect(schema?.n).toBe("1");
  }, 60_000);
});

import "server-only";
import { and, asc, count, eq, inArray, TransactionRollbackError } from "drizzle-orm";
import { memberStates, reminderDeliveries, reportingCycles, reviewComments, submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db";
import type { DueReminder, ReminderCycle, ReminderStateReply } from "@/lib/reminders/due";
import { getAppUrl } from "@/lib/server/app-url";
import { writeAudit } from "@/lib/server/audit";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { queueMail } from "@/lib/server/mail/queue-mail";
import { findMemberStateName } from "@/lib/server/member-states/find-member-state-name";
import { findActiveFocalPoints } from "@/lib/server/users/find-active-focal-points";
import { reminderMail } from "./reminder-mail";

type CycleRow = typeof reportingCycles.$inferSelect;

export interface CycleReminderContext {
  cycle: CycleRow;
  reminderCycle: ReminderCycle;
  /** One entry per State that has at least one active focal point (only they can be reminded). */
  replies: ReminderStateReply[];
}

/** A cycle as the pure reminder rule sees it. */
export function toReminderCycle(cycle: CycleRow): ReminderCycle {
  return {
    id: cycle.id,
    status: cycle.status,
    opensOn: cycle.opensOn,
    deadline: cycle.deadline,
    reminderDays: Array.isArray(cycle.reminderDays) ? cycle.reminderDays : [],
  };
}

/** The replies of every State with an active focal point in the cycle (a State without a submission has status null). */
export async function loadCycleReplies(db: Db, cycle: CycleRow): Promise<CycleReminderContext> {
  const states = await db
    .selectDistinct({ memberStateId: users.memberStateId, sortOrder: memberStates.sortOrder })
    .from(users)
    .innerJoin(memberStates, eq(memberStates.id, users.memberStateId))
    .where(and(eq(users.role, "STATE_FOCAL_POINT"), eq(users.disabled, false)))
    .orderBy(asc(memberStates.sortOrder));
  const rows = await db
    .select({ id: submissions.id, memberStateId: submissions.memberStateId, status: submissions.status, returnedAt: submissions.returnedAt })
    .from(submissions)
    .where(eq(submissions.cycleId, cycle.id));
  const byState = new Map(rows.map((r) => [r.memberStateId, r]));
  const replies: ReminderStateReply[] = [];
  for (const s of states) {
    if (!s.memberStateId) continue;
    const sub = byState.get(s.memberStateId);
    replies.push({
      memberStateId: s.memberStateId,
      submissionId: sub?.id ?? null,
      status: sub?.status ?? null,
      returnedAt: sub?.returnedAt ?? null,
    });
  }
  return { cycle, reminderCycle: toReminderCycle(cycle), replies };
}

export interface SentReminder {
  memberStateId: string;
  dedupeKey: string;
  outboxMessageId: string;
}

/**
 * Records and queues each due reminder in its own transaction: the `reminder_delivery` row is
 * inserted first with ON CONFLICT (dedupe_key) DO NOTHING, and the e-mail is written to the outbox
 * only when this call inserted the row. A second run, or a concurrent one on another instance, finds
 * the key taken (PostgreSQL makes the second insert wait for the first transaction) and sends nothing.
 * The messages are delivered after their transactions commit.
 */
export async function sendDueReminders(db: Db, opts: { cycle: CycleRow; due: DueReminder[]; actor: Actor | null }): Promise<SentReminder[]> {
  const { cycle, due, actor } = opts;
  const sent: SentReminder[] = [];
  const workspaceUrl = `${getAppUrl()}/workspace/${encodeURIComponent(cycle.slug)}`;
  for (const reminder of due) {
    const result = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(reminderDeliveries)
        .values({ cycleId: cycle.id, memberStateId: reminder.memberStateId, kind: reminder.kind, dedupeKey: reminder.dedupeKey })
        .onConflictDoNothing({ target: reminderDeliveries.dedupeKey })
        .returning({ id: reminderDeliveries.id });
      if (!inserted) return null;

      const recipients = await findActiveFocalPoints(tx, reminder.memberStateId);
      if (recipients.length === 0) {
        // The focal point was disabled since the list was read: give the key back, send nothing.
        tx.rollback();
      }
      const stateName = await findMemberStateName(tx, reminder.memberStateId);
      let comments = 0;
      if (reminder.returned && reminder.submissionId) {
        const [sub] = await tx.select({ returnedAt: submissions.returnedAt }).from(submissions).where(eq(submissions.id, reminder.submissionId));
        if (sub?.returnedAt) {
          const secretariatAuthors = tx
            .select({ id: users.id })
            .from(users)
            .where(inArray(users.role, ["ADMIN", "SECRETARIAT_REVIEWER", "REPORT_EDITOR"]));
          const [row] = await tx
            .select({ n: count() })
            .from(reviewComments)
            .where(
              and(
                eq(reviewComments.submissionId, reminder.submissionId),
                eq(reviewComments.internal, false),
                eq(reviewComments.sharedAt, sub.returnedAt),
                inArray(reviewComments.authorId, secretariatAuthors),
              ),
            );
          comments = row?.n ?? 0;
        }
      }
      const outboxMessageId = await queueMail(
        tx,
        reminderMail({
          to: recipients.map((r) => r.email),
          locale: recipients[0]?.locale,
          stateName,
          cycleTitle: cycle.title,
          deadline: cycle.deadline,
          daysLeft: reminder.daysLeft,
          returned: reminder.returned,
          comments,
          workspaceUrl,
        }),
      );
      await tx.update(reminderDeliveries).set({ outboxMessageId }).where(eq(reminderDeliveries.id, inserted.id));
      await writeAudit(tx, {
        actor,
        action: "reminder.sent",
        targetType: "reporting_cycle",
        targetId: cycle.id,
        memberStateId: reminder.memberStateId,
        details: { kind: reminder.kind, dedupeKey: reminder.dedupeKey, point: reminder.point, recipients: recipients.length, outboxMessageId },
      });
      return { memberStateId: reminder.memberStateId, dedupeKey: reminder.dedupeKey, outboxMessageId };
    }).catch((error: unknown) => {
      if (isRollback(error)) return null;
      throw error;
    });
    if (result) sent.push(result);
  }
  await deliverOutbox({ messageIds: sent.map((s) => s.outboxMessageId) });
  return sent;
}

function isRollback(error: unknown): boolean {
  return error instanceof TransactionRollbackError;
}

export type { CycleRow };

import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { dueReminders, utcDay } from "@/lib/reminders/due";
import { logger } from "@/lib/server/logger";
import { loadCycleReplies, sendDueReminders, type SentReminder } from "./send-due-reminders";

/**
 * The reminder job: for every OPEN cycle (or the given ones), the scheduled reminders due today
 * (UTC day of `now`) that were not sent yet. Safe to run any number of times, concurrently too:
 * each reminder's dedupe key is taken once. Runs as the system (no actor) unless an admin asked.
 */
export async function runScheduledReminders(opts: { now?: Date; cycleIds?: string[]; actor?: Actor | null } = {}): Promise<{ sent: SentReminder[] }> {
  const db = await getDb();
  const today = utcDay(opts.now ?? new Date());
  const where = opts.cycleIds
    ? and(eq(reportingCycles.status, "OPEN"), inArray(reportingCycles.id, opts.cycleIds))
    : eq(reportingCycles.status, "OPEN");
  const cycles = await db.select().from(reportingCycles).where(where);
  const sent: SentReminder[] = [];
  for (const cycle of cycles) {
    const { reminderCycle, replies } = await loadCycleReplies(db, cycle);
    const due = dueReminders(reminderCycle, replies, today);
    if (due.length === 0) continue;
    sent.push(...(await sendDueReminders(db, { cycle, due, actor: opts.actor ?? null })));
  }
  if (sent.length > 0) logger.info({ sent: sent.length, day: today }, "scheduled reminders sent");
  return { sent };
}

import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { manualReminders, utcDay } from "@/lib/reminders/due";
import { parseInput } from "@/lib/schemas/parse";
import { ZReminderCycleInput, type TReminderCycleInput } from "@/lib/schemas/reminders";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { loadCycleReplies, sendDueReminders } from "./send-due-reminders";

/**
 * "Remind now the States that have not submitted": a reviewer reminds every State of an open cycle
 * whose reply is not submitted (or was returned), at most once per State per day (dedupe key
 * `manual:<cycle>:<state>:<day>`).
 */
export async function sendManualReminders(opts: { actor: Actor | null; input: TReminderCycleInput; now?: Date }): Promise<{ sent: number }> {
  const { actor } = opts;
  assertCan(actor, "submission:review");
  const input = parseInput(ZReminderCycleInput, opts.input);
  const cycle = await getCycleForSecretariat({ actor, slug: input.slug });
  if (cycle.status === "CLOSED") throw new AppError("CYCLE_CLOSED");
  if (cycle.status !== "OPEN") throw new AppError("INVALID_STATE_TRANSITION", "Reminders can be sent only while the cycle is open.");
  const db = await getDb();
  const { reminderCycle, replies } = await loadCycleReplies(db, cycle);
  const due = manualReminders(reminderCycle, replies, utcDay(opts.now ?? new Date()));
  const sent = await sendDueReminders(db, { cycle, due, actor });
  return { sent: sent.length };
}

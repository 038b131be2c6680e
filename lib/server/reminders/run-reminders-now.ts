import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseInput } from "@/lib/schemas/parse";
import { ZReminderCycleInput, type TReminderCycleInput } from "@/lib/schemas/reminders";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { runScheduledReminders } from "./run-scheduled-reminders";

/** An administrator runs the reminder job now for one cycle: the scheduled reminders due today that were not sent yet. */
export async function runRemindersNow(opts: { actor: Actor | null; input: TReminderCycleInput; now?: Date }): Promise<{ sent: number }> {
  const { actor } = opts;
  assertCan(actor, "area:admin");
  const input = parseInput(ZReminderCycleInput, opts.input);
  const cycle = await getCycleForSecretariat({ actor, slug: input.slug });
  const { sent } = await runScheduledReminders({ now: opts.now, cycleIds: [cycle.id], actor });
  return { sent: sent.length };
}

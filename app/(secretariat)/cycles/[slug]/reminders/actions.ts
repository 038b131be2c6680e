"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZReminderCycleInput } from "@/lib/schemas/reminders";
import { runRemindersNow } from "@/lib/server/reminders/run-reminders-now";
import { sendManualReminders } from "@/lib/server/reminders/send-manual-reminders";

export const sendManualRemindersAction = createAction(ZReminderCycleInput, async ({ actor, input }) => {
  const result = await sendManualReminders({ actor, input });
  revalidatePath(`/cycles/${input.slug}/reminders`);
  return result;
});

export const runRemindersNowAction = createAction(ZReminderCycleInput, async ({ actor, input }) => {
  const result = await runRemindersNow({ actor, input });
  revalidatePath(`/cycles/${input.slug}/reminders`);
  return result;
});

import { z } from "zod";

// Messages are catalogue keys (validation.*), translated where they are shown.

/** A cycle named by its slug, for the reminder buttons of the cycle's Reminders page. */
export const ZReminderCycleInput = z.object({
  slug: z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" }),
});
export type TReminderCycleInput = z.infer<typeof ZReminderCycleInput>;

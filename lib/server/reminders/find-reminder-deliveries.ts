import "server-only";
import { desc, eq } from "drizzle-orm";
import { memberStates, outboxMessages, reminderDeliveries } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { pointOfDedupeKey } from "@/lib/reminders/due";
import { assertCan } from "@/lib/server/authorize";

export interface ReminderDeliveryRow {
  id: string;
  memberStateId: string;
  stateName: string;
  kind: string;
  point: number | null;
  createdAt: Date;
  to: string | null;
  status: "STORED" | "SENT" | "FAILED" | null;
}

/** The reminders sent in a cycle, newest first, with the State and the outbox status of the e-mail. */
export async function findReminderDeliveries(opts: { actor: Actor | null; cycleId: string }): Promise<ReminderDeliveryRow[]> {
  assertCan(opts.actor, "area:secretariat");
  const db = await getDb();
  const rows = await db
    .select({
      id: reminderDeliveries.id,
      memberStateId: reminderDeliveries.memberStateId,
      stateName: memberStates.name,
      kind: reminderDeliveries.kind,
      dedupeKey: reminderDeliveries.dedupeKey,
      createdAt: reminderDeliveries.createdAt,
      to: outboxMessages.toAddress,
      status: outboxMessages.status,
    })
    .from(reminderDeliveries)
    .innerJoin(memberStates, eq(memberStates.id, reminderDeliveries.memberStateId))
    .leftJoin(outboxMessages, eq(outboxMessages.id, reminderDeliveries.outboxMessageId))
    .where(eq(reminderDeliveries.cycleId, opts.cycleId))
    .orderBy(desc(reminderDeliveries.createdAt), memberStates.sortOrder)
    .limit(1000);
  return rows.map(({ dedupeKey, ...r }) => ({ ...r, point: pointOfDedupeKey(dedupeKey) }));
}

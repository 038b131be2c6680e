import "server-only";
import { desc } from "drizzle-orm";
import { outboxMessages } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { assertCan } from "@/lib/server/authorize";

export type OutboxMessage = typeof outboxMessages.$inferSelect;

/** The newest e-mails the system wrote (admins only: they contain sign-in links). */
export async function findOutboxMessages(opts: { actor: Actor | null; limit?: number }): Promise<OutboxMessage[]> {
  assertCan(opts.actor, "outbox:read");
  const db = await getDb();
  return db.select().from(outboxMessages).orderBy(desc(outboxMessages.createdAt)).limit(Math.min(opts.limit ?? 200, 1000));
}

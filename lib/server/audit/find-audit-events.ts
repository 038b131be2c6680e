import "server-only";
import { and, desc, eq, ilike, type SQL } from "drizzle-orm";
import { auditEvents } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/schemas/parse";
import { ZFindAuditEventsInput, type TFindAuditEventsInput } from "@/lib/schemas/users";
import { assertCan } from "@/lib/server/authorize";

export type AuditEvent = typeof auditEvents.$inferSelect;
export const AUDIT_PAGE_SIZE = 100;

/** Audit events, newest first, filtered by actor e-mail, Member State and action. */
export async function findAuditEvents(opts: { actor: Actor | null; input?: TFindAuditEventsInput }): Promise<{ events: AuditEvent[]; hasMore: boolean }> {
  assertCan(opts.actor, "audit:read");
  const input = parseInput(ZFindAuditEventsInput, opts.input ?? {});
  const conditions: SQL[] = [];
  const escape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
  if (input.actor) conditions.push(ilike(auditEvents.actorEmail, `%${escape(input.actor)}%`));
  if (input.memberStateId) conditions.push(eq(auditEvents.memberStateId, input.memberStateId));
  if (input.action) conditions.push(ilike(auditEvents.action, `${escape(input.action)}%`));
  const db = await getDb();
  const rows = await db
    .select()
    .from(auditEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((input.page - 1) * AUDIT_PAGE_SIZE);
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}

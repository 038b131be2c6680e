import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * Append-only audit trail, written in the same transaction as the change it records.
 * A trigger (migration 0001) refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditEvents = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorUserId: uuid("actor_user_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    memberStateId: text("member_state_id"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("audit_event_created_idx").on(t.createdAt),
    index("audit_event_actor_idx").on(t.actorUserId),
    index("audit_event_state_idx").on(t.memberStateId),
    index("audit_event_action_idx").on(t.action),
  ],
);

import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const mailStatusEnum = pgEnum("mail_status", ["STORED", "SENT", "FAILED"]);

/** Every e-mail the system writes. Without SMTP_URL it stays here (STORED) and admins read it in the UI. */
export const outboxMessages = pgTable(
  "outbox_message",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    status: mailStatusEnum("status").notNull().default("STORED"),
    error: text("error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outbox_message_created_idx").on(t.createdAt)],
);

import { customType, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid, boolean, check, type AnyPgColumn } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { memberStates } from "./reference";
import { reportingCycles } from "./questionnaires";
import { submissions } from "./submissions";
import { users } from "./users";
import { outboxMessages } from "./mail";

/**
 * A comment on one question of a submission, in threads (`parent_id`). Secretariat comments that
 * are not internal become visible to the State when the submission is returned (`shared_at` is set
 * then); internal notes (`internal = true`) are never shown to a State. A State user's reply is
 * shared when written.
 */
export const reviewComments = pgTable(
  "review_comment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => reviewComments.id),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    internal: boolean("internal").notNull().default(false),
    /** The submitted version the comment was written on (0 while never submitted). */
    submissionVersion: integer("submission_version").notNull().default(0),
    /** When the State could first see it: on return for secretariat comments, at once for State replies. */
    sharedAt: timestamp("shared_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("review_comment_submission_idx").on(t.submissionId, t.questionId),
    check("review_comment_internal_never_shared", sql`NOT (${t.internal} AND ${t.sharedAt} IS NOT NULL)`),
  ],
);

export const answerFlagKindEnum = pgEnum("answer_flag_kind", ["NEEDS_CLARIFICATION", "GOOD_PRACTICE"]);

/** A reviewer's flag on one answer. A GOOD_PRACTICE flag makes a free text or nomination available to the report. */
export const answerFlags = pgTable(
  "answer_flag",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    kind: answerFlagKindEnum("kind").notNull(),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("answer_flag_key").on(t.submissionId, t.questionId, t.kind)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** MAX_ATTACHMENT_BYTES mirrored in a CHECK: 20 MB. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A file a State attached to a FILE question: the bytes, their sha256 and the type decided from the bytes. */
export const attachments = pgTable(
  "attachment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    fileName: text("file_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedById: uuid("uploaded_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("attachment_submission_idx").on(t.submissionId, t.questionId),
    check("attachment_size_check", sql`${t.sizeBytes} > 0 AND ${t.sizeBytes} <= 20971520`),
  ],
);

/**
 * One reminder e-mail to one State: the dedupe key is unique, so a reminder job that runs twice
 * (or on two instances) sends once.
 */
export const reminderDeliveries = pgTable("reminder_delivery", {
  id: uuid("id").primaryKey().defaultRandom(),
  cycleId: uuid("cycle_id")
    .notNull()
    .references(() => reportingCycles.id),
  memberStateId: text("member_state_id")
    .notNull()
    .references(() => memberStates.id),
  kind: text("kind").notNull(),
  dedupeKey: text("dedupe_key").notNull().unique(),
  outboxMessageId: uuid("outbox_message_id").references(() => outboxMessages.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid, boolean } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { memberStates } from "./reference";
import { questionnaireVersions, reportingCycles } from "./questionnaires";
import { users } from "./users";

export const submissionStatusEnum = pgEnum("submission_status", ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"]);
export const channelEnum = pgEnum("submission_channel", ["ONLINE", "NOTE_VERBALE", "EMAIL"]);

/** One Member State's reply in one cycle. Answers live in `answer`; submitted versions in `submission_snapshot`. */
export const submissions = pgTable(
  "submission",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => reportingCycles.id),
    memberStateId: text("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    status: submissionStatusEnum("status").notNull().default("DRAFT"),
    /** Number of submitted versions so far (0 until the first submission). */
    submittedVersion: integer("submitted_version").notNull().default(0),
    channel: channelEnum("channel").notNull().default("ONLINE"),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    /** The interface language the reply was submitted in (answers keep the language they were written in). */
    language: text("language"),
    lastEditedAt: timestamp("last_edited_at", { withTimezone: true }),
    lastEditedById: uuid("last_edited_by_id").references(() => users.id),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    /** The submitted version the secretariat accepted; it is locked from then on. */
    acceptedVersion: integer("accepted_version"),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedById: uuid("accepted_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("submission_cycle_state_key").on(t.cycleId, t.memberStateId), index("submission_state_idx").on(t.memberStateId)],
);

/**
 * The current answer to one question of a submission. `version` increases with every change and
 * is what a client sends back to prove it saw the latest value (no silent overwrite).
 */
export const answers = pgTable(
  "answer",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    questionId: text("question_id").notNull(),
    value: jsonb("value").$type<Record<string, unknown>>().notNull(),
    version: integer("version").notNull().default(1),
    /** Copied from an earlier cycle's accepted reply and not yet confirmed by the State. */
    carriedForward: boolean("carried_forward").notNull().default(false),
    updatedById: uuid("updated_by_id").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("answer_submission_question_key").on(t.submissionId, t.questionId), check("answer_version_check", sql`${t.version} >= 1`)],
);

/**
 * An immutable submitted version: the answers as submitted, the questionnaire version, the time and
 * the sha256 of the canonical JSON. A trigger refuses UPDATE and DELETE.
 */
export const submissionSnapshots = pgTable(
  "submission_snapshot",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    submissionId: uuid("submission_id")
      .notNull()
      .references(() => submissions.id),
    version: integer("version").notNull(),
    questionnaireVersionId: uuid("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersions.id),
    answers: jsonb("answers").$type<Record<string, Record<string, unknown>>>().notNull(),
    sha256: text("sha256").notNull(),
    submittedById: uuid("submitted_by_id").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("submission_snapshot_version_key").on(t.submissionId, t.version)],
);

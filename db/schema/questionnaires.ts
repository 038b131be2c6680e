import { sql } from "drizzle-orm";
import { check, date, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";

/**
 * A questionnaire version: the whole definition as validated JSON. Once published it is immutable
 * (a trigger refuses changes); a new version is a new row.
 */
export const questionnaireVersions = pgTable(
  "questionnaire_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    key: text("key").notNull(),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    definition: jsonb("definition").$type<QuestionnaireDefinition>().notNull(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("questionnaire_version_key_version_key").on(t.key, t.version)],
);

export const organEnum = pgEnum("organ", ["SC", "GA"]);
export const cycleStatusEnum = pgEnum("cycle_status", ["DRAFT", "OPEN", "CLOSED"]);

/** A reporting cycle decides which questionnaire version and modules the States see, and when. */
export const reportingCycles = pgTable(
  "reporting_cycle",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    organ: organEnum("organ").notNull(),
    mandate: text("mandate").notNull(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    questionnaireVersionId: uuid("questionnaire_version_id")
      .notNull()
      .references(() => questionnaireVersions.id),
    modules: jsonb("modules").$type<string[]>().notNull().default([]),
    opensOn: date("opens_on").notNull(),
    deadline: date("deadline").notNull(),
    cutOff: date("cut_off").notNull(),
    status: cycleStatusEnum("status").notNull().default("DRAFT"),
    reportSymbol: text("report_symbol"),
    /** Days before the deadline on which States that have not submitted are reminded. */
    reminderDays: jsonb("reminder_days").$type<number[]>().notNull().default([14, 3]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reporting_cycle_period_check", sql`${t.periodFrom} <= ${t.periodTo}`),
    check("reporting_cycle_dates_check", sql`${t.opensOn} <= ${t.deadline}`),
  ],
);

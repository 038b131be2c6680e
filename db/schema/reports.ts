import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { reportingCycles } from "./questionnaires";
import { users } from "./users";

export const reportFamilyEnum = pgEnum("report_family", ["SC", "GA"]);

/**
 * A draft Secretary-General report of one cycle. Its content lives in `report_version` rows: every
 * generation and every edit stores a new, immutable version; `current_version` is the newest.
 */
export const reports = pgTable(
  "report",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => reportingCycles.id),
    family: reportFamilyEnum("family").notNull(),
    templateId: text("template_id").notNull(),
    /** Shown in lists; the document's own title is in the version. */
    title: text("title").notNull(),
    currentVersion: integer("current_version").notNull().default(0),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("report_cycle_idx").on(t.cycleId), check("report_current_version_nonnegative", sql`${t.currentVersion} >= 0`)],
);

export const reportVersionKindEnum = pgEnum("report_version_kind", ["GENERATED", "REGENERATED", "EDITED"]);

/** One version of a report's document (lib/report/document.ts), validated before it is stored. Immutable. */
export const reportVersions = pgTable(
  "report_version",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reportId: uuid("report_id")
      .notNull()
      .references(() => reports.id),
    version: integer("version").notNull(),
    kind: reportVersionKindEnum("kind").notNull(),
    /** What changed, for the version list ("Paragraph 12 rewritten"). */
    summary: text("summary").notNull(),
    document: jsonb("document").$type<Record<string, unknown>>().notNull(),
    /** sha256 of the canonical JSON of `document`. */
    sha256: text("sha256").notNull(),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("report_version_key").on(t.reportId, t.version), check("report_version_positive", sql`${t.version} > 0`)],
);

import { boolean, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const regionalGroupEnum = pgEnum("regional_group", [
  "AFRICAN",
  "ASIA_PACIFIC",
  "EASTERN_EUROPEAN",
  "LATIN_AMERICAN_CARIBBEAN",
  "WESTERN_EUROPEAN_OTHERS",
]);

export const memberStateStatusEnum = pgEnum("member_state_status", ["MEMBER", "OBSERVER"]);

/** Member States and non-member observer States. The id is the ISO 3166-1 alpha-3 code. */
export const memberStates = pgTable("member_state", {
  id: text("id").primaryKey(),
  m49: text("m49").notNull().unique(),
  name: text("name").notNull().unique(),
  takesArticle: boolean("takes_article").notNull(),
  status: memberStateStatusEnum("status").notNull(),
  regionalGroup: regionalGroupEnum("regional_group"),
  m49Region: text("m49_region").notNull(),
  m49SubRegion: text("m49_sub_region").notNull(),
  /** Position in United Nations order (BRIEF §5.11), computed by the seed from the name. */
  sortOrder: text("sort_order").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Small key/value settings the application creates for itself (e.g. a generated signing secret). */
export const appSettings = pgTable("app_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { memberStates } from "./reference";

export const roleEnum = pgEnum("role", [
  "ADMIN",
  "SECRETARIAT_REVIEWER",
  "REPORT_EDITOR",
  "STATE_FOCAL_POINT",
  "STATE_CONTRIBUTOR",
]);

export const users = pgTable(
  "app_user",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull(),
    memberStateId: text("member_state_id").references(() => memberStates.id),
    disabled: boolean("disabled").notNull().default(false),
    /** Null until the invitation is accepted. argon2id PHC string. */
    passwordHash: text("password_hash"),
    /** Incremented to invalidate every session of the user (sign out everywhere, disable, role change). */
    sessionVersion: integer("session_version").notNull().default(1),
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamp("totp_enabled_at", { withTimezone: true }),
    /** The user's language: for e-mails always; for the interface only when `locale_chosen` (their own choice). */
    locale: text("locale"),
    /** The user chose `locale` (language switch); an invitation's language is not a choice. */
    localeChosen: boolean("locale_chosen").notNull().default(false),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("app_user_email_lower_key").on(sql`lower(${t.email})`),
    index("app_user_member_state_idx").on(t.memberStateId),
    // State roles need a Member State; every other role must not have one.
    check(
      "app_user_role_member_state_check",
      sql`(${t.role} in ('STATE_FOCAL_POINT', 'STATE_CONTRIBUTOR')) = (${t.memberStateId} is not null)`,
    ),
  ],
);

export const recoveryCodes = pgTable(
  "recovery_code",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_code_user_idx").on(t.userId)],
);

export const tokenPurposeEnum = pgEnum("token_purpose", ["INVITATION", "PASSWORD_RESET"]);

/** Single-use links (invitation, password reset). Only the sha256 of the token is stored. */
export const userTokens = pgTable(
  "user_token",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurposeEnum("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdById: uuid("created_by_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("user_token_user_idx").on(t.userId)],
);

/** Every sign-in attempt, counted per account and per client address for rate limiting across instances. */
export const signInAttempts = pgTable(
  "sign_in_attempt",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    emailKey: text("email_key").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempt_email_idx").on(t.emailKey, t.createdAt),
    index("sign_in_attempt_ip_idx").on(t.ip, t.createdAt),
  ],
);

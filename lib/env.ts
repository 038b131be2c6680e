import { z } from "zod";

/** Parses a boolean environment variable ("true"/"false"/"1"/"0"); absent gives undefined. */
const zBool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : v === "true" || v === "1"));

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional().or(z.literal("").transform(() => undefined)),
  /** Connections per app instance in the PostgreSQL pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  DATA_DIR: z.string().min(1).default(".data"),
  NEXTAUTH_URL: z.string().url().optional(),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().optional(),
  SMTP_URL: z.string().optional().or(z.literal("").transform(() => undefined)),
  MAIL_FROM: z.string().default("Rapporteur <no-reply@rapporteur.invalid>"),
  REQUIRE_2FA_FOR_SECRETARIAT: zBool,
  SEED_DEMO: zBool,
  TRUST_PROXY: zBool,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PORT: z.coerce.number().int().positive().default(3000),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/**
 * The validated environment. This module is the only reader of process.env in the application;
 * an invalid value stops the process with a message naming the variable.
 */
export function env(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** "postgres" when DATABASE_URL is set, otherwise the embedded PGlite database. */
export function databaseKind(): "postgres" | "pglite" {
  return env().DATABASE_URL ? "postgres" : "pglite";
}

/** Two-factor authentication is required for secretariat and admin roles: explicit setting, else on for PostgreSQL only. */
export function isTwoFactorRequiredForSecretariat(): boolean {
  const explicit = env().REQUIRE_2FA_FOR_SECRETARIAT;
  return explicit ?? databaseKind() === "postgres";
}

/** Demo accounts are seeded on the embedded database, and on PostgreSQL only with SEED_DEMO=true. */
export function shouldSeedDemo(): boolean {
  const explicit = env().SEED_DEMO;
  return explicit ?? databaseKind() === "pglite";
}

/** Test hook: forget the cached environment after process.env was changed. */
export function resetEnvForTests(): void {
  cached = undefined;
}

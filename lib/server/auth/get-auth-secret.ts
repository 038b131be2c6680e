import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { appSettings } from "@/db/schema";
import { getDb, type DbOrTx } from "@/lib/db";
import { env } from "@/lib/env";

const KEY = "nextauth_secret";

/**
 * Creates the signing secret once, in the database, so every app instance on the same database
 * shares it without configuration. Idempotent and safe under concurrent starts.
 */
export async function ensureAuthSecret(db: DbOrTx): Promise<void> {
  await db.insert(appSettings).values({ key: KEY, value: randomBytes(48).toString("base64url") }).onConflictDoNothing();
}

const globalForSecret = globalThis as unknown as { __rapporteurSecret?: string };

/** NEXTAUTH_SECRET when configured, otherwise the secret generated in the database. */
export async function getAuthSecret(): Promise<string> {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (globalForSecret.__rapporteurSecret) return globalForSecret.__rapporteurSecret;
  const db = await getDb();
  await ensureAuthSecret(db);
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, KEY));
  if (!row) throw new Error("auth secret missing");
  globalForSecret.__rapporteurSecret = row.value;
  return row.value;
}

import path from "node:path";
import { mkdirSync } from "node:fs";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { sql } from "drizzle-orm";
import { Pool } from "pg";
import * as schema from "@/db/schema";
import { databaseKind, env } from "@/lib/env";

/**
 * The one database handle type. The PGlite driver builds the same Drizzle query builder over the
 * same schema, so both kinds are used through this type.
 */
export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle, as passed to `db.transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Either the database or a transaction: what data-access helpers accept. */
export type DbOrTx = Db | Tx;

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Key of the PostgreSQL advisory lock held while migrating, so concurrent app starts do not race. */
const MIGRATION_LOCK_KEY = 727_274_001;

interface DbState {
  db: Db;
  kind: "postgres" | "pglite";
  close: () => Promise<void>;
}

const globalForDb = globalThis as unknown as { __rapporteurDb?: Promise<DbState> };

/** Reference data, and demo accounts where configured: run right after migrations, inside the lock. */
async function seed(db: Db): Promise<void> {
  const { runStartupSeed } = await import("@/db/seed/startup");
  await runStartupSeed(db);
}

async function openPostgres(url: string): Promise<DbState> {
  const pool = new Pool({ connectionString: url, max: env().DATABASE_POOL_SIZE, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its connection (database restart) must not crash the process.
  pool.on("error", () => undefined);
  const db = drizzlePg(pool, { schema });
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migratePg(drizzlePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      await seed(drizzlePg(client, { schema }));
    } finally {
      await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    client.release();
  }
  return { db, kind: "postgres", close: () => pool.end() };
}

async function openPglite(dataDir: string): Promise<DbState> {
  // Loaded lazily so that a PostgreSQL deployment never loads the WebAssembly build.
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const inMemory = dataDir === ":memory:";
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = inMemory ? new PGlite() : new PGlite(path.resolve(dataDir));
  const pgliteDb = drizzle(client, { schema });
  await migrate(pgliteDb, { migrationsFolder: MIGRATIONS_FOLDER });
  const db = pgliteDb as unknown as Db;
  await seed(db);
  return { db, kind: "pglite", close: () => client.close() };
}

function open(): Promise<DbState> {
  const url = env().DATABASE_URL;
  return url ? openPostgres(url) : openPglite(env().DATA_DIR);
}

/**
 * The database, migrated and seeded on first use in this process. The handle lives on globalThis
 * because Next.js may load this module more than once, and an embedded database must be opened once.
 */
export async function getDb(): Promise<Db> {
  if (!globalForDb.__rapporteurDb) {
    globalForDb.__rapporteurDb = open().catch((error: unknown) => {
      globalForDb.__rapporteurDb = undefined;
      throw error;
    });
  }
  return (await globalForDb.__rapporteurDb).db;
}

/** Closes the handle (scripts and tests). */
export async function closeDb(): Promise<void> {
  const state = globalForDb.__rapporteurDb;
  globalForDb.__rapporteurDb = undefined;
  if (state) await (await state).close();
}

export { databaseKind };

let journalEntries: Promise<{ when: number; tag: string }[]> | undefined;

/** The committed migration journal (read once: it does not change while the process runs). */
function migrationJournal(): Promise<{ when: number; tag: string }[]> {
  journalEntries ??= import("node:fs/promises")
    .then(({ readFile }) => readFile(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8"))
    .then((text) => (JSON.parse(text) as { entries: { when: number; tag: string }[] }).entries);
  return journalEntries;
}

/** Name of the newest applied migration, and how many are applied. */
export async function getMigrationStatus(db: Db): Promise<{ applied: number; latest: string | null }> {
  const result = await db.execute<{ hash: string; created_at: string | number }>(
    sql`select hash, created_at from drizzle.__drizzle_migrations order by created_at desc`,
  );
  const rows = result.rows;
  const newest = rows[0];
  if (!newest) return { applied: 0, latest: null };
  const entry = (await migrationJournal()).find((e) => e.when === Number(newest.created_at));
  return { applied: rows.length, latest: entry?.tag ?? String(newest.created_at) };
}

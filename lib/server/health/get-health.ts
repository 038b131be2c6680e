import "server-only";
import { sql } from "drizzle-orm";
import { databaseKind, getDb, getMigrationStatus } from "@/lib/db";

export interface Health {
  ok: boolean;
  database: { kind: "postgres" | "pglite"; reachable: boolean; migration: string | null; migrationsApplied: number };
}

/** Whether the database answers within a few seconds, and which migration it is at. */
export async function getHealth(): Promise<Health> {
  const kind = databaseKind();
  try {
    const check = (async () => {
      const db = await getDb();
      await db.execute(sql`select 1`);
      return getMigrationStatus(db);
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), 3_000).unref());
    const status = await Promise.race([check, timeout]);
    return { ok: true, database: { kind, reachable: true, migration: status.latest, migrationsApplied: status.applied } };
  } catch {
    return { ok: false, database: { kind, reachable: false, migration: null, migrationsApplied: 0 } };
  }
}

import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";

/**
 * Extra production servers on PostgreSQL, for the journeys about the database and about several
 * instances. The normal journeys run on the embedded database (playwright.config.ts); these start
 * `scripts/server.mjs` (what `npm start` serves, on the `.next` build the config made) with
 * DATABASE_URL pointing at a fresh, uniquely named database on the test server, and drop it after.
 * The PostgreSQL server itself is shared with other tests and is never stopped: an outage is made
 * for one database only (connections refused, existing ones terminated).
 */

const ROOT = path.resolve(__dirname, "..", "..", "..");
/** The maintenance database of the test server (as in tests/integration/global-setup.ts). */
export const ADMIN_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** A database name is only ever built here, from letters, digits and "_": safe to quote into DDL. */
function assertSafeName(name: string): string {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unsafe database name ${name}`);
  return name;
}

/** Runs statements on the maintenance database, one connection for the call. */
export async function adminQuery<T extends Record<string, unknown> = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  return query<T>(ADMIN_DATABASE_URL, text, values);
}

/** One query on the given database, on a connection of its own (never the app's pool). */
export async function query<T extends Record<string, unknown> = Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
}

/** Creates a fresh, empty, uniquely named database; the app migrates and seeds it at start. */
export async function createDatabase(label: string): Promise<TestDatabase> {
  const name = assertSafeName(`rapporteur_e2e_${label}_${Date.now()}_${randomBytes(3).toString("hex")}`);
  await adminQuery(`create database "${name}"`);
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** Drops the database even if connections are still open (or refused). */
export async function dropDatabase(db: TestDatabase | undefined): Promise<void> {
  if (!db) return;
  await adminQuery(`alter database "${assertSafeName(db.name)}" with allow_connections true`).catch(() => undefined);
  await adminQuery(`drop database if exists "${assertSafeName(db.name)}" with (force)`);
}

/**
 * The database "goes away" for this app only: new connections are refused and every open one is
 * terminated, as the app sees when PostgreSQL restarts or fails over. Returns how many were cut.
 */
export async function cutOffDatabase(db: TestDatabase): Promise<number> {
  await adminQuery(`alter database "${assertSafeName(db.name)}" with allow_connections false`);
  const rows = await adminQuery<{ ok: boolean }>(
    "select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [db.name],
  );
  return rows.filter((r) => r.ok).length;
}

/** The database accepts connections again. */
export async function restoreDatabase(db: TestDatabase): Promise<void> {
  await adminQuery(`alter database "${assertSafeName(db.name)}" with allow_connections true`);
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface AppServer {
  baseURL: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  dataDir: string;
}

/**
 * Starts a production server on PostgreSQL (it migrates and seeds at start, demo accounts
 * included) without waiting for it; see waitUntilHealthy. Its own process group, so stopApp ends
 * it and nothing else.
 */
export function startApp(opts: { databaseUrl: string; port: number; env?: Record<string, string> }): AppServer {
  const baseURL = `http://localhost:${opts.port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), "rapporteur-pg-app-"));
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(DATABASE_URL|DATA_DIR|PORT|NEXTAUTH_|APP_URL|SMTP_URL|SEED_DEMO|VITEST|NODE_ENV|TEST_)/.test(key)),
  );
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...inherited,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(opts.port),
      DATABASE_URL: opts.databaseUrl,
      DATA_DIR: dataDir,
      NEXTAUTH_URL: baseURL,
      APP_URL: baseURL,
      SEED_DEMO: "true",
      REQUIRE_2FA_FOR_SECRETARIAT: "false",
      MAIL_FROM: "Rapporteur <no-reply@rapporteur.test>",
      LOG_LEVEL: "warn",
      ...opts.env,
    },
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { baseURL, port: opts.port, process: child, output: () => output, dataDir };
}

export interface HealthBody {
  ok: boolean;
  database: { kind: string; reachable: boolean; migration: string | null; migrationsApplied: number };
}

/** GET /api/health: the status and body, or null when the server does not answer at all. */
export async function health(app: AppServer): Promise<{ status: number; body: HealthBody } | null> {
  try {
    const response = await fetch(`${app.baseURL}/api/health`, { signal: AbortSignal.timeout(10_000) });
    return { status: response.status, body: (await response.json()) as HealthBody };
  } catch {
    return null;
  }
}

/** Waits until /api/health answers 200 on PostgreSQL; fails with the server's output otherwise. */
export async function waitUntilHealthy(app: AppServer, timeoutMs = 90_000): Promise<HealthBody> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.process.exitCode !== null) throw new Error(`server on ${app.port} exited with ${app.process.exitCode}:\n${app.output()}`);
    const answer = await health(app);
    if (answer?.status === 200 && answer.body.database.kind === "postgres") return answer.body;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server on ${app.port} not healthy after ${timeoutMs} ms:\n${app.output()}`);
}

/** Ends the server's process group (SIGTERM, then SIGKILL) and removes its data directory. */
export async function stopApp(app: AppServer | undefined): Promise<void> {
  if (!app) return;
  const pid = app.process.pid;
  if (pid !== undefined && app.process.exitCode === null && app.process.signalCode === null) {
    const exited = new Promise<void>((resolve) => app.process.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 8_000))]);
    if (timedOut) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    }
  }
  rmSync(app.dataDir, { recursive: true, force: true });
}

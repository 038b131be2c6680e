// Shared PostgreSQL helpers for the benchmarks: one short-lived client, a throwaway database.
import pg from "pg";

export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, uniquely named database next to ADMIN_URL's; returns its name and URL. */
export async function createBenchDatabase(adminUrl, prefix) {
  const name = `${prefix}_${Date.now()}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await withClient(adminUrl, (c) => c.query(`create database "${name}"`));
  return { name, url: url.toString() };
}

export async function dropBenchDatabase(adminUrl, name) {
  await withClient(adminUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

/** Opens a new connection to url and runs `select 1`: null when it answered within timeoutMs, else why not (SQLSTATE or error code). */
export async function probeDatabase(url, timeoutMs = 1000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (error) {
    return error?.code ?? error?.message ?? "error";
  } finally {
    client.end().catch(() => undefined);
  }
}

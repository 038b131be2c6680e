import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { createDatabase, dropDatabase, freePort, query, startApp, stopApp, waitUntilHealthy, type AppServer, type HealthBody, type TestDatabase } from "./support/postgres-app";

// Two app instances on one PostgreSQL database, nothing in front of them but two ports (issue 6,
// point 3): started at the same moment on an empty database (the migrations and the seed run under an
// advisory lock), an edit saved through one is read through the other, a session made on one is
// honoured by the other (the signing secret is shared through the database), and the sign-in limit
// counts failed attempts made on both.

let db: TestDatabase | undefined;
let a: AppServer | undefined;
let b: AppServer | undefined;
let healthA: HealthBody;
let healthB: HealthBody;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  db = await createDatabase("two");
  const [portA, portB] = [await freePort(), await freePort()];
  // Both start before either has migrated anything.
  a = startApp({ databaseUrl: db.url, port: portA });
  b = startApp({ databaseUrl: db.url, port: portB === portA ? await freePort() : portB });
  [healthA, healthB] = await Promise.all([waitUntilHealthy(a), waitUntilHealthy(b)]);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  try {
    await Promise.all([stopApp(a), stopApp(b)]);
  } finally {
    await dropDatabase(db);
  }
});

/** Signs in through next-auth's credentials callback; returns the `error` it answered, or null. */
async function credentialsSignIn(api: APIRequestContext, server: AppServer, email: string, password: string): Promise<string | null> {
  const csrf = await api.get(`${server.baseURL}/api/auth/csrf`);
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await api.post(`${server.baseURL}/api/auth/callback/credentials`, { form: { csrfToken, email, password, json: "true" } });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url, server.baseURL).searchParams.get("error");
  // next-auth answers 200 with the destination, or 401 with the sign-in page and the reason.
  expect(response.status(), `sign-in of ${email} on ${server.port}: ${error ?? "ok"}`).toBe(error ? 401 : 200);
  return error;
}

test("two instances started at the same moment on an empty database migrate and seed it once, and both serve", async () => {
  const journal = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "db", "migrations", "meta", "_journal.json"), "utf8")) as { entries: { tag: string }[] };
  const newest = journal.entries.at(-1)!.tag;
  for (const h of [healthA, healthB]) {
    expect(h).toMatchObject({ ok: true, database: { kind: "postgres", reachable: true, migration: newest, migrationsApplied: journal.entries.length } });
  }
  const database = db!;
  const [migrations] = await query<{ n: number; distinct: number }>(database.url, "select count(*)::int as n, count(distinct hash)::int as distinct from drizzle.__drizzle_migrations");
  expect(migrations).toEqual({ n: journal.entries.length, distinct: journal.entries.length });
  const demo = await query<{ email: string }>(database.url, "select email from app_user where email like '%@rapporteur.test' order by email");
  expect(demo.map((u) => u.email)).toEqual(Object.values(DEMO).sort());
  // The first cycles and their demo replies exist once (each start skips what is already there).
  const cycles = await query<{ slug: string; replies: number }>(
    database.url,
    "select c.slug, count(s.id)::int as replies from reporting_cycle c left join submission s on s.cycle_id = c.id group by c.slug order by c.slug",
  );
  expect(cycles.map((c) => c.slug)).toEqual(expect.arrayContaining(["sc-2026"]));
  expect(new Set(cycles.map((c) => c.slug)).size).toBe(cycles.length);
  for (const server of [a!, b!]) {
    expect(server.output(), `server ${server.port}`).not.toMatch(/Database not ready at start|Background jobs not started/);
  }
});

test("a session made on one instance is honoured by the other", async () => {
  const api = await playwrightRequest.newContext();
  try {
    expect(await credentialsSignIn(api, a!, DEMO.STATE_FOCAL_POINT, DEMO_PASSWORD)).toBeNull();
    const [focal] = await query<{ id: string }>(db!.url, "select id from app_user where email = $1", [DEMO.STATE_FOCAL_POINT]);
    for (const server of [a!, b!]) {
      const session = await api.get(`${server.baseURL}/api/auth/session`);
      expect(await session.json(), `session on ${server.port}`).toMatchObject({ user: { id: focal!.id } });
      const workspace = await api.get(`${server.baseURL}/workspace`, { maxRedirects: 0 });
      expect(workspace.status(), `workspace on ${server.port}`).toBe(200);
      expect(await workspace.text(), `workspace on ${server.port}`).toContain("Ghana");
    }
    // Neither instance was given NEXTAUTH_SECRET: both sign with the one secret generated into the database.
    const [secret] = await query<{ n: number }>(db!.url, "select count(*)::int as n from app_setting where key = 'nextauth_secret'");
    expect(secret!.n).toBe(1);
  } finally {
    await api.dispose();
  }
});

test("an answer saved through one instance is read through the other, and back", async ({ browser }) => {
  // Signed in on A (the context's base URL); B's pages are opened by their full address. The session
  // cookie is for "localhost", whatever the port, so B receives the cookie A set.
  const context = await browser.newContext({ baseURL: a!.baseURL });
  try {
    const pageA = await context.newPage();
    await signInThroughForm(pageA, DEMO.STATE_FOCAL_POINT, DEMO_PASSWORD, "/workspace");
    await pageA.goto(`${a!.baseURL}/workspace/sc-2026/a`);
    const title = pageA.getByLabel("Title", { exact: true });
    await title.fill("Saved through instance A");
    await title.press("Tab");
    await expect(pageA.getByTestId("save-status")).toHaveText(/^Saved at /);

    const pageB = await context.newPage();
    await pageB.goto(`${b!.baseURL}/workspace/sc-2026/a`);
    await expect(pageB.getByRole("heading", { level: 1, name: "A. About this reply" })).toBeVisible();
    await expect(pageB.getByLabel("Title", { exact: true })).toHaveValue("Saved through instance A");
    const ministry = pageB.getByLabel("Ministry or agency", { exact: true });
    await ministry.fill("Saved through instance B");
    await ministry.press("Tab");
    await expect(pageB.getByTestId("save-status")).toHaveText(/^Saved at /);

    await pageA.reload();
    await expect(pageA.getByLabel("Ministry or agency", { exact: true })).toHaveValue("Saved through instance B");
  } finally {
    await context.close();
  }
});

test("the sign-in limit counts failed attempts made on both instances", async () => {
  const api = await playwrightRequest.newContext();
  try {
    const email = DEMO.STATE_CONTRIBUTOR;
    const servers = [a!, b!];
    // Five wrong passwords (the per-account limit), alternating between the instances.
    for (let i = 0; i < 5; i++) {
      expect(await credentialsSignIn(api, servers[i % 2]!, email, `Wrong password number ${i}`), `attempt ${i + 1}`).toBe("INVALID");
    }
    // Now the right password is refused on either instance: the count lives in the database.
    expect(await credentialsSignIn(api, a!, email, DEMO_PASSWORD)).toBe("RATE_LIMITED");
    expect(await credentialsSignIn(api, b!, email, DEMO_PASSWORD)).toBe("RATE_LIMITED");
    const [failures] = await query<{ n: number }>(db!.url, "select count(*)::int as n from sign_in_attempt where email_key = $1 and not succeeded", [email]);
    expect(failures!.n).toBe(5);
    // Another account is not affected.
    expect(await credentialsSignIn(api, b!, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD)).toBeNull();
  } finally {
    await api.dispose();
  }
});

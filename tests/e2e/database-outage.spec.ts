import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import {
  createDatabase,
  cutOffDatabase,
  dropDatabase,
  freePort,
  health,
  query,
  restoreDatabase,
  startApp,
  stopApp,
  waitUntilHealthy,
  type AppServer,
  type TestDatabase,
} from "./support/postgres-app";

// A database outage while a State's focal point is typing (issue 6, point 2). A production server of
// its own on a fresh PostgreSQL database (the other journeys use the embedded one); the outage is made
// for that database only — new connections refused, open ones terminated, as after a restart or a
// failover — and then ended. The demo focal point (Ghana) of this database is this journey's alone.

let db: TestDatabase | undefined;
let app: AppServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  db = await createDatabase("outage");
  app = startApp({ databaseUrl: db.url, port: await freePort() });
  await waitUntilHealthy(app);
});

test.afterAll(async () => {
  test.setTimeout(60_000);
  try {
    await stopApp(app);
  } finally {
    await dropDatabase(db);
  }
});

const saveStatus = (page: Page) => page.getByTestId("save-status");

/** META-04 of Ghana's reply in sc-2026, as stored (read on a connection of the test's own). */
async function storedMeta04(database: TestDatabase): Promise<Record<string, unknown> | null> {
  const rows = await query<{ value: Record<string, unknown> }>(
    database.url,
    `select a.value from answer a
       join submission s on s.id = a.submission_id
       join reporting_cycle c on c.id = s.cycle_id
      where c.slug = 'sc-2026' and s.member_state_id = 'GHA' and a.question_id = 'META-04'`,
  );
  return rows[0]?.value ?? null;
}

test("edits typed while the database is away are kept in the browser and reach the database when it returns, without a reload", async ({ browser }) => {
  test.setTimeout(120_000);
  const server = app!;
  const database = db!;
  const context = await browser.newContext({ baseURL: server.baseURL });
  try {
    const page = await context.newPage();
    await signInThroughForm(page, DEMO.STATE_FOCAL_POINT, DEMO_PASSWORD, "/workspace");
    await page.goto("/workspace/sc-2026/a");
    await expect(page.getByRole("heading", { level: 1, name: "A. About this reply" })).toBeVisible();
    // Survives only as long as the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { __sameDocument: "outage-journey" }));

    const title = page.getByLabel("Title", { exact: true });
    await title.fill("Head of the Anti-Trafficking Unit");
    await title.press("Tab");
    await expect(saveStatus(page)).toHaveText(/^Saved at /);
    expect(await storedMeta04(database)).toMatchObject({ title: "Head of the Anti-Trafficking Unit" });

    const outageStarted = Date.now();
    const cut = await cutOffDatabase(database);
    console.log(`[outage] database ${database.name} refused and ${cut} open connection(s) terminated`);

    await test.step("the health endpoint reports the outage", async () => {
      await expect.poll(async () => (await health(server))?.status, { timeout: 15_000 }).toBe(503);
      const answer = await health(server);
      expect(answer?.body).toMatchObject({ ok: false, database: { kind: "postgres", reachable: false } });
    });

    await test.step("edits made during the outage are kept in the browser, shown as not sent", async () => {
      const ministry = page.getByLabel("Ministry or agency", { exact: true });
      await ministry.fill("Ministry of the Interior, Anti-Trafficking Secretariat");
      await ministry.press("Tab");
      await expect(saveStatus(page)).toHaveText(/^Offline — your changes are kept and will be sent/, { timeout: 15_000 });
      await title.fill("Director, Anti-Trafficking Unit");
      await title.press("Tab");
      // At least one automatic retry (every 5 seconds) fails while the database is still away.
      await page.waitForTimeout(6_000);
      await expect(saveStatus(page)).toHaveText(/^Offline — your changes are kept and will be sent/);
      console.log(`[outage] the page said: "${await saveStatus(page).textContent()}"`);
      const kept = await page.evaluate(() =>
        Object.entries(window.localStorage)
          .filter(([key]) => key.startsWith("rapporteur.pending."))
          .map(([, value]) => value)
          .join("\n"),
      );
      expect(kept).toContain("Ministry of the Interior, Anti-Trafficking Secretariat");
      expect(kept).toContain("Director, Anti-Trafficking Unit");
    });
    const outageMs = Date.now() - outageStarted;

    await restoreDatabase(database);
    const back = Date.now();

    await test.step("the app recovers by itself: health is 200 again", async () => {
      await expect.poll(async () => (await health(server))?.status, { timeout: 30_000, intervals: [100] }).toBe(200);
    });
    const healthyMs = Date.now() - back;

    await test.step("the kept edits are sent without a reload and are in the database", async () => {
      await expect(saveStatus(page)).toHaveText(/^Saved at /, { timeout: 30_000 });
      const savedMs = Date.now() - back;
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: string }).__sameDocument)).toBe("outage-journey");
      expect(await storedMeta04(database)).toMatchObject({
        title: "Director, Anti-Trafficking Unit",
        ministryOrAgency: "Ministry of the Interior, Anti-Trafficking Secretariat",
      });
      const figures = `outage ${outageMs} ms; after the database returned: /api/health 200 in ${healthyMs} ms, kept edits saved in ${savedMs} ms`;
      console.log(`[outage] ${figures}`);
      test.info().annotations.push({ type: "recovery", description: figures });
    });

    await test.step("a fresh page reads the edits from the server, not from the browser's copy", async () => {
      await page.evaluate(() => window.localStorage.clear());
      await page.reload();
      await expect(page.getByLabel("Ministry or agency", { exact: true })).toHaveValue("Ministry of the Interior, Anti-Trafficking Secretariat");
      await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Director, Anti-Trafficking Unit");
    });
  } finally {
    await context.close();
  }
});

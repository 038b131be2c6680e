import { expect, test, type Response } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, uniqueEmail, uniqueSuffix } from "./support/accounts";
import { INVALID_CREDENTIALS, RATE_LIMITED, SESSION_COOKIE, signInThroughForm, submitSignIn } from "./support/auth";
import { createActiveUser } from "./support/users";

/** The headers every page and API response must carry. */
function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  const csp = headers["content-security-policy"];
  expect(csp, `${what}: Content-Security-Policy`).toBeDefined();
  expect(csp, `${what}: no 'unsafe-eval'`).not.toContain("'unsafe-eval'");
  expect(csp, `${what}: frame-ancestors`).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(headers["referrer-policy"], `${what}: Referrer-Policy`).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
}

/** Checks a page response and every redirect that led to it. */
async function checkPage(response: Response | null, what: string) {
  expect(response, what).not.toBeNull();
  const hops: Response[] = [response!];
  for (let from = response!.request().redirectedFrom(); from; from = from.redirectedFrom()) {
    const hop = await from.response();
    if (hop) hops.push(hop);
  }
  for (const hop of hops) expectSecurityHeaders(await hop.allHeaders(), `${what} (${hop.status()} ${new URL(hop.url()).pathname})`);
}

test("pages, redirects, the not-found page and /api/health carry the security headers", async ({ page, request }) => {
  for (const path of ["/sign-in", "/reset-password", "/invitation/not-a-real-token-123", "/workspace", "/no-such-page"]) {
    await test.step(`anonymous ${path}`, async () => checkPage(await page.goto(path), `anonymous ${path}`));
  }
  await signInThroughForm(page, DEMO.ADMIN, DEMO_PASSWORD, "/admin/users");
  for (const path of ["/", "/admin/users", "/account", "/workspace", "/no-such-page"]) {
    await test.step(`admin ${path}`, async () => checkPage(await page.goto(path), `admin ${path}`));
  }
  await test.step("/api/health", async () => {
    const health = await request.get("/api/health");
    expectSecurityHeaders(health.headers(), "/api/health");
  });
});

test("/api/health reports the embedded database and its migration", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const body = (await response.json()) as { ok: boolean; database: { kind: string; reachable: boolean; migration: string | null; migrationsApplied: number } };
  expect(body.ok).toBe(true);
  expect(body.database.kind).toBe("pglite");
  expect(body.database.reachable).toBe(true);
  expect(body.database.migration).toMatch(/^\d{4}_[a-z0-9_]+$/);
  expect(body.database.migrationsApplied).toBeGreaterThan(0);
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/cycles\/sc-2026$/);
  const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(session, "session cookie").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.path).toBe("/");
});

test("disabling a user ends the session they already have", async ({ browser, baseURL }) => {
  const contributor = await createActiveUser(browser, baseURL!, {
    name: `Contributor of Ghana ${uniqueSuffix()}`,
    email: uniqueEmail("contrib.gha"),
    role: "State contributor",
    memberState: "Ghana",
  });
  const contributorContext = await browser.newContext();
  const adminContext = await browser.newContext();
  try {
    const own = await contributorContext.newPage();
    await signInThroughForm(own, contributor.email, contributor.password, "/workspace");
    await expect(own.getByRole("heading", { level: 1, name: "Workspace of Ghana" })).toBeVisible();

    const admin = await adminContext.newPage();
    await signInThroughForm(admin, DEMO.ADMIN, DEMO_PASSWORD, "/admin/users");
    const row = admin.getByRole("table", { name: "All users" }).getByRole("row").filter({ hasText: contributor.email });
    await row.getByRole("button", { name: `Disable ${contributor.email}`, exact: true }).click();
    await expect(row.getByRole("status")).toHaveText("The user is disabled and signed out.");
    await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();
    await expect(row.getByRole("button", { name: `Enable ${contributor.email}`, exact: true })).toBeVisible();

    // The contributor's browser still holds its cookie; the next page load must not honour it.
    await own.reload();
    await expect(own).toHaveURL((url) => url.pathname === "/sign-in");
    await expect(own.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    const response = await own.goto("/workspace");
    expect(new URL(own.url()).pathname).toBe("/sign-in");
    expect(response?.status()).toBe(200);

    // Nor can they sign in again; the refusal does not say why.
    await submitSignIn(own, contributor.email, contributor.password);
    await expect(own.getByRole("main").getByRole("alert")).toHaveText(INVALID_CREDENTIALS);
  } finally {
    await contributorContext.close();
    await adminContext.close();
  }
});

test("six wrong passwords lock the account for a while, even against the right password", async ({ page, browser, baseURL }) => {
  // An account of its own: after this test it cannot sign in for 15 minutes.
  const target = await createActiveUser(browser, baseURL!, {
    name: `Locked reviewer ${uniqueSuffix()}`,
    email: uniqueEmail("locked"),
    role: "Secretariat reviewer",
  });
  const alert = page.getByRole("main").getByRole("alert");
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await submitSignIn(page, target.email, `wrong password number ${attempt}`);
    await expect(alert, `attempt ${attempt}`).toHaveText(INVALID_CREDENTIALS);
  }
  await submitSignIn(page, target.email, "wrong password number 6");
  await expect(alert).toHaveText(RATE_LIMITED);

  await submitSignIn(page, target.email, target.password);
  await expect(alert).toHaveText(RATE_LIMITED);
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  expect((await page.context().cookies()).find((c) => c.name === "next-auth.session-token")).toBeUndefined();

  // The lock is per account: another account signs in from the same address.
  const other = await browser.newContext();
  try {
    await signInThroughForm(await other.newPage(), DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/cycles\/sc-2026$/);
  } finally {
    await other.close();
  }
});

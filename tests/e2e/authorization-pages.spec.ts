import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, type DemoRole } from "./support/accounts";
import { keepScreenshot } from "./support/artifacts";
import { signInWithRequest } from "./support/auth";

/** Every page behind sign-in, with the heading a permitted visitor sees. */
const PAGES = {
  "/workspace": "Workspace of Ghana",
  // /dashboard itself redirects to the current cycle's dashboard.
  "/cycles": "Reporting cycles",
  "/cycles/sc-2026": "Dashboard",
  "/admin/users": "Users",
  "/admin/member-states": "Member States",
  "/admin/questionnaires": "Questionnaire translations",
  "/admin/outbox": "Outbox",
  "/admin/audit": "Audit log",
  "/account": "Your account",
  "/account/two-factor": "Two-factor authentication",
} as const;

type ProtectedPath = keyof typeof PAGES;
type Access = "allowed" | "denied";

/**
 * Who may open what, written out from lib/auth/permissions.ts: area:admin (ADMIN) opens the admin
 * pages, area:secretariat (ADMIN, reviewer, editor) the cycles and their dashboards, area:state (focal point,
 * contributor) the workspace; every signed-in user has their account pages. Both demo State users
 * belong to Ghana, hence the workspace heading above.
 */
const EXPECTED: Record<DemoRole, Record<ProtectedPath, Access>> = {
  ADMIN: {
    "/workspace": "denied",
    "/cycles": "allowed",
    "/cycles/sc-2026": "allowed",
    "/admin/users": "allowed",
    "/admin/member-states": "allowed",
    "/admin/questionnaires": "allowed",
    "/admin/outbox": "allowed",
    "/admin/audit": "allowed",
    "/account": "allowed",
    "/account/two-factor": "allowed",
  },
  SECRETARIAT_REVIEWER: {
    "/workspace": "denied",
    "/cycles": "allowed",
    "/cycles/sc-2026": "allowed",
    "/admin/users": "denied",
    "/admin/member-states": "denied",
    "/admin/questionnaires": "denied",
    "/admin/outbox": "denied",
    "/admin/audit": "denied",
    "/account": "allowed",
    "/account/two-factor": "allowed",
  },
  REPORT_EDITOR: {
    "/workspace": "denied",
    "/cycles": "allowed",
    "/cycles/sc-2026": "allowed",
    "/admin/users": "denied",
    "/admin/member-states": "denied",
    "/admin/questionnaires": "denied",
    "/admin/outbox": "denied",
    "/admin/audit": "denied",
    "/account": "allowed",
    "/account/two-factor": "allowed",
  },
  STATE_FOCAL_POINT: {
    "/workspace": "allowed",
    "/cycles": "denied",
    "/cycles/sc-2026": "denied",
    "/admin/users": "denied",
    "/admin/member-states": "denied",
    "/admin/questionnaires": "denied",
    "/admin/outbox": "denied",
    "/admin/audit": "denied",
    "/account": "allowed",
    "/account/two-factor": "allowed",
  },
  STATE_CONTRIBUTOR: {
    "/workspace": "allowed",
    "/cycles": "denied",
    "/cycles/sc-2026": "denied",
    "/admin/users": "denied",
    "/admin/member-states": "denied",
    "/admin/questionnaires": "denied",
    "/admin/outbox": "denied",
    "/admin/audit": "denied",
    "/account": "allowed",
    "/account/two-factor": "allowed",
  },
};

const PATHS = Object.keys(PAGES) as ProtectedPath[];

for (const role of Object.keys(EXPECTED) as DemoRole[]) {
  test(`${role} opens exactly the pages the permission table grants`, async ({ page }) => {
    await signInWithRequest(page.context().request, DEMO[role], DEMO_PASSWORD);
    for (const path of PATHS) {
      const access = EXPECTED[role][path];
      await test.step(`${path} is ${access}`, async () => {
        const response = await page.goto(path);
        expect(new URL(page.url()).pathname, `${role} stays on ${path}`).toBe(path);
        if (access === "allowed") {
          expect(response?.status(), `${role} ${path}`).toBe(200);
          await expect(page.getByRole("heading", { level: 1, name: PAGES[path], exact: true })).toBeVisible();
          await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
          if (role === "STATE_FOCAL_POINT" && path === "/workspace") await keepScreenshot(page, "focal-point-workspace-ghana");
        } else {
          expect(response?.status(), `${role} ${path}`).toBe(404);
          await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
          await expect(page.getByText("The page does not exist or you do not have access to it.")).toBeVisible();
          await expect(page.getByRole("heading", { level: 1, name: PAGES[path], exact: true })).toHaveCount(0);
        }
      });
    }
  });
}

test("anonymous visitors are sent to sign-in from every protected page", async ({ page }) => {
  for (const path of PATHS) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      const url = new URL(page.url());
      expect(url.pathname, path).toBe("/sign-in");
      expect(url.searchParams.get("callbackUrl"), path).toBe(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.request().redirectedFrom(), `${path} was redirected`).not.toBeNull();
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: PAGES[path], exact: true })).toHaveCount(0);
    });
  }
});

/**
 * The report pages, from lib/auth/permissions.ts: report:edit (ADMIN, REPORT_EDITOR) may generate and
 * edit drafts, report:read alone (SECRETARIAT_REVIEWER) may read them and download the files; State
 * roles and anonymous visitors reach none of them. One draft of sc-2026 is generated first.
 */
const REPORT_ACCESS: Record<DemoRole, "edit" | "read" | "denied"> = {
  ADMIN: "edit",
  SECRETARIAT_REVIEWER: "read",
  REPORT_EDITOR: "edit",
  STATE_FOCAL_POINT: "denied",
  STATE_CONTRIBUTOR: "denied",
};

test.describe("report pages", () => {
  let reportPath = "";
  let reportId = "";
  const symbol = `S/2026/AUTH-${Date.now().toString(36)}`;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    await signInWithRequest(page.context().request, DEMO.REPORT_EDITOR, DEMO_PASSWORD);
    await page.goto("/cycles/sc-2026/reports");
    const form = page.getByRole("form", { name: "New draft" });
    await form.getByLabel("Document symbol").fill(symbol);
    await form.getByRole("button", { name: "Generate the draft" }).click();
    await expect(page).toHaveURL(/\/cycles\/sc-2026\/reports\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    reportPath = new URL(page.url()).pathname;
    reportId = reportPath.split("/").pop()!;
    await page.context().close();
  });

  for (const role of Object.keys(REPORT_ACCESS) as DemoRole[]) {
    const access = REPORT_ACCESS[role];
    test(`${role} ${access === "denied" ? "reaches no report page" : access === "read" ? "reads drafts without edit controls" : "generates and edits drafts"}`, async ({ page }) => {
      await signInWithRequest(page.context().request, DEMO[role], DEMO_PASSWORD);
      const pages = ["/cycles/sc-2026/reports", reportPath, `${reportPath}/versions`, `${reportPath}/compare?from=1&to=1`];
      for (const path of pages) {
        await test.step(path, async () => {
          const response = await page.goto(path);
          if (access === "denied") {
            expect(response?.status(), `${role} ${path}`).toBe(404);
            await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
            await expect(page.getByText(symbol)).toHaveCount(0);
            return;
          }
          expect(response?.status(), `${role} ${path}`).toBe(200);
          await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
          if (path === "/cycles/sc-2026/reports") {
            await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
            await expect(page.getByRole("form", { name: "New draft" })).toHaveCount(access === "edit" ? 1 : 0);
          }
          if (path === reportPath) {
            await expect(page.getByTestId("report-symbol")).toHaveText(symbol);
            await expect(page.getByRole("button", { name: "Regenerate" })).toHaveCount(access === "edit" ? 1 : 0);
            await expect(page.getByRole("button", { name: "Edit paragraph 1", exact: true })).toHaveCount(access === "edit" ? 1 : 0);
            await expect(page.getByRole("button", { name: "Download PDF" })).toBeVisible();
          }
        });
      }
      await test.step("the JSON export", async () => {
        const response = await page.context().request.get(`/api/reports/${reportId}/export?format=json`);
        if (access === "denied") {
          expect([403, 404], `${role} export`).toContain(response.status());
          expect(await response.text()).not.toContain(symbol);
        } else {
          expect(response.status(), `${role} export`).toBe(200);
          expect(await response.text()).toContain(symbol);
        }
      });
    });
  }

  test("anonymous visitors are sent to sign-in from the report pages and get no file", async ({ page }) => {
    for (const path of ["/cycles/sc-2026/reports", reportPath, `${reportPath}/versions`]) {
      await page.goto(path);
      const url = new URL(page.url());
      expect(url.pathname, path).toBe("/sign-in");
      expect(url.searchParams.get("callbackUrl"), path).toBe(path);
    }
    // The proxy sends the anonymous download to sign-in too.
    const response = await page.context().request.get(`/api/reports/${reportId}/export?format=json`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/sign-in?callbackUrl=");
    expect(await response.text()).not.toContain(symbol);
  });
});

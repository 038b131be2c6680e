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

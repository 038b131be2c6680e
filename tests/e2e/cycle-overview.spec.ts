import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm, signInWithRequest } from "./support/auth";

const CYCLE_TITLE = "Trafficking in persons in armed conflict: report of the Secretary-General (2026)";

test("a focal point opens the open Security Council cycle and sees every section with its progress", async ({ page }) => {
  await signInThroughForm(page, DEMO.STATE_FOCAL_POINT, DEMO_PASSWORD, "/workspace");
  await expect(page.getByText(/Cycle open · your reply: (not started|in progress)/)).toBeVisible();
  // The closed 2024 cycle is listed but cannot be opened: Ghana never replied in it.
  await expect(page.getByText("Trafficking in persons in armed conflict: report of the Secretary-General (2024)")).toBeVisible();
  await expect(page.getByRole("link", { name: /\(2024\)/ })).toHaveCount(0);

  await page.getByRole("link", { name: CYCLE_TITLE }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/workspace/sc-2026");
  await expect(page.getByRole("heading", { level: 1, name: CYCLE_TITLE })).toBeVisible();
  await expect(page.getByText("Deadline: January 31, 2027.", { exact: false })).toBeVisible();

  const table = page.getByRole("table", { name: "Sections of the questionnaire and their completion" });
  const rows = table.getByRole("row");
  // Header + sections A to K: the conflict section J is on in a Security Council cycle.
  await expect(rows).toHaveCount(12);
  await expect(table.getByRole("cell", { name: "J. Conflict-specific questions" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "% of the required questions answered" })).toContainText("0 %");

  // Ghana has no accepted reply from an earlier cycle, so there is nothing to carry forward.
  await page.getByRole("button", { name: "Start from our previous reply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "no accepted reply" })).toHaveText(
    "There is no accepted reply of your State from an earlier cycle to start from.",
  );
});

test("the secretariat cannot open a State's workspace pages", async ({ request }) => {
  await signInWithRequest(request, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD);
  const response = await request.get("/workspace/sc-2026", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});

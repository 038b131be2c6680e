import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm } from "./support/auth";

// All three journeys edit the demo State's (Ghana's) reply in the open cycle, each a different field
// of META-04, loading the page afresh, so they do not depend on each other's order.
const SECTION_A = "/workspace/sc-2026/a";

const saveStatus = (page: Page) => page.getByTestId("save-status");

async function openSectionA(page: Page, email: string) {
  await signInThroughForm(page, email, DEMO_PASSWORD, "/workspace");
  await page.goto(SECTION_A);
  await expect(page.getByRole("heading", { level: 1, name: "A. About this reply" })).toBeVisible();
}

test("an answer is saved automatically and survives a reload", async ({ page }) => {
  await openSectionA(page, DEMO.STATE_FOCAL_POINT);
  const title = page.getByLabel("Title", { exact: true });
  await title.fill("Director of Legal Affairs");
  await title.press("Tab");
  await expect(saveStatus(page)).toHaveText(/^Saved at /);
  await page.reload();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Director of Legal Affairs");
});

test("edits made offline are kept, shown as waiting, and reach the server when the connection returns", async ({ page, context }) => {
  await openSectionA(page, DEMO.STATE_CONTRIBUTOR);
  await context.setOffline(true);
  const ministry = page.getByLabel("Ministry or agency", { exact: true });
  await ministry.fill("Ministry of Foreign Affairs and Regional Integration");
  await ministry.press("Tab");
  await expect(saveStatus(page)).toHaveText("Offline — your changes are kept and will be sent");
  await context.setOffline(false);
  await expect(saveStatus(page)).toHaveText(/^Saved at /, { timeout: 15_000 });

  // A fresh page reads the answer from the server, not from the browser's copy.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(page.getByLabel("Ministry or agency", { exact: true })).toHaveValue("Ministry of Foreign Affairs and Regional Integration");
});

test("an edit kept in the browser while offline is sent after the tab is closed and reopened", async ({ page, context }) => {
  await openSectionA(page, DEMO.STATE_CONTRIBUTOR);
  await context.setOffline(true);
  const email = page.getByLabel("E-mail", { exact: true });
  await email.fill("tip.unit@mfa.gov.gh");
  await email.press("Tab");
  await expect(saveStatus(page)).toHaveText("Offline — your changes are kept and will be sent");
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(SECTION_A);
  await expect(again.getByLabel("E-mail", { exact: true })).toHaveValue("tip.unit@mfa.gov.gh");
  await expect(again.getByTestId("save-status")).toHaveText(/^Saved at /);
  await again.evaluate(() => window.localStorage.clear());
  await again.reload();
  await expect(again.getByLabel("E-mail", { exact: true })).toHaveValue("tip.unit@mfa.gov.gh");
});

test("two colleagues editing the same answer get the conflict choice, and nothing is overwritten silently", async ({ browser }) => {
  const focal = await browser.newContext();
  const contributor = await browser.newContext();
  const a = await focal.newPage();
  const b = await contributor.newPage();
  await openSectionA(a, DEMO.STATE_FOCAL_POINT);
  await openSectionA(b, DEMO.STATE_CONTRIBUTOR);

  const nameA = a.getByLabel("Name of the focal point", { exact: true });
  await nameA.fill("Kwame Mensah");
  await nameA.press("Tab");
  await expect(saveStatus(a)).toHaveText(/^Saved at /);

  // The contributor's page still holds the older version of the answer.
  const nameB = b.getByLabel("Name of the focal point", { exact: true });
  await nameB.fill("K. A. Mensah");
  await nameB.press("Tab");
  const conflict = b.getByRole("alert", { name: "Conflicting edits on META-04" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("region", { name: "Their answer" })).toContainText("Kwame Mensah");
  await expect(conflict.getByRole("region", { name: "Your answer" })).toContainText("K. A. Mensah");
  await conflict.getByRole("button", { name: "Keep my answer" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(saveStatus(b)).toHaveText(/^Saved at /);

  await a.reload();
  await expect(a.getByLabel("Name of the focal point", { exact: true })).toHaveValue("K. A. Mensah");
  await focal.close();
  await contributor.close();
});

import { expect, test } from "@playwright/test";
import { answerEveryRequiredQuestion, pressOn, question } from "./support/questionnaire";
import { uniqueEmail } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { createActiveUser } from "./support/users";

// A focal point of a State no other journey uses answers every required question of the open
// Security Council cycle with the keyboard alone (focus, Space, typing, Enter), then signs off and submits.

test("a focal point completes the whole questionnaire by keyboard and submits it", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const account = await createActiveUser(browser, baseURL!, {
    name: "Focal point of Norway",
    email: uniqueEmail("focal.nor"),
    role: "State focal point",
    memberState: "Norway",
  });
  await signInThroughForm(page, account.email, account.password, "/workspace");
  await page.goto("/workspace/sc-2026/a");
  await answerEveryRequiredQuestion(page, { name: "Ingrid Hansen", email: "tip@jd.dep.no" });

  await expect(page.getByTestId("save-status")).toHaveText(/^(Saved at |All changes saved)/);
  await pressOn(page, page.getByRole("link", { name: "Next section", exact: true }), "Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Sign-off and submission" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Every required question is answered." })).toBeVisible();

  await pressOn(page, page.getByLabel("I confirm that this reply has been reviewed and is submitted on behalf of my Government."), "Space");
  await pressOn(page, page.getByRole("button", { name: "Submit the reply" }), "Enter");
  // The receipt: the submitted version, its time and the fingerprint of the snapshot.
  const receipt = page.getByRole("status").filter({ hasText: "Version 1 of this reply was submitted on" });
  await expect(receipt).toBeVisible();
  await expect(receipt.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  const downloading = page.waitForEvent("download");
  await pressOn(page, receipt.getByRole("link", { name: "Download the receipt (PDF)" }), "Enter");
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("receipt-NOR-sc-2026-v1.pdf");
  const { readFile } = await import("node:fs/promises");
  expect((await readFile((await download.path())!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // The reply is now locked: the section pages are read-only.
  await page.goto("/workspace/sc-2026/a");
  await expect(page.getByText("This reply can no longer be changed: it has been submitted, or the cycle is closed.")).toBeVisible();
  await expect(question(page, "META-04").getByLabel("Title", { exact: true })).toBeDisabled();
});

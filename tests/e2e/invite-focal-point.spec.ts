import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, goodPassword, uniqueEmail, uniqueSuffix } from "./support/accounts";
import { keepScreenshot } from "./support/artifacts";
import { INVALID_CREDENTIALS, signInThroughForm, signOutThroughHeader, submitSignIn } from "./support/auth";
import { acceptInvitation, invitationLinkFromOutbox, inviteThroughUsersPage } from "./support/users";

const BOLIVIA = "Bolivia (Plurinational State of)";

test("an administrator invites a focal point of Bolivia, who activates the account and sees only Bolivia's workspace", async ({ page, baseURL }) => {
  const email = uniqueEmail("focal.bol");
  const name = `Focal point of Bolivia ${uniqueSuffix()}`;
  let link = "";

  await test.step("the admin invites the focal point from the Users page", async () => {
    await signInThroughForm(page, DEMO.ADMIN, DEMO_PASSWORD, "/admin/users");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
    await inviteThroughUsersPage(page, { name, email, role: "State focal point", memberState: BOLIVIA });
    const row = page.getByRole("table", { name: "All users" }).getByRole("row").filter({ hasText: email });
    await expect(row.getByRole("cell", { name: "State focal point", exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: BOLIVIA, exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Invited", exact: true })).toBeVisible();
    await keepScreenshot(page, "admin-users");
  });

  await test.step("the admin reads the invitation link in the outbox and signs out", async () => {
    link = await invitationLinkFromOutbox(page, email, baseURL!);
    await signOutThroughHeader(page);
  });

  await test.step("the invitee refuses a too-short and a common password, then sets a good one", async () => {
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
    await expect(page.getByText(`Welcome, ${name}. Choose a password to activate your account.`)).toBeVisible();
    await expect(page.getByText(`Account: ${email}`)).toBeVisible();

    const password = page.getByLabel("New password", { exact: true });
    const repeat = page.getByLabel("Repeat the new password", { exact: true });
    const submit = page.getByRole("button", { name: "Set password" });

    await password.fill("short");
    await repeat.fill("short");
    await submit.click();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/Use at least 12 characters\./);

    // Long enough for the browser's check; refused by the server's common-password list.
    await password.fill("password1234");
    await repeat.fill("password1234");
    await submit.click();
    await expect(password).toHaveAccessibleDescription(/This password is too common\. Choose a less predictable one\./);
    await expect(page).toHaveURL((url) => url.pathname.startsWith("/invitation/"));
  });

  const chosen = goodPassword();
  await test.step("the good password is accepted", async () => {
    await acceptInvitation(page, link, chosen);
  });

  await test.step("a wrong password and an unknown e-mail get the same generic refusal", async () => {
    await submitSignIn(page, email, `${chosen} but wrong`);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toHaveText(INVALID_CREDENTIALS);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");

    await submitSignIn(page, uniqueEmail("nobody"), chosen);
    await expect(alert).toHaveText(INVALID_CREDENTIALS);
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  });

  await test.step("the focal point signs in and lands in Bolivia's workspace, without Ghana's people", async () => {
    await submitSignIn(page, email, chosen);
    await expect(page).toHaveURL((url) => url.pathname === "/workspace");
    await expect(page.getByRole("heading", { level: 1, name: `Workspace of ${BOLIVIA}` })).toBeVisible();
    await expect(page.getByText("You work here as State focal point.", { exact: false })).toBeVisible();
    const team = page.getByRole("table", { name: `People working on the reply of ${BOLIVIA}` });
    await expect(team.getByRole("row").filter({ hasText: email })).toBeVisible();
    // The header row and the focal point: nobody else works for Bolivia yet.
    await expect(team.getByRole("row")).toHaveCount(2);
    const main = page.getByRole("main");
    await expect(main).not.toContainText("Ghana");
    await expect(main).not.toContainText(DEMO.STATE_FOCAL_POINT);
    await expect(main).not.toContainText(DEMO.STATE_CONTRIBUTOR);
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Workspace" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveCount(0);
    await keepScreenshot(page, "focal-point-workspace-bolivia");
  });

  await test.step("the secretariat's and the admin's pages do not exist for the focal point", async () => {
    for (const path of ["/admin/users", "/dashboard"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1, name: /^(Users|Dashboard)$/ })).toHaveCount(0);
    }
  });

  await test.step("the invitation link cannot be used twice", async () => {
    await page.goto(link);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "This invitation link is invalid, has expired or has already been used. Ask the person who invited you to send a new one.",
    );
    await expect(page.getByLabel("New password", { exact: true })).toHaveCount(0);
  });
});

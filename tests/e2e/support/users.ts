import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, goodPassword } from "./accounts";
import { signInThroughForm } from "./auth";

export type RoleLabel = "Administrator" | "Secretariat reviewer" | "Report editor" | "State focal point" | "State contributor";

/** The "Invite a user" form on the admin Users page. */
export function inviteForm(page: Page) {
  return page.getByRole("form", { name: "Invite a user" });
}

/** Invites a user from the admin Users page (already open) and waits for the confirmation. */
export async function inviteThroughUsersPage(
  page: Page,
  user: { name: string; email: string; role: RoleLabel; memberState?: string },
): Promise<void> {
  const form = inviteForm(page);
  await form.getByLabel("Name", { exact: true }).fill(user.name);
  await form.getByLabel("E-mail address", { exact: true }).fill(user.email);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: user.role });
  if (user.memberState) await form.getByLabel("Member State", { exact: true }).selectOption({ label: user.memberState });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitation sent to ${user.email}. The link is valid for 72 hours.`);
}

/** Reads the invitation link sent to an address from the admin's outbox (the admin is signed in). */
export async function invitationLinkFromOutbox(page: Page, email: string, baseURL: string): Promise<string> {
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  const message = page.getByRole("article", { name: `Message to ${email}: Your invitation to Rapporteur` });
  await expect(message).toBeVisible();
  const text = (await message.textContent()) ?? "";
  const link = /https?:\/\/\S+\/invitation\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, "invitation link in the e-mail").toBeDefined();
  expect(link!.startsWith(`${baseURL}/invitation/`), `${link} points at this app`).toBe(true);
  return link!;
}

/** Sets a password with an invitation link in an anonymous page and waits for the sign-in page. */
export async function acceptInvitation(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Accept your invitation" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the new password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("done") === "password");
  await expect(page.getByRole("status").filter({ hasText: "Your password is set. You can now sign in." })).toBeVisible();
}

/**
 * A new, active account made the way people make one: the admin invites it, the invitee opens the
 * link from the outbox and chooses a password. Each journey that changes an account uses its own.
 */
export async function createActiveUser(
  browser: Browser,
  baseURL: string,
  user: { name: string; email: string; role: RoleLabel; memberState?: string },
): Promise<{ email: string; password: string }> {
  const admin = await browser.newContext();
  try {
    const page = await admin.newPage();
    await signInThroughForm(page, DEMO.ADMIN, DEMO_PASSWORD, "/admin/users");
    await inviteThroughUsersPage(page, user);
    const link = await invitationLinkFromOutbox(page, user.email, baseURL);
    const invitee = await browser.newContext();
    try {
      const password = goodPassword();
      await acceptInvitation(await invitee.newPage(), link, password);
      return { email: user.email, password };
    } finally {
      await invitee.close();
    }
  } finally {
    await admin.close();
  }
}

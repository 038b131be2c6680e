import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const SESSION_COOKIE = "next-auth.session-token";
export const INVALID_CREDENTIALS = "The e-mail address or password is not correct, or the account cannot sign in.";
export const RATE_LIMITED = "Too many attempts. Please wait 15 minutes and try again.";

/**
 * Fills and submits the sign-in form, as a person would, and waits for the server's answer to the
 * credentials callback (so repeated attempts are counted one by one).
 */
export async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/sign-in")) await page.goto("/sign-in");
  await page.getByLabel("E-mail address", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

/** Signs in through the form and waits until the user's start page has loaded. */
export async function signInThroughForm(page: Page, email: string, password: string, landsOn: string | RegExp): Promise<void> {
  await page.goto("/sign-in");
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(typeof landsOn === "string" ? (url) => url.pathname === landsOn : landsOn);
}

/** Signs in with next-auth's credentials callback; the session cookie lands in the request's context. */
export async function signInWithRequest(request: APIRequestContext, email: string, password: string): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.status()).toBe(200);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  const { url } = (await response.json()) as { url: string };
  expect(url, `sign-in of ${email}`).not.toContain("error=");
}

/** The header's sign-out button; ends on the sign-in page. */
export async function signOutThroughHeader(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
}

import { expect, test, type Page, type Request } from "@playwright/test";
import { pdfBytes } from "../fixtures/files";
import { DEMO, DEMO_PASSWORD, uniqueEmail, uniqueSuffix } from "./support/accounts";
import { SESSION_COOKIE, signInThroughForm } from "./support/auth";
import { createActiveUser, inviteForm, inviteThroughUsersPage } from "./support/users";

// Cross-site requests that would change data are refused, and write nothing:
// - a server action replayed with a foreign Origin (Next.js compares Origin with Host);
// - the attachment routes (they check Origin themselves, lib/server/attachments/read-upload.ts),
//   both when a script replays them and when a page of another site makes the browser send them.
// The session cookie is out of reach of page scripts and not sent on cross-site requests.
// (Secure in production is tested where the https configuration can be set:
// tests/integration/attack-corpus.test.ts, "the session cookie".)

const CYCLE = "sc-2026";
const EVIL = "https://evil.example";

/** Whether a user with this address is listed on the admin Users page (the admin is signed in). */
async function isListed(page: Page, email: string): Promise<boolean> {
  await page.goto("/admin/users");
  await expect(page.getByRole("table", { name: "All users" })).toBeVisible();
  return (await page.getByRole("table", { name: "All users" }).getByRole("row").filter({ hasText: email }).count()) > 0;
}

test("a server action replayed with a foreign Origin is refused and invites nobody; the same replay from the app's origin works", async ({ page, baseURL }) => {
  await signInThroughForm(page, DEMO.ADMIN, DEMO_PASSWORD, "/admin/users");

  // A real invitation through the form, to learn the action's id and request format.
  const first = uniqueEmail("csrf.first");
  const sent = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
  await inviteThroughUsersPage(page, { name: "Legitimate Invitee", email: first, role: "Report editor" });
  const action: Request = await sent;
  const headers = action.headers();
  const body = action.postData() ?? "";
  expect(headers["next-action"], "the action id").toMatch(/^[0-9a-f]{40,}$/);
  expect(body).toContain(first);
  const replay = (origin: string, email: string) =>
    page.request.post(action.url(), {
      headers: {
        "next-action": headers["next-action"]!,
        "next-router-state-tree": headers["next-router-state-tree"] ?? "",
        "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin,
      },
      data: body.replace(first, email),
      maxRedirects: 0,
    });

  for (const origin of [EVIL, "null", `${baseURL}.evil.example`]) {
    const email = uniqueEmail("csrf.refused");
    const response = await replay(origin, email);
    expect(response.status(), `Origin ${origin}`).toBeGreaterThanOrEqual(400);
    expect(await response.text(), `Origin ${origin}`).not.toContain("userId");
    expect(await isListed(page, email), `nobody invited from ${origin}`).toBe(false);
  }

  const control = uniqueEmail("csrf.control");
  const accepted = await replay(baseURL!, control);
  expect(accepted.status()).toBe(200);
  expect(await isListed(page, control), "the same request from the app's own origin invites").toBe(true);
  await expect(inviteForm(page)).toBeVisible();
});

test.describe("attachment routes", () => {
  let account: { email: string; password: string };

  test.beforeAll(async ({ browser, baseURL }) => {
    account = await createActiveUser(browser, baseURL!, { name: "Focal point of Estonia", email: uniqueEmail("focal.est"), role: "State focal point", memberState: "Estonia" });
  });

  test("refuse uploads and deletions with a foreign Origin (403) and keep the files as they were", async ({ page, baseURL }) => {
    await signInThroughForm(page, account.email, account.password, "/workspace");
    // Opening the cycle's workspace starts the State's draft.
    await page.goto(`/workspace/${CYCLE}`);
    const listing = await page.request.get(`/api/attachments?cycle=${CYCLE}&questionId=DOC-01`);
    expect(listing.status()).toBe(200);
    const { submissionId } = (await listing.json()) as { submissionId: string };
    const files = async () => ((await (await page.request.get(`/api/submissions/${submissionId}/attachments?questionId=DOC-01`)).json()) as { attachments: { id: string }[] }).attachments.map((a) => a.id).sort();

    const uploaded = await page.request.post(`/api/submissions/${submissionId}/attachments`, {
      headers: { origin: baseURL! },
      multipart: { questionId: "DOC-01", file: { name: `plan-${uniqueSuffix()}.pdf`, mimeType: "application/pdf", buffer: pdfBytes("Estonia plan") } },
    });
    expect(uploaded.status()).toBe(201);
    const { attachment } = (await uploaded.json()) as { attachment: { id: string } };
    const before = await files();
    expect(before).toContain(attachment.id);

    for (const origin of [EVIL, "null", `${baseURL}.evil.example`]) {
      const upload = await page.request.post(`/api/submissions/${submissionId}/attachments`, {
        headers: { origin },
        multipart: { questionId: "DOC-01", file: { name: "planted.pdf", mimeType: "application/pdf", buffer: pdfBytes("planted") } },
      });
      expect(upload.status(), `upload from ${origin}`).toBe(403);
      const removal = await page.request.delete(`/api/attachments/${attachment.id}`, { headers: { origin } });
      expect(removal.status(), `delete from ${origin}`).toBe(403);
    }
    expect(await files()).toEqual(before);
  });

  test("a page of another site cannot make the browser upload: the session cookie is not sent, so the request is anonymous and refused", async ({ page, baseURL }) => {
    await signInThroughForm(page, account.email, account.password, "/workspace");
    // Opening the cycle's workspace starts the State's draft.
    await page.goto(`/workspace/${CYCLE}`);
    const listing = await page.request.get(`/api/attachments?cycle=${CYCLE}&questionId=DOC-01`);
    const { submissionId } = (await listing.json()) as { submissionId: string };
    const files = async () => ((await (await page.request.get(`/api/submissions/${submissionId}/attachments?questionId=DOC-01`)).json()) as { attachments: { id: string }[] }).attachments.length;
    const before = await files();

    // 127.0.0.1 is another site than localhost (the app's address): the attacker's page is served there.
    const app = new URL(baseURL!);
    const attackerOrigin = `${app.protocol}//127.0.0.1:${app.port}`;
    const target = `${baseURL}/api/submissions/${submissionId}/attachments`;
    // The classic forged request: a form on the attacker's page posted by script (multipart, so the
    // browser sends it without asking the app first).
    await page.route(`${attackerOrigin}/attacker`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><title>Win a prize</title>
          <form method="post" enctype="multipart/form-data" action="${target}"><input name="questionId" value="DOC-01"></form>
          <script>document.forms[0].submit();</script>`,
      }),
    );
    const answered = page.waitForResponse((r) => r.url() === target && r.request().method() === "POST");
    await page.goto(`${attackerOrigin}/attacker`);
    const response = await answered;
    const headers = await response.request().allHeaders();
    expect(headers.origin).toBe(attackerOrigin);
    expect(headers.cookie ?? "", "SameSite=Lax keeps the session cookie off a cross-site POST").not.toContain(SESSION_COOKIE);
    // Without the cookie the request is anonymous: the proxy sends it to the sign-in page before any
    // handler runs (and the handler would refuse the Origin: the test above).
    expect(response.status()).toBe(307);
    expect(new URL(response.headers().location ?? "", baseURL).pathname).toBe("/sign-in");
    expect(await files()).toBe(before);
  });
});

test("the session cookie is HttpOnly (page scripts cannot read it) and SameSite=Lax", async ({ page, context }) => {
  await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/cycles\/sc-2026$/);
  const session = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(session, "a session cookie").toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain(SESSION_COOKIE);
  expect(await page.evaluate(() => document.cookie)).not.toContain(session!.value.slice(0, 20));
});

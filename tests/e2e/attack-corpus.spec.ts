import { expect, test, type Page } from "@playwright/test";
import { combined, VISIBLE_PAYLOADS, payloadsOf } from "../fixtures/attack-corpus";
import { pdfBytes } from "../fixtures/files";
import { DEMO, DEMO_PASSWORD, uniqueEmail, uniqueSuffix } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { question } from "./support/questionnaire";
import { createActiveUser, inviteThroughUsersPage } from "./support/users";

// The attack corpus (tests/fixtures/attack-corpus.ts) in the browser: hostile text typed into answers,
// names and review comments comes back as the same characters, shown as text; no script runs (a
// dialog would fail the journey), no element is injected, no error page. Then another State's ids:
// the API routes answer 404 and the pages show nothing of it. The integration side (storage, PDF,
// Word, spreadsheets, every server function) is tests/integration/attack-corpus.test.ts.
//
// States no other journey uses: Finland types the payloads, Portugal is "the other State"; Sri Lanka's
// reply is seeded as returned, so a reviewer's comment reaches it at once.

const CYCLE = "sc-2026";

/** Fails the test on any dialog (alert, confirm, prompt) a payload might open, and on any 5xx. */
function watch(page: Page): { dialogs: string[]; serverErrors: string[] } {
  const seen = { dialogs: [] as string[], serverErrors: [] as string[] };
  page.on("dialog", (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("response", (response) => {
    if (response.status() >= 500) seen.serverErrors.push(`${response.status()} ${response.url()}`);
  });
  return seen;
}

/** Elements the markup payloads would create if any were parsed as HTML. */
async function expectNothingInjected(page: Page, what: string) {
  const injected = await page.evaluate(() => {
    const suspicious = [...document.querySelectorAll('img[src="x"], svg[onload], iframe, [onerror], [onload], a[href^="javascript:"]')].map((e) => e.outerHTML);
    // An inline script holding a payload outside a JSON string (the page data escapes it) would be one that runs.
    const scripts = [...document.scripts].filter((s) => /^\s*alert\(/.test(s.textContent ?? "")).map((s) => s.outerHTML);
    return [...suspicious, ...scripts];
  });
  expect(injected, `${what}: injected elements`).toEqual([]);
}

function expectClean(seen: { dialogs: string[]; serverErrors: string[] }, what: string) {
  expect(seen.dialogs, `${what}: no dialog opened`).toEqual([]);
  expect(seen.serverErrors, `${what}: no server error`).toEqual([]);
}

test.describe.configure({ mode: "serial" });

let finland: { email: string; password: string };
let portugal: { email: string; password: string };
let sriLanka: { email: string; password: string };

test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  finland = await createActiveUser(browser, baseURL!, { name: "Focal point of Finland", email: uniqueEmail("focal.fin"), role: "State focal point", memberState: "Finland" });
  portugal = await createActiveUser(browser, baseURL!, { name: "Focal point of Portugal", email: uniqueEmail("focal.prt"), role: "State focal point", memberState: "Portugal" });
  sriLanka = await createActiveUser(browser, baseURL!, { name: "Focal point of Sri Lanka", email: uniqueEmail("focal.lka"), role: "State focal point", memberState: "Sri Lanka" });
});

test("a free-text answer full of hostile payloads is saved, reloaded and shown as the same characters", async ({ page }) => {
  const seen = watch(page);
  await signInThroughForm(page, finland.email, finland.password, "/workspace");
  const response = await page.goto(`/workspace/${CYCLE}/k`);
  expect(response?.status()).toBe(200);
  const gp3 = question(page, "GP-03");
  const field = gp3.getByLabel("Other information or comments", { exact: true });
  const text = combined(VISIBLE_PAYLOADS, "\n");
  await field.fill(text.text);
  await field.press("Tab");
  await expect(page.getByTestId("save-status")).toHaveText(/^(Saved at |All changes saved)/);
  await expectNothingInjected(page, "after typing");

  await page.reload();
  await expect(field).toHaveValue(text.stored);
  await expectNothingInjected(page, "after a reload");
  // The single-line "Other (specify)" of GP-02 holds one payload per save.
  const gp2 = question(page, "GP-02");
  for (const p of payloadsOf("markup")) {
    await gp2.getByRole("group", { name: "Main challenges", exact: true }).getByRole("checkbox", { name: "Other (specify)", exact: true }).check();
    const other = gp2.getByLabel("Please specify", { exact: true });
    await other.fill(p.text);
    await other.press("Tab");
    await expect(page.getByTestId("save-status")).toHaveText(/^(Saved at |All changes saved)/);
    await page.reload();
    await expect(gp2.getByLabel("Please specify", { exact: true }), p.name).toHaveValue(p.stored);
  }
  await expectNothingInjected(page, "GP-02");
  expectClean(seen, "answers");
});

test("user names with hostile payloads are listed as text on the users page and in the outbox", async ({ page }) => {
  const seen = watch(page);
  await signInThroughForm(page, DEMO.ADMIN, DEMO_PASSWORD, "/admin/users");
  const names = [
    combined(payloadsOf("markup").slice(0, 3), " "),
    combined([...payloadsOf("sql"), ...payloadsOf("formula").slice(0, 2)], " "),
    combined(payloadsOf("unicode"), " "),
  ];
  for (const name of names) {
    expect(name.text.length, "under the 200-character limit").toBeLessThanOrEqual(200);
    const email = uniqueEmail("corpus.name");
    await inviteThroughUsersPage(page, { name: name.text, email, role: "Report editor" });
    await page.reload();
    const row = page.getByRole("table", { name: "All users" }).getByRole("row").filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(name.stored, { exact: true }), `the name in the row of ${email}`).toBeVisible();
    await expectNothingInjected(page, `users page, ${email}`);
  }
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expectNothingInjected(page, "outbox");
  expectClean(seen, "names");
});

test("a reviewer's comment and the State's reply with hostile payloads are shown to both as text", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const reviewer = await (await browser.newContext({ baseURL })).newPage();
  const state = await (await browser.newContext({ baseURL })).newPage();
  const reviewerSeen = watch(reviewer);
  const stateSeen = watch(state);
  const comment = combined([...payloadsOf("markup"), ...payloadsOf("sql")], "\n");
  const reply = combined([...payloadsOf("formula"), ...payloadsOf("unicode")], "\n");
  const tag = uniqueSuffix();

  await signInThroughForm(reviewer, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
  await reviewer.goto(`/cycles/${CYCLE}/replies/LKA`);
  await expect(reviewer.getByRole("heading", { level: 1, name: "Reply of Sri Lanka" })).toBeVisible();
  const leg1 = reviewer.locator('article[id="LEG-01"]');
  await leg1.getByLabel("Comment on LEG-01").fill(`${tag}\n${comment.text}`);
  await leg1.getByRole("button", { name: "Add comment" }).click();
  const thread = leg1.getByRole("list", { name: "Comments on LEG-01" }).getByRole("listitem").filter({ hasText: tag });
  await expect(thread).toHaveCount(1);
  expect(await thread.locator("p.whitespace-pre-wrap").first().textContent()).toBe(`${tag}\n${comment.stored}`);
  await expectNothingInjected(reviewer, "reviewer after commenting");

  await signInThroughForm(state, sriLanka.email, sriLanka.password, "/workspace");
  await state.goto(`/workspace/${CYCLE}/c`);
  const stateThread = question(state, "LEG-01").getByRole("list", { name: "Comments on LEG-01" }).getByRole("listitem").filter({ hasText: tag });
  await expect(stateThread).toHaveCount(1);
  expect(await stateThread.locator("p.whitespace-pre-wrap").first().textContent()).toBe(`${tag}\n${comment.stored}`);
  await expectNothingInjected(state, "State page with the comment");
  await stateThread.getByRole("button", { name: "Reply", exact: true }).click();
  await stateThread.getByLabel("Your reply").fill(reply.text);
  const replied = state.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"]);
  await stateThread.getByRole("button", { name: "Send reply" }).click();
  expect((await replied).status(), "the reply is sent as a server action, not by reloading the page").toBe(200);
  // Either the reply is listed or the form says why not (which fails the test with its words).
  const replyShown = stateThread.locator("p.whitespace-pre-wrap").nth(1);
  await expect(replyShown.or(stateThread.getByRole("alert"))).toBeVisible();
  expect(await stateThread.getByRole("alert").allTextContents(), "no error on sending the reply").toEqual([]);
  expect(await replyShown.textContent()).toBe(reply.stored);
  await state.reload();
  await expect(stateThread.locator("p.whitespace-pre-wrap")).toHaveCount(2);
  expect(await stateThread.locator("p.whitespace-pre-wrap").nth(1).textContent()).toBe(reply.stored);

  await reviewer.reload();
  await expect(thread.locator("p.whitespace-pre-wrap")).toHaveCount(2);
  expect(await thread.locator("p.whitespace-pre-wrap").nth(1).textContent()).toBe(reply.stored);
  await expectNothingInjected(reviewer, "reviewer with the State's reply");
  expectClean(reviewerSeen, "reviewer");
  expectClean(stateSeen, "State");
});

test("another State's attachment, receipt and reply are refused in the browser (404), and its pages show nothing of it", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  // Portugal attaches a file to its draft.
  const owner = await (await browser.newContext({ baseURL })).newPage();
  await signInThroughForm(owner, portugal.email, portugal.password, "/workspace");
  await owner.goto(`/workspace/${CYCLE}`);
  const listing = await owner.request.get(`/api/attachments?cycle=${CYCLE}&questionId=DOC-01`);
  expect(listing.status()).toBe(200);
  const { submissionId } = (await listing.json()) as { submissionId: string };
  const fileName = `Portugal-confidential-${uniqueSuffix()}.pdf`;
  const uploaded = await owner.request.post(`/api/submissions/${submissionId}/attachments`, {
    headers: { origin: baseURL! },
    multipart: { questionId: "DOC-01", file: { name: fileName, mimeType: "application/pdf", buffer: pdfBytes("Portugal confidential") } },
  });
  expect(uploaded.status()).toBe(201);
  const { attachment } = (await uploaded.json()) as { attachment: { id: string } };

  // Finland, signed in, tries Portugal's ids.
  const other = await (await browser.newContext({ baseURL })).newPage();
  const seen = watch(other);
  await signInThroughForm(other, finland.email, finland.password, "/workspace");
  await other.goto(`/workspace/${CYCLE}`);
  for (const path of [
    `/api/attachments/${attachment.id}`,
    `/api/submissions/${submissionId}/receipt`,
    `/api/submissions/${submissionId}/attachments?questionId=DOC-01`,
  ]) {
    const response = await other.request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).not.toContain("Portugal confidential");
  }
  const removal = await other.request.delete(`/api/attachments/${attachment.id}`, { headers: { origin: baseURL! } });
  expect(removal.status()).toBe(404);
  const planted = await other.request.post(`/api/submissions/${submissionId}/attachments`, {
    headers: { origin: baseURL! },
    multipart: { questionId: "DOC-01", file: { name: "planted.pdf", mimeType: "application/pdf", buffer: pdfBytes("planted") } },
  });
  expect(planted.status()).toBe(404);

  // The browser pages: the secretariat's reply page is not Finland's, and Finland's own section shows only its own files.
  const replyPage = await other.goto(`/cycles/${CYCLE}/replies/PRT`);
  expect(replyPage?.status()).toBe(404);
  await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(other.getByText(fileName)).toHaveCount(0);
  const own = await other.goto(`/workspace/${CYCLE}/k`);
  expect(own?.status()).toBe(200);
  await expect(question(other, "DOC-01")).toBeVisible();
  await expect(other.getByText(fileName)).toHaveCount(0);
  // A browser navigation to the file is refused too.
  const direct = await other.goto(`/api/attachments/${attachment.id}`);
  expect(direct?.status()).toBe(404);
  expect(seen.dialogs).toEqual([]);

  // Portugal still has its file.
  const still = await owner.request.get(`/api/attachments/${attachment.id}`);
  expect(still.status()).toBe(200);
  expect(Buffer.from(await still.body()).toString("latin1")).toContain("Portugal confidential");
});

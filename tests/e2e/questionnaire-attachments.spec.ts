import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { htmlBytes, pdfBytes } from "../fixtures/files";
import { uniqueEmail } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { pressOn } from "./support/questionnaire";
import { createActiveUser } from "./support/users";

// A focal point of a State no other journey uses (Iceland) attaches files to a FILE question by
// keyboard. The cycle is E2E_FILE_CYCLE (default sc-2026); the journey through the FILE field is
// skipped when that cycle's questionnaire has no FILE question (the shipped TIP v1 has none yet).

const CYCLE = process.env.E2E_FILE_CYCLE ?? "sc-2026";
const MB = 1024 * 1024;

let account: { email: string; password: string };

test.beforeAll(async ({ browser, baseURL }) => {
  account = await createActiveUser(browser, baseURL!, {
    name: "Focal point of Iceland",
    email: uniqueEmail("focal.isl"),
    role: "State focal point",
    memberState: "Iceland",
  });
});

/** The first section page of the cycle with a file input, or null. */
async function findFileQuestion(page: Page): Promise<string | null> {
  for (const code of "abcdefghijk") {
    const response = await page.goto(`/workspace/${CYCLE}/${code}`);
    if (response?.status() !== 200) continue;
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    if ((await page.locator('input[type="file"]').count()) > 0) return code;
  }
  return null;
}

test("uploads go through the proxy up to 20 MB and are refused beyond, cross-site, or when unknown", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signInThroughForm(page, account.email, account.password, "/workspace");
  await page.goto(`/workspace/${CYCLE}`);
  const listing = await page.request.get(`/api/attachments?cycle=${CYCLE}&questionId=LEG-01`);
  expect(listing.status()).toBe(200);
  const { submissionId } = (await listing.json()) as { submissionId: string };
  const url = `/api/submissions/${submissionId}/attachments`;

  // 15 MB (over Next.js's default 10 MB proxy buffer) reaches the handler whole: refused only because
  // LEG-01 takes no files. (A body cut short would be "The upload could not be read".)
  const big = Buffer.alloc(15 * MB);
  pdfBytes().copy(big);
  const whole = await page.request.post(url, {
    headers: { origin: baseURL! },
    multipart: { questionId: "LEG-01", file: { name: "big.pdf", mimeType: "application/pdf", buffer: big } },
  });
  expect(whole.status()).toBe(400);
  expect(((await whole.json()) as { error: { message: string } }).error.message).toBe("Question LEG-01 does not take attachments.");

  const tooBig = await page.request.post(url, {
    headers: { origin: baseURL! },
    multipart: { questionId: "LEG-01", file: { name: "huge.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * MB) } },
  });
  expect(tooBig.status()).toBe(400);
  expect(((await tooBig.json()) as { error: { fieldErrors: { file: string[] } } }).error.fieldErrors.file).toEqual(["The file is larger than 20 MB."]);

  const crossSite = await page.request.post(url, {
    headers: { origin: "https://attacker.example" },
    multipart: { questionId: "LEG-01", file: { name: "a.pdf", mimeType: "application/pdf", buffer: pdfBytes() } },
  });
  expect(crossSite.status()).toBe(403);

  const unknown = await page.request.get("/api/attachments/00000000-0000-4000-8000-000000000000");
  expect(unknown.status()).toBe(404);
});

test("a focal point attaches a PDF by keyboard, finds it after a reload, downloads the same bytes; a disguised HTML file is refused", async ({ page }) => {
  test.setTimeout(120_000);
  await signInThroughForm(page, account.email, account.password, "/workspace");
  const section = await findFileQuestion(page);
  test.skip(section === null, `the questionnaire of ${CYCLE} has no FILE question`);

  const input = page.locator('input[type="file"]').first();
  const inputId = await input.getAttribute("id");
  const field = page.locator(`div:has(> label[for="${inputId}"])`);
  await expect(input).toBeEnabled();
  await expect(field.getByText("No files attached.")).toBeVisible();

  // Keyboard: focus the control and press Space, which opens the file chooser.
  const pdf = pdfBytes("Iceland national action plan");
  const chooser = page.waitForEvent("filechooser");
  await pressOn(page, input, "Space");
  await (await chooser).setFiles({ name: "National action plan.pdf", mimeType: "application/pdf", buffer: pdf });
  await expect(field.getByText("National action plan.pdf was attached.")).toBeVisible();
  const link = field.getByRole("link", { name: "Download National action plan.pdf" });
  await expect(link).toBeVisible();
  await expect(field.getByRole("listitem").filter({ hasText: "National action plan.pdf" })).toContainText("PDF ·");

  await page.reload();
  await expect(link).toBeVisible();

  const downloading = page.waitForEvent("download");
  await pressOn(page, link, "Enter");
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("National action plan.pdf");
  expect(Buffer.compare(await readFile((await download.path())!), pdf)).toBe(0);

  // An HTML page renamed .pdf is refused, with the message tied to the input.
  const second = page.waitForEvent("filechooser");
  await pressOn(page, input, "Space");
  await (await second).setFiles({ name: "minutes.pdf", mimeType: "application/pdf", buffer: htmlBytes() });
  const error = field.getByText(/^"minutes\.pdf" is not an accepted file type/);
  await expect(error).toBeVisible();
  await expect(input).toHaveAttribute("aria-invalid", "true");
  expect(await input.getAttribute("aria-describedby")).toContain((await error.getAttribute("id"))!);
  await expect(field.getByRole("listitem")).toHaveCount(1);

  // Removing it by keyboard empties the list again, also after a reload.
  await pressOn(page, field.getByRole("button", { name: "Remove National action plan.pdf" }), "Enter");
  await expect(field.getByText("National action plan.pdf was removed.")).toBeVisible();
  await page.reload();
  await expect(field.getByText("No files attached.")).toBeVisible();
});

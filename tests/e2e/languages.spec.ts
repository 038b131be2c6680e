import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { uniqueEmail } from "./support/accounts";
import { keepScreenshot } from "./support/artifacts";
import { signInThroughForm } from "./support/auth";
import { answerEveryRequiredQuestion, question } from "./support/questionnaire";
import { createActiveUser } from "./support/users";

// The interface and the questionnaire in the official languages. Jordan (Arabic) and Senegal (French)
// have no demo reply and no other journey uses them. Expected texts are read from the shipped catalogues
// and questionnaire translations, so the journeys check that what a reader sees is the translation.

const ROOT = path.join(__dirname, "..", "..");
type Json = Record<string, unknown>;
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), "utf8")) as Json;

/** A message of a locale's catalogue (core file or namespace file), by dotted key. */
function message(locale: string, key: string): string {
  const [ns] = key.split(".");
  let catalogue = json(`lib/i18n/messages/${locale}.json`);
  if (!(ns! in catalogue)) catalogue = json(`lib/i18n/messages/${locale}/${ns}.json`);
  const value = key.split(".").reduce<unknown>((o, k) => (o as Json)[k], catalogue);
  if (typeof value !== "string") throw new Error(`${locale}: no message ${key}`);
  return value;
}

/** A text of the questionnaire in a language. */
function questionnaireText(locale: string, key: string): string {
  const value = json(`lib/questionnaire/tip/translations/${locale}.json`)[key];
  if (typeof value !== "string") throw new Error(`${locale}: no questionnaire text ${key}`);
  return value;
}

async function chooseLanguage(page: Page, current: string, locale: string) {
  await page.getByRole("banner").getByLabel(message(current, "layout.language"), { exact: true }).selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

test("a focal point switches to Arabic: the pages run right to left, a section is filled and the reply submitted", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const account = await createActiveUser(browser, baseURL!, { name: "Focal point of Jordan", email: uniqueEmail("focal.jor"), role: "State focal point", memberState: "Jordan" });
  await signInThroughForm(page, account.email, account.password, "/workspace");
  await page.goto("/workspace/sc-2026/a");
  await answerEveryRequiredQuestion(page, { name: "Rania Haddad", email: "tip@mol.gov.jo" });

  await page.goto("/workspace/sc-2026/c");
  await chooseLanguage(page, "en", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The questionnaire itself is in Arabic: the question and its options.
  const leg01 = question(page, "LEG-01");
  await expect(leg01).toContainText(questionnaireText("ar", "questions.LEG-01.text"));
  await leg01.getByRole("radio", { name: questionnaireText("ar", "questions.LEG-01.fields.offence.options.PARTIAL"), exact: true }).check();
  const savedAt = message("ar", "questionnaire.savedAt").split("{")[0]!.trim();
  await expect(page.getByTestId("save-status")).toContainText(savedAt);
  // Text runs right to left in the page, not only the root element.
  expect(await leg01.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
  await keepScreenshot(page, "workspace-section-ar");

  await page.goto("/workspace/sc-2026/sign-off");
  await expect(page.getByRole("heading", { level: 1, name: message("ar", "signOff.title") })).toBeVisible();
  await page.getByLabel(message("ar", "signOff.declaration"), { exact: true }).check();
  await page.getByRole("button", { name: message("ar", "signOff.submit"), exact: true }).click();
  const receipt = page.getByRole("status").filter({ has: page.locator("code") });
  await expect(receipt.locator("code")).toHaveText(/^[0-9a-f]{64}$/);
  await expect(receipt.getByRole("link", { name: message("ar", "receipt.download") })).toBeVisible();
  await keepScreenshot(page, "sign-off-ar");

  // The choice is remembered for the user: a new browser (no cookie) opens in Arabic after sign-in.
  const other = await browser.newContext();
  try {
    const again = await other.newPage();
    await signInThroughForm(again, account.email, account.password, "/workspace");
    await expect(again.locator("html")).toHaveAttribute("lang", "ar");
    await expect(again.locator("html")).toHaveAttribute("dir", "rtl");
  } finally {
    await other.close();
  }
});

test("a French-speaking focal point sees the interface and the questionnaire in French from the browser's language", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const account = await createActiveUser(browser, baseURL!, { name: "Point focal du Sénégal", email: uniqueEmail("focal.sen"), role: "State focal point", memberState: "Senegal" });
  const context = await browser.newContext({ locale: "fr-FR" });
  try {
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1, name: message("fr", "signIn.title") })).toBeVisible();
    await page.getByLabel(message("fr", "signIn.email"), { exact: true }).fill(account.email);
    await page.getByLabel(message("fr", "signIn.password"), { exact: true }).fill(account.password);
    await page.getByRole("button", { name: message("fr", "signIn.submit"), exact: true }).click();
    await expect(page).toHaveURL(/\/workspace/);
    await page.goto("/workspace/sc-2026/c");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(question(page, "LEG-01")).toContainText(questionnaireText("fr", "questions.LEG-01.text"));
    await expect(page.getByRole("heading", { level: 1 })).toContainText(questionnaireText("fr", "sections.C.title"));
    await keepScreenshot(page, "workspace-section-fr");
  } finally {
    await context.close();
  }
});

test("the questionnaire in Chinese, kept as a screenshot for review", async ({ browser, baseURL }) => {
  const account = await createActiveUser(browser, baseURL!, { name: "Focal point of Jordan (zh)", email: uniqueEmail("focal.jor.zh"), role: "State contributor", memberState: "Jordan" });
  const context = await browser.newContext({ locale: "zh-CN" });
  try {
    const page = await context.newPage();
    // The sign-in form is in Chinese from the browser's language: fill it by its Chinese labels.
    await page.goto("/sign-in");
    await page.getByLabel(message("zh", "signIn.email"), { exact: true }).fill(account.email);
    await page.getByLabel(message("zh", "signIn.password"), { exact: true }).fill(account.password);
    await page.getByRole("button", { name: message("zh", "signIn.submit"), exact: true }).click();
    await expect(page).toHaveURL(/\/workspace/);
    await page.goto("/workspace/sc-2026/f");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(question(page, "PROT-01")).toContainText(questionnaireText("zh", "questions.PROT-01.text"));
    await keepScreenshot(page, "workspace-section-zh");
  } finally {
    await context.close();
  }
});

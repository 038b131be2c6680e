import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm, signInWithRequest } from "./support/auth";

// A reviewer records Uruguay's reply received by e-mail (no other journey uses Uruguay), then finds it
// in the JSON export. The template download is checked on the way.

test("a reviewer downloads the template, imports a JSON reply for Uruguay, and finds it in the export", async ({ page }) => {
  await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
  await page.goto("/cycles/sc-2026/exchange");
  await expect(page.getByRole("heading", { level: 1, name: "Exports and imports" })).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  await test.step("the blank template has the Replies sheet, a sheet per section and the About sheet", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the blank Excel template for this cycle" }).click()]);
    expect(download.suggestedFilename()).toBe("sc-2026-import-template.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe("Replies");
    expect(names.at(-1)).toBe("About");
    expect(names.some((n) => n.startsWith("J "))).toBe(true);
  });

  const file = path.join(tmpdir(), `uruguay-${Date.now()}.json`);
  await writeFile(
    file,
    JSON.stringify({
      format: "rapporteur.replies",
      version: 1,
      cycle: { slug: "sc-2026" },
      questionnaire: { key: "tip", version: 2 },
      replies: [{ state: "URY", answers: { "RAT-01": { status: { code: "PARTY" }, depositDate: "2006-03-04" } } }],
    }),
  );

  await test.step("a file with an error is refused and the error is listed", async () => {
    const bad = path.join(tmpdir(), `bad-${Date.now()}.json`);
    await writeFile(bad, JSON.stringify({ format: "rapporteur.replies", version: 1, cycle: { slug: "sc-2026" }, questionnaire: { key: "tip", version: 2 }, replies: [{ state: "URY", answers: { "RAT-01": { status: { code: "MAYBE" } } } }] }));
    await page.getByLabel("File (XLSX template or JSON)").setInputFiles(bad);
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Nothing was recorded" })).toHaveText("Nothing was recorded: 1 problem to correct.");
    const errors = page.getByRole("table", { name: "Problems found in the file" });
    await expect(errors.getByRole("row").nth(1)).toContainText("replies[0]");
    await expect(errors.getByRole("row").nth(1)).toContainText("RAT-01.status.code: Choose one of the options listed.");
  });

  await test.step("the reply is recorded with its channel and date", async () => {
    await page.getByLabel("File (XLSX template or JSON)").setInputFiles(file);
    await page.getByLabel("Received by").selectOption({ label: "E-mail" });
    await page.getByLabel("Date received").fill("2026-02-10");
    await page.getByRole("button", { name: "Import" }).click();
    await expect(page.getByRole("status").filter({ hasText: "recorded" })).toHaveText("1 reply recorded.");
    const recorded = page.getByRole("table", { name: "Replies recorded" });
    await expect(recorded.getByRole("row").nth(1)).toContainText("Uruguay (URY)");
    await expect(recorded.getByRole("row").nth(1)).toContainText("E-mail");
    await expect(recorded.getByRole("row").nth(1)).toContainText("2026-02-10");
  });

  await test.step("the JSON export holds Uruguay's reply", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download as JSON (the documented exchange format)" }).click()]);
    expect(download.suggestedFilename()).toBe("sc-2026-replies.json");
    const doc = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(doc.format).toBe("rapporteur.replies");
    const csv = await page.request.get("/api/cycles/sc-2026/export?format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toBe('attachment; filename="sc-2026-replies.csv"');
    expect(csv.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await csv.text()).toContain("URY,Uruguay,SUBMITTED,1,EMAIL,2026-02-10,");
    expect(doc.replies).toContainEqual(
      expect.objectContaining({ state: "URY", stateName: "Uruguay", status: "SUBMITTED", channel: "EMAIL", receivedOn: "2026-02-10", answers: { "RAT-01": { status: { code: "PARTY" }, depositDate: "2006-03-04" } } }),
    );
  });
});

test("a State's focal point can neither download an export nor the template", async ({ request }) => {
  await signInWithRequest(request, DEMO.STATE_FOCAL_POINT, DEMO_PASSWORD);
  for (const url of ["/api/cycles/sc-2026/export?format=json", "/api/cycles/sc-2026/export?format=xlsx", "/api/cycles/sc-2026/import-template"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(403);
    expect(await response.text()).not.toContain("URY");
  }
  const page = await request.get("/cycles/sc-2026/exchange", { maxRedirects: 0 });
  expect(page.status()).toBe(404);
});

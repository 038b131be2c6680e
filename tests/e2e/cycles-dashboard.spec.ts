import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./support/accounts";
import { signInThroughForm, signInWithRequest } from "./support/auth";

async function expectNoSeriousAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) × ${v.nodes.length} — ${v.nodes[0]?.target.join(" ")}`);
  expect(found, new URL(page.url()).pathname).toEqual([]);
}

/** Focuses a control and types into it from the keyboard. */
async function typeInto(page: Page, label: string, text: string) {
  const form = page.getByRole("form", { name: "New reporting cycle" });
  await form.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
}

test("a reviewer creates a cycle with the keyboard, fixes a deadline before the opening date, opens it and finds it on the list", async ({ page }) => {
  await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/cycles\/sc-2026$/);
  await page.goto("/cycles");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting cycles" })).toBeVisible();
  await page.getByRole("link", { name: "New cycle" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/cycles/new");
  const form = page.getByRole("form", { name: "New reporting cycle" });
  await expect(form).toBeVisible();
  await expectNoSeriousAxeViolation(page);

  const slug = `e2e-${uniqueSuffix()}`;
  const title = `End-to-end cycle ${slug}`;
  await typeInto(page, "Short name (in addresses)", slug);
  await page.keyboard.press("Tab");
  await page.keyboard.type(title);
  await form.getByLabel("Organ", { exact: true }).selectOption({ label: "General Assembly" });
  await typeInto(page, "Mandate", "General Assembly resolution 79/1");
  // Opens before sc-2026 so that it never becomes the "current" cycle other journeys land on.
  await form.getByLabel("Period covered: from", { exact: true }).fill("2025-01-01");
  await form.getByLabel("Period covered: to", { exact: true }).fill("2025-12-31");
  await expect(form.getByLabel("Questionnaire version", { exact: true })).not.toHaveValue("");
  await form.getByRole("checkbox", { name: /^CONFLICT/ }).focus();
  await page.keyboard.press("Space");
  await expect(form.getByRole("checkbox", { name: /^CONFLICT/ })).toBeChecked();
  await form.getByLabel("Opens on", { exact: true }).fill("2026-06-01");
  await form.getByLabel("Deadline", { exact: true }).fill("2026-05-01");
  await form.getByLabel("Cut-off date", { exact: true }).fill("2026-08-15");
  await typeInto(page, "Report symbol (optional)", "A/81/123");
  await page.keyboard.press("Enter");

  const deadline = form.getByLabel("Deadline", { exact: true });
  await expect(form.getByText("The deadline must not be before the opening date.")).toBeVisible();
  await expect(deadline).toHaveAttribute("aria-invalid", "true");
  await expect(deadline).toBeFocused();
  await expect(page).toHaveURL((url) => url.pathname === "/cycles/new");

  await deadline.fill("2026-07-31");
  await form.getByLabel("Report symbol (optional)", { exact: true }).focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL((url) => url.pathname === `/cycles/${slug}/settings`);
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByText("This cycle is draft.")).toBeVisible();
  await expectNoSeriousAxeViolation(page);

  await page.getByRole("button", { name: "Open cycle" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Yes, open the cycle" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "The cycle is open." })).toBeVisible();
  await expect(page.getByText("This cycle is open.")).toBeVisible();

  await page.goto("/cycles");
  const row = page.getByRole("table", { name: "Reporting cycles, newest first" }).getByRole("row").filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("General Assembly");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Open");
  await expect(row).toContainText("A/81/123");

  // Closed again, so that the States' workspaces of later journeys see only the seeded cycles open.
  await page.goto(`/cycles/${slug}/settings`);
  await page.getByRole("button", { name: "Close cycle" }).click();
  await page.getByRole("button", { name: "Yes, close the cycle" }).click();
  await expect(page.getByText("This cycle is closed.")).toBeVisible();
});

test("the sc-2026 dashboard lists all 195 States, filters by regional group with its totals, and downloads the table as CSV", async ({ page }) => {
  await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/cycles\/sc-2026$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const table = page.getByRole("table", { name: /^States and the status of their reply/ });
  await expect(table.getByRole("row")).toHaveCount(196);
  const totals = page.getByRole("table", { name: "Number of States per status" });
  const totalRow = totals.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Total" }) });
  await expect(totalRow.getByRole("cell")).toHaveText(["195", "195"]);
  // Whether or not demo replies are seeded, Ghana has not submitted in sc-2026.
  await expect(table.getByRole("row").filter({ hasText: "Ghana" }).getByRole("cell").nth(2)).toHaveText(/^(Not started|In progress)/);
  await expect(table.getByRole("row").filter({ hasText: "Holy See" })).toContainText("observer State");
  await expectNoSeriousAxeViolation(page);

  await page.getByLabel("Regional group", { exact: true }).selectOption({ label: "African States" });
  await page.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL((url) => url.pathname === "/cycles/sc-2026" && url.searchParams.get("group") === "AFRICAN");
  await expect(page.getByLabel("Regional group", { exact: true })).toHaveValue("AFRICAN");
  const caption = (await table.locator("caption").textContent()) ?? "";
  const shown = Number(/\((\d+) shown\)/.exec(caption)?.[1]);
  expect(shown).toBeGreaterThan(40);
  expect(shown).toBeLessThan(195);
  await expect(table.getByRole("row")).toHaveCount(shown + 1);
  await expect(totalRow.getByRole("cell")).toHaveText(["195", String(shown)]);
  await expect(table.getByRole("row").filter({ hasText: "France" })).toHaveCount(0);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("dashboard-sc-2026-african.csv");
  const lines = (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "").trimEnd().split("\r\n");
  expect(lines[0]).toBe("State,Code,Observer State,Regional group,Status,% complete,Submitted version,Last activity,Channel");
  expect(lines).toHaveLength(shown + 1);
  expect(lines.find((l) => l.startsWith("Ghana,"))).toMatch(/^Ghana,GHA,No,African States,(Not started|In progress),/);
});

test("report editors see cycles read-only and download the table; States cannot", async ({ page, request }) => {
  await signInThroughForm(page, DEMO.REPORT_EDITOR, DEMO_PASSWORD, /\/cycles\/sc-2026$/);
  await page.goto("/cycles");
  await expect(page.getByRole("heading", { level: 1, name: "Reporting cycles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New cycle" })).toHaveCount(0);
  expect((await page.goto("/cycles/new"))?.status()).toBe(404);
  await page.goto("/cycles/sc-2026/settings");
  await expect(page.getByText("Only administrators and reviewers can change a cycle.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Close cycle" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);

  const xlsx = await page.context().request.get("/api/cycles/sc-2026/dashboard?format=xlsx&status=NOT_STARTED");
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(xlsx.headers()["content-disposition"]).toBe('attachment; filename="dashboard-sc-2026-not-started.xlsx"');
  expect(xlsx.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await xlsx.body()).subarray(0, 2).toString("latin1")).toBe("PK");

  await signInWithRequest(request, DEMO.STATE_FOCAL_POINT, DEMO_PASSWORD);
  expect((await request.get("/api/cycles/sc-2026/dashboard?format=csv")).status()).toBe(403);
  expect((await request.get("/cycles/sc-2026", { maxRedirects: 0 })).status()).toBe(404);
});

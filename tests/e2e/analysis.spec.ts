import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, uniqueEmail } from "./support/accounts";
import { keepScreenshot } from "./support/artifacts";
import { signInThroughForm } from "./support/auth";
import { answerEveryRequiredQuestion, pressOn } from "./support/questionnaire";
import { createActiveUser } from "./support/users";

// The analysis of one question across States. Mongolia's focal point submits a reply to sc-2026 (no
// other journey uses Mongolia); the reviewer analyses LEG-04 (a yes / no / partial question), first
// accepted replies only, then also submitted ones, then one regional group. Other journeys may have
// submitted replies too, so the numbers are checked for consistency (the table's rows add up to the
// States that answered, the chart says the same), not against fixed values.

const YNP_QUESTION = "LEG-04";
const FIELD = "Offence established without proof of the means for child victims";

/** The counts of the YNP field's table: the answer rows, the rows shown apart, and the States that answered. */
async function tableCounts(page: Page) {
  const table = page.getByRole("table", { name: `${FIELD}: counts per answer` });
  await expect(table).toBeVisible();
  const numbers = async (kind: string) => (await table.locator(`td[data-count="${kind}"]`).allInnerTexts()).map((s) => Number(s.trim()));
  return { bars: await numbers("bar"), apart: await numbers("apart"), answered: (await numbers("answered"))[0]! };
}

test("a reviewer analyses a question across States by keyboard: chart, table and filters", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const account = await createActiveUser(browser, baseURL!, {
    name: "Focal point of Mongolia",
    email: uniqueEmail("focal.mng"),
    role: "State focal point",
    memberState: "Mongolia",
  });

  await test.step("Mongolia's focal point submits a reply (answering yes to LEG-04)", async () => {
    const state = await (await browser.newContext({ baseURL })).newPage();
    await signInThroughForm(state, account.email, account.password, "/workspace");
    await state.goto("/workspace/sc-2026/a");
    await answerEveryRequiredQuestion(state, { name: "Bat-Erdene Dorj", email: "tip@mojha.gov.mn" });
    await state.goto("/workspace/sc-2026/sign-off");
    await pressOn(state, state.getByLabel("I confirm that this reply has been reviewed and is submitted on behalf of my Government."), "Space");
    await pressOn(state, state.getByRole("button", { name: "Submit the reply" }), "Enter");
    await expect(state.getByRole("status").filter({ hasText: "Version 1 of this reply was submitted on" })).toBeVisible();
    await state.context().close();
  });

  const page = await (await browser.newContext({ baseURL })).newPage();
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  await test.step("the reviewer opens the analysis and picks the question by keyboard", async () => {
    await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await page.goto("/cycles/sc-2026/analysis");
    await expect(page.getByRole("heading", { level: 1, name: "Analysis" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Analysis", exact: true })).toHaveAttribute("aria-current", "page");

    const select = page.getByLabel("Question", { exact: true });
    await select.focus();
    await page.keyboard.type(YNP_QUESTION);
    await expect(select).toHaveValue(YNP_QUESTION);
    // Include replies not yet accepted: Mongolia's is only submitted.
    await pressOn(page, page.getByRole("radio", { name: /^Also submitted/ }), "Space");
    await pressOn(page, page.getByRole("button", { name: "Show", exact: true }), "Enter");
    await expect(page).toHaveURL(/question=LEG-04/);
    await expect(page).toHaveURL(/include=submitted/);
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${YNP_QUESTION}\\.`) })).toBeVisible();
  });

  await test.step("the chart and the table show the same numbers, not applicable and not available apart", async () => {
    const chart = page.getByRole("img", { name: new RegExp(`^Bar chart, ${FIELD}: Yes \\d+; Partially \\d+; No \\d+$`) });
    await expect(chart).toBeVisible();
    await expect(chart.locator("svg.recharts-surface")).toBeVisible();
    await expect(chart.locator(".recharts-bar-rectangle").first()).toBeAttached();
    await expect(page.getByText("Shown apart (not in the shares)").first()).toBeVisible();

    const counts = await tableCounts(page);
    expect(counts.bars).toHaveLength(3);
    expect(counts.apart).toHaveLength(2);
    expect(counts.answered).toBeGreaterThanOrEqual(1);
    expect([...counts.bars, ...counts.apart].reduce((a, b) => a + b, 0)).toBe(counts.answered);
    // The chart's summary carries the table's numbers.
    const summary = await chart.getAttribute("aria-label");
    expect(summary!.match(/\d+/g)!.map(Number)).toEqual(counts.bars);

    // Mongolia is behind the "Yes" count, marked as not yet accepted, and links to its reply.
    const yesRow = page.locator('tr[data-row="bar"]').filter({ hasText: /^Yes/ });
    await pressOn(page, yesRow.locator("summary"), "Enter");
    const mongolia = yesRow.getByRole("link", { name: "Reply of Mongolia" });
    await expect(mongolia).toHaveAttribute("href", "/cycles/sc-2026/replies/MNG");
    await expect(yesRow.getByRole("listitem").filter({ hasText: "Mongolia" })).toContainText("not yet accepted");
    await expect(page.getByRole("status").filter({ hasText: "not yet accepted" })).toContainText("Mongolia (submitted)");
    await keepScreenshot(page, "analysis-ynp");
  });

  await test.step("accepted only leaves Mongolia out; a regional group keeps its States only", async () => {
    await page.goto(`/cycles/sc-2026/analysis?question=${YNP_QUESTION}`);
    await expect(page.getByRole("radio", { name: "Accepted only" })).toBeChecked();
    if ((await page.getByText("No reply matches these filters yet.").count()) === 0) {
      const yesRow = page.locator('tr[data-row="bar"]').filter({ hasText: /^Yes/ });
      await expect(yesRow.getByRole("link", { name: "Reply of Mongolia" })).toHaveCount(0);
    }

    await page.goto(`/cycles/sc-2026/analysis?question=${YNP_QUESTION}&include=submitted&group=ASIA_PACIFIC`);
    await expect(page.getByLabel("Regional group")).toHaveValue("ASIA_PACIFIC");
    const asia = await tableCounts(page);
    expect([...asia.bars, ...asia.apart].reduce((a, b) => a + b, 0)).toBe(asia.answered);
    await expect(page.getByTestId("denominator")).toContainText("Asia-Pacific States");

    await page.goto(`/cycles/sc-2026/analysis?question=${YNP_QUESTION}&include=submitted&group=WESTERN_EUROPEAN_OTHERS`);
    await expect(page.getByRole("link", { name: "Reply of Mongolia" })).toHaveCount(0);
  });

  await test.step("previous and next questions keep the filters; a figure question shows its coverage", async () => {
    await page.goto(`/cycles/sc-2026/analysis?question=${YNP_QUESTION}&include=submitted`);
    await pressOn(page, page.getByRole("link", { name: /^Next question: / }), "Enter");
    await expect(page).toHaveURL(/question=LEG-05&include=submitted/);
    await expect(page.getByRole("heading", { level: 2, name: /^LEG-05\./ })).toBeVisible();
  });

  await test.step("a grid of figures shows coverage and a row per cell; good practices are side by side", async () => {
    await page.goto("/cycles/sc-2026/analysis?question=ACC-06&include=submitted");
    await expect(page.getByRole("heading", { level: 2, name: /^ACC-06\./ })).toBeVisible();
    const figures = page.getByRole("table", { name: /: figures reported$/ }).first();
    await expect(figures).toBeVisible();
    await expect(figures.getByRole("columnheader", { name: "Median" })).toBeVisible();
    await expect(page.getByRole("img", { name: /\(Coverage\): Gave a figure \d+; Information not available \d+$/ }).first()).toBeVisible();
    await keepScreenshot(page, "analysis-grid");

    await page.goto("/cycles/sc-2026/analysis?question=GP-01&include=submitted");
    await expect(page.getByRole("heading", { level: 2, name: /^GP-01\./ })).toBeVisible();
    await expect(page.getByRole("table", { name: /: nominations side by side$/ }).or(page.getByText("No State gave a text.")).first()).toBeVisible();
    await keepScreenshot(page, "analysis-good-practices");
  });

  await test.step("no serious accessibility violation and no CSP error in the console", async () => {
    await page.goto(`/cycles/sc-2026/analysis?question=${YNP_QUESTION}&include=submitted`);
    await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
  });

  await test.step("an unknown question is named as the problem", async () => {
    await page.goto("/cycles/sc-2026/analysis?question=ZZZ-99");
    await expect(page.getByRole("alert").filter({ hasText: "This cycle does not offer that question." })).toBeVisible();
  });
});

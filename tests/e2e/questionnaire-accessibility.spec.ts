import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm } from "./support/auth";

// axe-core must find no serious or critical violation on the State workspace pages.
const PAGES = ["/workspace", "/workspace/sc-2026", ...["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"].map((s) => `/workspace/sc-2026/${s}`), "/workspace/sc-2026/sign-off"];

test("the workspace, every section page and the sign-off page have no serious or critical accessibility violation", async ({ page }) => {
  test.setTimeout(120_000);
  await signInThroughForm(page, DEMO.STATE_CONTRIBUTOR, DEMO_PASSWORD, "/workspace");
  const found: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const v of results.violations) {
      if (v.impact === "serious" || v.impact === "critical") found.push(`${path}: ${v.id} (${v.impact}) × ${v.nodes.length} — ${v.nodes[0]?.target.join(" ")}`);
    }
  }
  expect(found).toEqual([]);
});

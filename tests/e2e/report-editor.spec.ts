import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page, type Route } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./support/accounts";
import { keepScreenshot } from "./support/artifacts";
import { signInThroughForm } from "./support/auth";

// The report editor: the report editor generates a draft of sc-2026 (15 demo replies accepted, maybe
// more accepted by other journeys), checks a sentence's sources, rewrites a paragraph with characters
// that HTML would read as markup, regenerates (the rewrite survives, marked edited), meets another
// tab's save (conflict: the typed text is kept), compares version 1 with the newest, and downloads
// the PDF and the Word file. A reviewer then reads the draft without any edit control.

/**
 * Holds the requests that match until `release()` is called, so that a progress message shown while
 * the server works can be checked however fast the server is.
 */
async function holdRequests(page: Page, url: string | RegExp, matches: (route: Route) => boolean) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const passed: Promise<void>[] = [];
  await page.route(url, async (route) => {
    const done = (async () => {
      if (matches(route)) await held;
      await route.continue();
    })();
    passed.push(done);
    await done;
  });
  return {
    release: async () => {
      release();
      // Unrouting while a request is still held would hand it on twice.
      await Promise.all(passed);
      await page.unroute(url);
    },
  };
}

const isServerAction = (route: Route) => route.request().method() === "POST" && route.request().headers()["next-action"] !== undefined;

/** The numbers of the report's numbered paragraphs, in page order ("paragraph 3" → 3). */
async function paragraphNumbers(page: Page): Promise<number[]> {
  const labels = await page.getByRole("region", { name: "Report text" }).getByRole("article").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? ""));
  return labels.map((l) => Number(/^paragraph (\d+)$/.exec(l)?.[1] ?? NaN));
}

/** The status line of the editor (an aria-live region; Next's route announcer is filtered out). */
const editorStatus = (page: Page) => page.getByTestId("editor-status");

test("an editor generates a draft, traces a sentence, edits, regenerates, compares and downloads; a reviewer reads it", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const suffix = uniqueSuffix().slice(-6);
  const symbol = `S/2026/E2E-${suffix}`;
  const fileBase = `S-2026-E2E-${suffix}`;
  const editedText = `Edited in the journey ${suffix}: <b>bold</b> & “quoted” <script>alert(1)</script> text.`;
  const page = await (await browser.newContext({ baseURL, acceptDownloads: true })).newPage();
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  let editorUrl = "";
  let editedArticle: Locator;

  await test.step("the editor opens the cycle's Reports tab and generates an SC draft, with progress shown", async () => {
    await signInThroughForm(page, DEMO.REPORT_EDITOR, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await page.goto("/cycles/sc-2026");
    await page.getByRole("link", { name: "Reports", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Reports", exact: true })).toHaveAttribute("aria-current", "page");

    const form = page.getByRole("form", { name: "New draft" });
    await expect(form.getByLabel("Template", { exact: true })).toHaveValue("sc-conflict");
    await form.getByLabel("Document symbol").fill(symbol);
    // The General Assembly's fields appear only for a GA template.
    await expect(form.getByLabel("Session")).toHaveCount(0);
    await form.getByLabel("Template", { exact: true }).selectOption("ga-coordination");
    await expect(form.getByLabel("Session")).toBeVisible();
    await form.getByLabel("Template", { exact: true }).selectOption("sc-conflict");
    await expect(form.getByRole("radio", { name: "Anonymous" })).toBeVisible();

    // A symbol left empty is refused on its field, before anything is sent.
    await form.getByLabel("Document symbol").fill("");
    await form.getByRole("button", { name: "Generate the draft" }).click();
    await expect(form.getByText("Document symbol is required")).toBeVisible();
    await expect(form.getByLabel("Document symbol")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Document symbol").fill(symbol);

    const hold = await holdRequests(page, /\/cycles\/sc-2026\/reports$/, isServerAction);
    await form.getByRole("button", { name: "Generate the draft" }).click();
    await expect(form.getByRole("status")).toHaveText(/^Generating the draft from \d+ replies…$/);
    const replies = Number(/from (\d+) replies/.exec((await form.getByRole("status").textContent()) ?? "")?.[1]);
    expect(replies).toBeGreaterThanOrEqual(15);
    await expect(form.getByRole("button", { name: "Generating…" })).toBeDisabled();
    await hold.release();

    await expect(page).toHaveURL(/\/cycles\/sc-2026\/reports\/[0-9a-f-]{36}$/);
    editorUrl = new URL(page.url()).pathname;
    await expect(page.getByText(/^Version 1 · Generated · /)).toBeVisible();
    await expect(page.getByTestId("report-symbol")).toHaveText(symbol);
  });

  await test.step("the paragraphs are numbered 1 to n as printed, without gaps", async () => {
    const numbers = await paragraphNumbers(page);
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    await keepScreenshot(page, "report-editor-draft");
  });

  let tracedBlockId = "";
  await test.step("selecting a generated sentence by keyboard shows its questions and States, linked to their replies", async () => {
    const sentences = page.locator("[data-sentence]");
    const panel = page.getByRole("complementary", { name: "Sources" });
    expect(await sentences.count()).toBeGreaterThan(0);
    let found = false;
    for (let i = 0; i < Math.min(await sentences.count(), 40) && !found; i++) {
      const sentence = sentences.nth(i);
      await sentence.focus();
      await page.keyboard.press("Enter");
      await expect(sentence).toHaveAttribute("aria-pressed", "true");
      await expect(panel.locator("blockquote")).toHaveText((await sentence.textContent())!.trim());
      // Focus moved to the panel.
      await expect(panel.getByRole("heading", { name: "Sources" })).toBeFocused();
      if ((await panel.getByRole("link", { name: /^Reply of / }).count()) > 0) {
        found = true;
        tracedBlockId = (await sentence.locator("xpath=ancestor::article[1]").getAttribute("data-block-id"))!;
      }
    }
    expect(found, "a generated sentence supported by at least one State").toBe(true);
    await expect(panel.getByText(/^(Question|Questions)$/)).toBeVisible();
    await expect(panel.getByRole("link", { name: /^Analysis of question [A-Z]+-\d+/ }).first()).toBeVisible();
    await keepScreenshot(page, "report-editor-sources");

    const stateLink = panel.getByRole("link", { name: /^Reply of / }).first();
    const stateName = ((await stateLink.textContent()) ?? "").replace(/^Reply of /, "").trim();
    const href = await stateLink.getAttribute("href");
    expect(href).toMatch(/^\/cycles\/sc-2026\/replies\/[A-Z]{3}$/);
    await stateLink.click();
    await expect(page.getByRole("heading", { level: 1, name: `Reply of ${stateName}` })).toBeVisible();
    await page.goBack();
    await expect(page.getByTestId("report-symbol")).toHaveText(symbol);

    // Closing the panel returns focus to the sentence.
    const sentence = page.locator(`[data-block-id="${tracedBlockId}"] [data-sentence]`).first();
    await sentence.click();
    await panel.getByRole("button", { name: "Close" }).click();
    await expect(sentence).toBeFocused();
  });

  await test.step("the editor rewrites that paragraph with markup characters: shown as text, marked edited", async () => {
    const article = page.locator(`article[data-block-id="${tracedBlockId}"]`);
    const name = (await article.getAttribute("aria-label"))!;
    await article.getByRole("button", { name: `Edit ${name}`, exact: true }).click();
    const box = article.getByLabel(`Text of ${name}`);
    await expect(box).toBeFocused();
    await box.fill(editedText);
    await article.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editorStatus(page)).toHaveText(`Saved ${name} as version 2.`);
    await expect(page.getByText(/^Version 2 · Edited · /)).toBeVisible();
    await expect(article).toContainText(editedText);
    await expect(article.getByText("Edited", { exact: true })).toBeVisible();
    // Focus is back on the paragraph's Edit button; the text made no element.
    await expect(article.getByRole("button", { name: `Edit ${name}`, exact: true })).toBeFocused();
    await expect(article.locator("b, script")).toHaveCount(0);
    // The rewritten paragraph still offers the sources of the text it replaced.
    await article.getByRole("button", { name: `Sources of ${name}` }).click();
    await expect(page.getByRole("complementary", { name: "Sources" }).getByRole("link", { name: /^Reply of / }).first()).toBeVisible();
    editedArticle = page.getByRole("article").filter({ hasText: editedText });
  });

  await test.step("a reply accepted after generation is announced and the paragraphs resting on the count are marked", async () => {
    // Singapore's demo reply is submitted, not accepted (no other journey uses Singapore).
    const reviewer = await (await browser.newContext({ baseURL })).newPage();
    await signInThroughForm(reviewer, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await reviewer.goto("/cycles/sc-2026/replies/SGP");
    await reviewer.getByRole("button", { name: "Accept this version" }).click();
    await reviewer.getByRole("button", { name: "Yes, accept" }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: /^Version \d+ is accepted\.$/ })).toBeVisible();
    await reviewer.context().close();

    await page.reload();
    const banner = page.getByRole("status").filter({ hasText: "Replies changed since this version was generated." });
    await expect(banner).toContainText("New replies not in this draft: Singapore.");
    await expect(page.getByText("Sources changed since generation — review").first()).toBeVisible();
    // The edit is still there and still marked.
    await expect(editedArticle.getByText("Edited", { exact: true })).toBeVisible();
  });

  await test.step("regenerating keeps the edit, marked edited, and says what changed", async () => {
    await page.getByRole("button", { name: "Regenerate", exact: true }).click();
    await expect(editorStatus(page)).toHaveText(/^Regenerated as version 3\. /);
    await expect(editorStatus(page)).toBeFocused();
    await expect(page.getByText(/^Version 3 · Regenerated · /)).toBeVisible();
    await expect(editedArticle).toHaveCount(1);
    await expect(editedArticle.getByText("Edited", { exact: true })).toBeVisible();
    const numbers = await paragraphNumbers(page);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // The regenerated draft uses Singapore's reply: no banner, and only an edited paragraph (whose
    // generated text moved on under the editor's rewrite) may still ask for review.
    await expect(page.getByText("Replies changed since this version was generated.")).toHaveCount(0);
    await expect(
      page
        .getByRole("article")
        .filter({ hasText: "Sources changed since generation — review" })
        .filter({ hasNot: page.getByText("Edited", { exact: true }) }),
    ).toHaveCount(0);
  });

  await test.step("a save on a version someone else changed is refused; the typed text is kept; reload, save again", async () => {
    // Another paragraph than the one rewritten above.
    const target = page.getByRole("region", { name: "Report text" }).locator(`article:not([data-block-id="${tracedBlockId}"])`).first();
    const name = (await target.getAttribute("aria-label"))!;
    const number = Number(name.replace("paragraph ", ""));
    const other = await page.context().newPage();
    await other.goto(editorUrl);
    await target.getByRole("button", { name: `Edit ${name}`, exact: true }).click();
    const mine = `My rewrite of ${name}, ${suffix}.`;
    await target.getByLabel(`Text of ${name}`).fill(mine);

    // The other tab adds a paragraph after it first (version 4).
    const otherTarget = other.getByRole("article", { name, exact: true });
    await otherTarget.getByRole("button", { name: `Add paragraph after ${name}`, exact: true }).click();
    await otherTarget.getByLabel(`New paragraph after ${name}`).fill(`Added from another tab ${suffix}.`);
    await otherTarget.getByRole("button", { name: "Add paragraph", exact: true }).click();
    await expect(editorStatus(other)).toHaveText("Added a paragraph (version 4).");
    await other.close();

    await target.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Someone else changed this draft since you opened it" })).toBeVisible();
    await expect(target.getByLabel(`Text of ${name}`)).toHaveValue(mine);
    await page.getByRole("button", { name: "Reload the draft" }).click();
    await expect(page.getByText(/^Version 4 · Edited · /)).toBeVisible();
    await expect(page.getByRole("article", { name: `paragraph ${number + 1}`, exact: true })).toContainText(`Added from another tab ${suffix}.`);
    await expect(target.getByLabel(`Text of ${name}`)).toHaveValue(mine);
    await target.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editorStatus(page)).toHaveText(`Saved ${name} as version 5.`);
    await expect(target).toContainText(mine);
  });

  await test.step("version 1 compared with the newest shows the rewrite word by word", async () => {
    await page.getByRole("link", { name: "Versions and compare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Versions" })).toBeVisible();
    const rows = page.getByRole("table", { name: /^Versions of / }).getByRole("row");
    await expect(rows).toHaveCount(6); // header + 5 versions
    await expect(rows.nth(1)).toContainText("Edited");
    await page.getByRole("link", { name: "Compare version 1 with 5" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Version 1 compared with version 5" })).toBeVisible();
    await expect(page.locator("ins").filter({ hasText: "<b>bold</b>" }).first()).toBeVisible();
    await expect(page.locator("ins").filter({ hasText: `${suffix}.` }).first()).toBeVisible();
    await expect(page.locator('[data-change="added"]').filter({ hasText: `Added from another tab ${suffix}.` })).toBeVisible();
    expect(await page.locator("del").count()).toBeGreaterThan(0);
    await expect(page.getByTestId("compare-counts")).toContainText(/[1-9]\d* added/);
    await keepScreenshot(page, "report-compare");

    // An old version opens read only.
    await page.goto(`${editorUrl}?version=1`);
    await expect(page.getByText("You are viewing version 1, read only. The current version is 5.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Edit paragraph/ })).toHaveCount(0);
    await expect(page.getByText(editedText)).toHaveCount(0);
  });

  await test.step("the PDF and the Word file download, with progress, named after the symbol", async () => {
    await page.goto(editorUrl);
    await expect(page.getByText(/^Version 5 · /)).toBeVisible();
    const hold = await holdRequests(page, /\/api\/reports\/[^/]+\/export/, () => true);
    const pdfDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download PDF" }).click();
    await expect(page.getByTestId("download-status")).toHaveText("Preparing the PDF…");
    await expect(page.getByRole("button", { name: "Download Word" })).toBeDisabled();
    await hold.release();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(`${fileBase}_v5.pdf`);
    const pdfBytes = readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await expect(page.getByTestId("download-status")).toHaveText(`Downloaded ${fileBase}_v5.pdf.`);

    const wordDownload = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download Word" }).click();
    const word = await wordDownload;
    expect(word.suggestedFilename()).toBe(`${fileBase}_v5.docx`);
    const wordBytes = readFileSync((await word.path())!);
    expect(wordBytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  await test.step("no serious accessibility violation and no CSP error on the editor", async () => {
    await page.goto(editorUrl);
    await expect(page.getByTestId("report-symbol")).toHaveText(symbol);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    expect(consoleErrors.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
  });

  await test.step("a reviewer reads the draft and its sources, with no edit control", async () => {
    const reviewer = await (await browser.newContext({ baseURL })).newPage();
    await signInThroughForm(reviewer, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await reviewer.goto("/cycles/sc-2026/reports");
    await expect(reviewer.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    await expect(reviewer.getByRole("form", { name: "New draft" })).toHaveCount(0);
    await reviewer.locator(`a[href="${editorUrl}"]`).click();
    await expect(reviewer.getByTestId("report-symbol")).toHaveText(symbol);
    await expect(reviewer.getByRole("article").filter({ hasText: editedText })).toHaveCount(1);
    await expect(reviewer.getByRole("button", { name: /^(Edit|Delete|Move|Revert|Add)/ })).toHaveCount(0);
    await expect(reviewer.getByRole("button", { name: "Regenerate" })).toHaveCount(0);
    await expect(reviewer.getByRole("button", { name: "Download PDF" })).toBeVisible();
    const sentence = reviewer.locator("[data-sentence]").first();
    await sentence.focus();
    await reviewer.keyboard.press("Enter");
    await expect(reviewer.getByRole("complementary", { name: "Sources" }).locator("blockquote")).toHaveText((await sentence.textContent())!.trim());
    await reviewer.context().close();
  });
});

test("an editor restructures a draft by keyboard: move, delete, revert, footnotes, recommendations, masthead", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const suffix = uniqueSuffix().slice(-6);
  const page = await (await browser.newContext({ baseURL })).newPage();
  const body = page.getByRole("region", { name: "Report text" });
  const press = async (control: Locator, key = "Enter") => {
    await control.focus();
    await page.keyboard.press(key);
  };
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

  await test.step("a General Assembly draft needs its session and agenda item; an SC draft is generated", async () => {
    await signInThroughForm(page, DEMO.REPORT_EDITOR, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await page.goto("/cycles/sc-2026/reports");
    const form = page.getByRole("form", { name: "New draft" });
    await form.getByLabel("Template", { exact: true }).selectOption("ga-coordination");
    await form.getByLabel("Document symbol").fill(`A/81/KB-${suffix}`);
    await press(form.getByRole("button", { name: "Generate the draft" }));
    await expect(form.getByText("Session is required for a General Assembly report")).toBeVisible();
    await expect(form.getByLabel("Session")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText(/^Agenda item number is required/)).toBeVisible();

    await form.getByLabel("Template", { exact: true }).selectOption("sc-conflict");
    await form.getByLabel("Document symbol").fill(`S/2026/KB-${suffix}`);
    await press(form.getByRole("button", { name: "Generate the draft" }));
    await expect(page).toHaveURL(/\/cycles\/sc-2026\/reports\/[0-9a-f-]{36}$/);
    await expect(page.getByText(/^Version 1 · Generated · /)).toBeVisible();
  });

  await test.step("moving a paragraph keeps focus on its control; deleting asks first and renumbers", async () => {
    const third = body.getByRole("article", { name: "paragraph 3", exact: true });
    const text = (await third.locator("p").first().textContent())!.replace(/^3\. /, "");
    await press(third.getByRole("button", { name: "Move down paragraph 3", exact: true }));
    await expect(page.getByTestId("editor-status")).toHaveText(/^Moved paragraph 3 \(version 2\)\.$/);
    const moved = body.getByRole("article").filter({ hasText: text });
    await expect(moved.getByRole("button", { name: /^Move down/ })).toBeFocused();

    const fourth = body.getByRole("article", { name: "paragraph 4", exact: true });
    const doomed = (await fourth.locator("p").first().textContent())!.replace(/^4\. /, "");
    const before = (await paragraphNumbers(page)).length;
    await press(fourth.getByRole("button", { name: "Delete paragraph 4", exact: true }));
    await expect(page.getByText("Delete paragraph 4? It stays deleted when the draft is regenerated.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Yes, delete" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("editor-status")).toHaveText("Deleted paragraph 4 (version 3).");
    await expect(page.getByTestId("editor-status")).toBeFocused();
    await expect(body.getByRole("article").filter({ hasText: doomed })).toHaveCount(0);
    const numbers = await paragraphNumbers(page);
    expect(numbers).toHaveLength(before - 1);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  await test.step("a rewritten generated paragraph reverts to the engine's text", async () => {
    const blockId = (await body.getByRole("article").filter({ has: page.locator("[data-sentence]") }).first().getAttribute("data-block-id"))!;
    const generated = body.locator(`article[data-block-id="${blockId}"]`);
    const name = (await generated.getAttribute("aria-label"))!;
    const original = (await generated.locator("p").first().textContent())!;
    await press(generated.getByRole("button", { name: `Edit ${name}`, exact: true }));
    await page.keyboard.type(` Rewritten ${suffix}.`);
    await press(generated.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByTestId("editor-status")).toHaveText(`Saved ${name} as version 4.`);
    await expect(generated).toContainText(`Rewritten ${suffix}.`);
    await press(generated.getByRole("button", { name: `Revert to generated ${name}`, exact: true }));
    await expect(page.getByTestId("editor-status")).toHaveText(`Reverted ${name} to the generated text (version 5).`);
    await expect(generated.locator("p").first()).toHaveText(original);
    await expect(generated.getByText("Edited", { exact: true })).toHaveCount(0);
  });

  await test.step("footnotes are added, renumbered, edited and deleted", async () => {
    const first = body.getByRole("article", { name: "paragraph 1", exact: true });
    const footnotesBefore = await body.locator("sup a").count();
    await press(first.getByRole("button", { name: "Add footnote to paragraph 1", exact: true }));
    await expect(first.getByLabel("New footnote to paragraph 1")).toBeFocused();
    await page.keyboard.type(`See also A/80/${suffix}.`);
    await press(first.getByRole("button", { name: "Add footnote", exact: true }).last());
    await expect(page.getByTestId("editor-status")).toHaveText("Added a footnote (version 6).");
    const notes = first.getByRole("list", { name: "Footnotes of paragraph 1" });
    await expect(notes.getByRole("listitem")).toHaveCount(1);
    await expect(notes).toContainText(`1See also A/80/${suffix}.`);
    // Every later footnote moved up by one: the markers still run 1..n.
    const markers = (await body.locator("sup a").allTextContents()).map(Number);
    expect(markers).toEqual(Array.from({ length: footnotesBefore + 1 }, (_, i) => i + 1));

    await press(notes.getByRole("button", { name: "Edit footnote 1", exact: true }));
    const box = notes.getByLabel("Text of footnote 1");
    await box.fill(`See A/80/${suffix}, annex.`);
    await press(notes.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByTestId("editor-status")).toHaveText("Saved footnote 1 as version 7.");
    await expect(notes).toContainText(`See A/80/${suffix}, annex.`);
    await press(notes.getByRole("button", { name: "Delete footnote 1", exact: true }));
    await press(notes.getByRole("button", { name: "Yes, delete" }));
    await expect(page.getByTestId("editor-status")).toHaveText("Deleted footnote 1 (version 8).");
    await expect(first.getByRole("list", { name: "Footnotes of paragraph 1" })).toHaveCount(0);
  });

  await test.step("recommendations: an item is added, moved up and saved; letters and end punctuation follow", async () => {
    const edit = body.getByRole("button", { name: /^Edit recommendations paragraph \d+$/ });
    const name = ((await edit.textContent()) ?? "").replace("Edit recommendations", "").trim();
    const block = body.getByRole("article", { name, exact: true });
    const itemsBefore = await block.getByRole("listitem").count();
    expect(itemsBefore).toBeGreaterThan(0);
    await press(edit);
    const form = page.getByRole("form", { name: `Edit the recommendations of ${name}` });
    await expect(form.getByLabel("Opening words (chapeau)")).toBeFocused();
    await press(form.getByRole("button", { name: "Add recommendation" }));
    await page.keyboard.type(`Publish the data of ${suffix}`);
    const last = `(${String.fromCharCode(97 + itemsBefore)})`;
    await press(form.getByRole("button", { name: `Move up recommendation ${last}`, exact: true }));
    // Focus follows the moved item (its own Move up button, one letter earlier).
    await expect.poll(focusedName).toBe(`Move up recommendation (${String.fromCharCode(96 + itemsBefore)})`);
    await press(form.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByTestId("editor-status")).toHaveText(`Saved ${name} as version 9.`);
    const items = block.getByRole("listitem");
    await expect(items).toHaveCount(itemsBefore + 1);
    await expect(items.nth(itemsBefore - 1)).toHaveText(`(${String.fromCharCode(96 + itemsBefore)})Publish the data of ${suffix};`);
    await expect(items.last()).toHaveText(/\.$/);
  });

  await test.step("the masthead: a new symbol and job number; focus returns to the button", async () => {
    await press(page.getByRole("button", { name: "Edit masthead and settings" }));
    const form = page.getByRole("form", { name: "Masthead and settings" });
    await form.getByLabel("Document symbol").fill(`S/2026/NEW-${suffix}`);
    await form.getByLabel("Job number").fill("26-99999 (E)");
    await press(form.getByRole("button", { name: "Save", exact: true }));
    await expect(page.getByTestId("editor-status")).toHaveText("Saved the masthead as version 10.");
    await expect(page.getByTestId("report-symbol")).toHaveText(`S/2026/NEW-${suffix}`);
    await expect(page.getByText("26-99999 (E)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Edit masthead and settings" })).toBeFocused();
  });

  await test.step("the comparison lists the moved and deleted paragraphs and the masthead change", async () => {
    await page.goto(`${new URL(page.url()).pathname}/compare?from=1&to=10`);
    await expect(page.getByRole("heading", { level: 1, name: "Version 1 compared with version 10" })).toBeVisible();
    await expect(page.locator('[data-change="removed"]')).toHaveCount(1);
    expect(await page.locator('[data-change="moved"]').count()).toBeGreaterThan(0);
    const masthead = page.getByRole("table", { name: "Masthead and title block" });
    await expect(masthead.getByRole("row").filter({ hasText: `S/2026/NEW-${suffix}` })).toHaveCount(1);
    await keepScreenshot(page, "report-compare-restructured");
  });
});

import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, uniqueEmail } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { answerEveryRequiredQuestion, pressOn, question } from "./support/questionnaire";
import { createActiveUser } from "./support/users";

// The review loop across two people: Chile's focal point submits; the reviewer returns the reply with
// a comment on one question; the focal point sees the comment on that question, changes the answer
// and resubmits; the reviewer sees what changed and accepts. (No other journey uses Chile.)

const LAW_LABEL = "Law(s) and article(s)";

test("a reviewer returns a reply with a comment, the State corrects and resubmits, the reviewer accepts", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const account = await createActiveUser(browser, baseURL!, {
    name: "Focal point of Chile",
    email: uniqueEmail("focal.chl"),
    role: "State focal point",
    memberState: "Chile",
  });
  const state = await (await browser.newContext({ baseURL })).newPage();
  const reviewer = await (await browser.newContext({ baseURL })).newPage();

  await test.step("Chile's focal point answers every required question and submits version 1", async () => {
    await signInThroughForm(state, account.email, account.password, "/workspace");
    await state.goto("/workspace/sc-2026/a");
    await answerEveryRequiredQuestion(state, { name: "Camila Rojas", email: "trata@minjusticia.cl" });
    await state.goto("/workspace/sc-2026/sign-off");
    await pressOn(state, state.getByLabel("I confirm that this reply has been reviewed and is submitted on behalf of my Government."), "Space");
    await pressOn(state, state.getByRole("button", { name: "Submit the reply" }), "Enter");
    await expect(state.getByRole("status").filter({ hasText: "Version 1 of this reply was submitted on" })).toBeVisible();
  });

  await test.step("the reviewer comments on LEG-02, adds an internal note, and returns the reply", async () => {
    await signInThroughForm(reviewer, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await reviewer.goto("/cycles/sc-2026/replies/CHL");
    await expect(reviewer.getByRole("heading", { level: 1, name: "Reply of Chile" })).toBeVisible();
    const leg2 = reviewer.locator('article[id="LEG-02"]');
    await expect(leg2).toContainText("Penal Code, section 257");

    await leg2.getByLabel("Comment on LEG-02").fill("Please also cite the article that covers trafficking for forced labour.");
    await leg2.getByRole("button", { name: "Add comment" }).click();
    await expect(leg2.getByText("Sent to the State on return")).toBeVisible();
    await leg2.getByLabel("Comment on LEG-02").fill("Checked against the UNODC profile: article 411 ter is the one.");
    await leg2.getByLabel("Internal note (secretariat only)").check();
    await leg2.getByRole("button", { name: "Add comment" }).click();
    await expect(leg2.getByText("Internal note — never shown to the State")).toBeVisible();

    await reviewer.getByRole("button", { name: "Return for clarification" }).click();
    await expect(reviewer.getByText("Return the reply to the State with 1 comment?")).toBeVisible();
    await reviewer.getByRole("button", { name: "Yes, return it" }).click();
    await expect(reviewer.getByText("The reply was returned to the State with 1 comment.")).toBeVisible();
    await expect(reviewer.getByText("Returned for clarification")).toBeVisible();
  });

  await test.step("the focal point sees the comment on that question, never the internal note, changes the answer and resubmits", async () => {
    await state.goto("/workspace/sc-2026");
    await expect(state.getByText(/returned your reply for clarification/)).toBeVisible();
    await state.getByRole("link", { name: "LEG-02", exact: true }).click();
    const leg2 = question(state, "LEG-02");
    await expect(leg2.getByText("Please also cite the article that covers trafficking for forced labour.")).toBeVisible();
    await expect(state.getByText("article 411 ter is the one")).toHaveCount(0);
    await expect(state.getByText("Internal note")).toHaveCount(0);

    const law = leg2.getByLabel(LAW_LABEL, { exact: true });
    await law.fill("Penal Code, articles 411 bis and 411 ter");
    await law.press("Tab");
    await expect(state.getByTestId("save-status")).toHaveText(/^(Saved at |All changes saved)/);

    await state.goto("/workspace/sc-2026/sign-off");
    await pressOn(state, state.getByLabel("I confirm that this reply has been reviewed and is submitted on behalf of my Government."), "Space");
    await pressOn(state, state.getByRole("button", { name: "Submit the reply" }), "Enter");
    await expect(state.getByRole("status").filter({ hasText: "Version 2 of this reply was submitted on" })).toBeVisible();

    await state.goto("/workspace/sc-2026/versions");
    await expect(state.getByRole("heading", { level: 2, name: /^Version 2, submitted on/ })).toBeVisible();
    await expect(state.getByText("Penal Code, articles 411 bis and 411 ter")).toBeVisible();
  });

  await test.step("the reviewer sees what changed and accepts version 2", async () => {
    await reviewer.reload();
    await expect(reviewer.getByRole("heading", { level: 2, name: /What changed from version 1 to version 2 \(1 answer\)/ })).toBeVisible();
    const leg2 = reviewer.locator('article[id="LEG-02"]');
    await expect(leg2.getByText("Changed in this version")).toBeVisible();
    await expect(leg2).toContainText("Penal Code, articles 411 bis and 411 ter");
    await reviewer.getByRole("button", { name: "Accept this version" }).click();
    await reviewer.getByRole("button", { name: "Yes, accept" }).click();
    await expect(reviewer.getByText("Version 2 is accepted.")).toBeVisible();
    await expect(reviewer.getByRole("button", { name: "Accept this version" })).toHaveCount(0);
  });

  await test.step("the State sees the acceptance and can no longer change the reply", async () => {
    await state.goto("/workspace/sc-2026");
    await expect(state.getByText("The secretariat accepted version 2 of your reply.")).toBeVisible();
  });
});

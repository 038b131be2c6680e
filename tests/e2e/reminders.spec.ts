import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./support/accounts";
import { signInThroughForm } from "./support/auth";
import { capturedMailsTo, type CapturedMail } from "./support/smtp";

const CYCLE_TITLE = "Trafficking in persons in armed conflict: report of the Secretary-General (2026)";
const GHANA_FOCAL_POINT = DEMO.STATE_FOCAL_POINT; // Ghana has not submitted its reply to sc-2026

function remindersToGhana(): CapturedMail[] {
  return capturedMailsTo(GHANA_FOCAL_POINT).filter((m) => m.subject.startsWith("Reminder:") && m.subject.includes(CYCLE_TITLE));
}

test("a reviewer reminds the States that have not submitted: Ghana's focal point receives one e-mail through SMTP, once a day", async ({ page, baseURL }) => {
  const before = remindersToGhana().length;

  await test.step("the reviewer opens the cycle's Reminders page", async () => {
    await signInThroughForm(page, DEMO.SECRETARIAT_REVIEWER, DEMO_PASSWORD, /\/(dashboard|cycles)/);
    await page.goto("/cycles/sc-2026/reminders");
    await expect(page.getByRole("heading", { level: 1, name: "Reminders" })).toBeVisible();
    await expect(page.getByText("Scheduled reminders are sent 14 and 3 days before the deadline of 31 January 2027.")).toBeVisible();
    // Reviewers remind by hand; running the scheduled job is for administrators.
    await expect(page.getByRole("button", { name: "Run scheduled reminders now" })).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  await test.step("'Remind now' sends the reminder to Ghana's focal point through the SMTP server", async () => {
    await page.getByRole("button", { name: "Remind now the States that have not submitted" }).click();
    await expect(page.getByRole("status").filter({ hasText: /reminders? sent\./ })).toBeVisible();

    const received = remindersToGhana();
    expect(received).toHaveLength(before + 1);
    const mail = received.at(-1)!;
    expect(mail.subject).toBe(`Reminder: the reply of Ghana to the questionnaire for ${CYCLE_TITLE} is due on 31 January 2027`);
    expect(mail.text).toContain(`The reply of Ghana to the questionnaire for ${CYCLE_TITLE} has not been submitted yet.`);
    expect(mail.text).toMatch(/The deadline is 31 January 2027, in \d+ days\./);
    expect(mail.text).toContain(`${baseURL}/workspace/sc-2026`);
    expect(mail.from).toBe("no-reply@rapporteur.test");

    const deliveries = page.getByRole("table", { name: "Reminders sent in this cycle, newest first" });
    const ghana = deliveries.getByRole("row").filter({ has: page.getByRole("cell", { name: "Ghana", exact: true }) });
    await expect(ghana).toHaveCount(1);
    await expect(ghana.getByRole("cell", { name: "Sent by hand" })).toBeVisible();
    await expect(ghana.getByRole("cell", { name: "Sent", exact: true })).toBeVisible();
    await expect(ghana.getByRole("cell", { name: GHANA_FOCAL_POINT })).toBeVisible();
  });

  await test.step("clicking again the same day sends Ghana nothing more", async () => {
    await page.getByRole("button", { name: "Remind now the States that have not submitted" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "No reminder sent: every State that has not submitted was already reminded." }),
    ).toBeVisible();
    // The action returns after delivery, so anything it sent has arrived by now.
    expect(remindersToGhana()).toHaveLength(before + 1);
    const deliveries = page.getByRole("table", { name: "Reminders sent in this cycle, newest first" });
    await expect(deliveries.getByRole("row").filter({ has: page.getByRole("cell", { name: "Ghana", exact: true }) })).toHaveCount(1);
  });
});

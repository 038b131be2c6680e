import { describe, expect, it } from "vitest";
import { reminderMail } from "./reminder-mail";

const base = {
  to: ["a@example.test", "b@example.test"],
  stateName: "Ghana",
  cycleTitle: "Trafficking in persons (2026)",
  deadline: "2027-01-15",
  daysLeft: 14,
  returned: false,
  comments: 0,
  workspaceUrl: "https://rapporteur.example/workspace/sc-2026",
};

describe("reminderMail", () => {
  it("names the State, the cycle, the deadline in the UN style and the workspace link, to every focal point", () => {
    const mail = reminderMail(base);
    expect(mail.to).toBe("a@example.test, b@example.test");
    expect(mail.kind).toBe("REMINDER");
    expect(mail.subject).toBe("Reminder: the reply of Ghana to the questionnaire for Trafficking in persons (2026) is due on 15 January 2027");
    expect(mail.text).toContain("The reply of Ghana to the questionnaire for Trafficking in persons (2026) has not been submitted yet.");
    expect(mail.text).toContain("The deadline is 15 January 2027, in 14 days.");
    expect(mail.text.split("\n")).toContain("https://rapporteur.example/workspace/sc-2026");
  });

  it("says when the deadline is today, tomorrow or past", () => {
    expect(reminderMail({ ...base, daysLeft: 1 }).text).toContain("The deadline is 15 January 2027, in 1 day.");
    expect(reminderMail({ ...base, daysLeft: 0 }).text).toContain("The deadline is today, 15 January 2027.");
    expect(reminderMail({ ...base, daysLeft: -2 }).text).toContain("The deadline was 15 January 2027.");
  });

  it("a returned reply has its own wording and counts the comments waiting", () => {
    const mail = reminderMail({ ...base, returned: true, comments: 1 });
    expect(mail.kind).toBe("REMINDER_RETURNED");
    expect(mail.subject).toBe("Reminder: the reply of Ghana returned for clarification in Trafficking in persons (2026) is due on 15 January 2027");
    expect(mail.text).toContain("was returned for clarification and has not been resubmitted. 1 comment is waiting for your answer.");
    expect(mail.text).toContain("Please answer the comments and submit the reply again in the workspace:");
    expect(reminderMail({ ...base, returned: true, comments: 3 }).text).toContain("3 comments are waiting for your answer.");
  });
});

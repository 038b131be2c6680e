import "server-only";
import { formatUnDate } from "@/lib/reminders/due";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailInput } from "@/lib/server/mail/queue-mail";

export interface ReminderMailInput {
  /** Every recipient, joined into one message (one message per State and reminder). */
  to: string[];
  stateName: string;
  cycleTitle: string;
  /** YYYY-MM-DD */
  deadline: string;
  daysLeft: number;
  returned: boolean;
  /** Secretariat comments shared with the State at the return (returned replies only). */
  comments: number;
  workspaceUrl: string;
  locale?: string | null;
}

/** The reminder e-mail: the State, the cycle, the deadline in the UN style and the workspace link. */
export function reminderMail(input: ReminderMailInput): MailInput {
  const t = translatorFor(input.locale);
  const deadline = formatUnDate(input.deadline);
  const names = { state: input.stateName, cycle: input.cycleTitle, deadline };
  const timing = input.daysLeft < 0 ? "past" : input.daysLeft === 0 ? "today" : "future";
  const lines = [
    t("reminders.email.greeting"),
    "",
    input.returned ? t("reminders.email.returned", { ...names, comments: input.comments }).trim() : t("reminders.email.notSubmitted", names),
    t("reminders.email.deadline", { deadline, timing, days: Math.max(input.daysLeft, 0) }),
    "",
    input.returned ? t("reminders.email.actionReturned") : t("reminders.email.action"),
    input.workspaceUrl,
    "",
    t("reminders.email.footer", { state: input.stateName }),
  ];
  return {
    kind: input.returned ? "REMINDER_RETURNED" : "REMINDER",
    to: input.to.join(", "),
    subject: input.returned ? t("reminders.email.subjectReturned", names) : t("reminders.email.subject", names),
    text: lines.join("\n"),
  };
}

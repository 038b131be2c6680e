import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import { formatUnDate } from "@/lib/reminders/due";
import type { MailInput } from "@/lib/server/mail/queue-mail";

/** The e-mail to a focal point when the secretariat returns the State's reply for clarification. */
export function returnedMail(opts: {
  to: string;
  name: string;
  locale: string | null;
  stateName: string;
  cycleTitle: string;
  deadline: string;
  comments: number;
  questions: string[];
  url: string;
}): MailInput {
  const t = translatorFor(opts.locale);
  return {
    kind: "SUBMISSION_RETURNED",
    to: opts.to,
    subject: t("review.email.returned.subject", { state: opts.stateName, cycle: opts.cycleTitle }),
    text: t("review.email.returned.body", {
      name: opts.name,
      state: opts.stateName,
      cycle: opts.cycleTitle,
      count: opts.comments,
      questions: opts.questions.join(", "),
      deadline: formatUnDate(opts.deadline),
      url: opts.url,
    }),
  };
}

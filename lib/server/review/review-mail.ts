import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailInput } from "@/lib/server/mail/queue-mail";

/** "15 January 2027": the UN date style (day month year), for e-mails. */
export function unDate(isoDate: string, locale: string | null | undefined): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale ?? "en", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

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
      deadline: unDate(opts.deadline, opts.locale),
      url: opts.url,
    }),
  };
}

import "server-only";
import { translatorFor } from "@/lib/i18n/translator";
import type { MailInput } from "./queue-mail";

/** The invitation e-mail, in the recipient's language. */
export function invitationMail(opts: { to: string; name: string; inviterName: string; url: string; locale?: string | null }): MailInput {
  const t = translatorFor(opts.locale);
  return {
    kind: "INVITATION",
    to: opts.to,
    subject: t("email.invitation.subject"),
    text: t("email.invitation.body", { name: opts.name, inviter: opts.inviterName, url: opts.url, hours: 72 }),
  };
}

/** The password-reset e-mail, in the recipient's language. */
export function passwordResetMail(opts: { to: string; name: string; url: string; locale?: string | null }): MailInput {
  const t = translatorFor(opts.locale);
  return {
    kind: "PASSWORD_RESET",
    to: opts.to,
    subject: t("email.passwordReset.subject"),
    text: t("email.passwordReset.body", { name: opts.name, url: opts.url, hours: 2 }),
  };
}

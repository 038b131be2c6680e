import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/guards";
import { findOutboxMessages } from "@/lib/server/outbox/find-outbox-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

/** Every e-mail the system wrote; without SMTP_URL this is where they are read. */
export default async function OutboxPage() {
  const actor = await requireArea("area:admin");
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  const messages = await findOutboxMessages({ actor });
  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="space-y-4">
        {messages.map((m) => (
          <li key={m.id}>
            <article className="rounded border border-gray-300 bg-white p-4" aria-label={t("messageTo", { to: m.toAddress, subject: m.subject })}>
              <h2 className="font-semibold">{m.subject}</h2>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-gray-700">
                <dt>{t("to")}</dt>
                <dd>{m.toAddress}</dd>
                <dt>{t("written")}</dt>
                <dd>{format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</dd>
                <dt>{t("status")}</dt>
                <dd>
                  {t(`statusValue.${m.status}`)}
                  {m.error ? ` — ${m.error}` : ""}
                </dd>
              </dl>
              <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm">{m.textBody}</pre>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}

import "server-only";
import { outboxMessages } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

export interface MailInput {
  kind: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Records a message in the outbox inside the caller's transaction, so a message exists exactly
 * when the change that caused it committed. Delivery happens afterwards (deliverOutbox).
 */
export async function queueMail(tx: DbOrTx, input: MailInput): Promise<string> {
  const [row] = await tx
    .insert(outboxMessages)
    .values({ kind: input.kind, toAddress: input.to, subject: input.subject, textBody: input.text })
    .returning({ id: outboxMessages.id });
  if (!row) throw new Error("outbox insert returned no row");
  return row.id;
}

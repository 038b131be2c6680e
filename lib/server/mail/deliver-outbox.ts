import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import nodemailer from "nodemailer";
import { outboxMessages } from "@/db/schema";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

/**
 * Sends the given stored messages through SMTP_URL and records the outcome. Without SMTP_URL the
 * messages stay in the outbox, where admins read them. Never throws: a failed delivery is recorded.
 */
export async function deliverOutbox(opts: { messageIds: string[] }): Promise<void> {
  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl || opts.messageIds.length === 0) return;
  const db = await getDb();
  const transport = nodemailer.createTransport(smtpUrl);
  const messages = await db
    .select()
    .from(outboxMessages)
    .where(and(inArray(outboxMessages.id, opts.messageIds), eq(outboxMessages.status, "STORED")));
  for (const message of messages) {
    try {
      await transport.sendMail({ from: env().MAIL_FROM, to: message.toAddress, subject: message.subject, text: message.textBody });
      await db.update(outboxMessages).set({ status: "SENT", sentAt: new Date() }).where(eq(outboxMessages.id, message.id));
    } catch (error) {
      logger.warn({ messageId: message.id, err: error instanceof Error ? error.message : String(error) }, "mail delivery failed");
      await db
        .update(outboxMessages)
        .set({ status: "FAILED", error: error instanceof Error ? error.message.slice(0, 500) : "unknown" })
        .where(eq(outboxMessages.id, message.id));
    }
  }
}

import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { userTokens, users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { parseInput } from "@/lib/schemas/parse";
import { ZRequestPasswordResetInput, type TRequestPasswordResetInput } from "@/lib/schemas/users";
import { getAppUrl } from "@/lib/server/app-url";
import { writeAudit } from "@/lib/server/audit";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { queueMail } from "@/lib/server/mail/queue-mail";
import { passwordResetMail } from "@/lib/server/mail/templates";
import { issueToken } from "@/lib/server/tokens";

/** At most this many reset e-mails per account per hour; further requests are silently ignored. */
const MAX_RESETS_PER_HOUR = 3;

/**
 * Sends a reset link when the address belongs to an active account. The caller always gets the
 * same answer, so the form cannot be used to learn whether an address has an account.
 */
export async function requestPasswordReset(opts: { input: TRequestPasswordResetInput }): Promise<void> {
  const { email } = parseInput(ZRequestPasswordResetInput, opts.input);
  const db = await getDb();
  const messageId = await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase()));
    if (!user || user.disabled || !user.passwordHash) return null;
    const [recent] = await tx
      .select({ n: count() })
      .from(userTokens)
      .where(
        and(
          eq(userTokens.userId, user.id),
          eq(userTokens.purpose, "PASSWORD_RESET"),
          gt(userTokens.createdAt, new Date(Date.now() - 60 * 60 * 1000)),
        ),
      );
    if ((recent?.n ?? 0) >= MAX_RESETS_PER_HOUR) return null;
    const token = await issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", createdById: null });
    const id = await queueMail(
      tx,
      passwordResetMail({ to: user.email, name: user.name, url: `${getAppUrl()}/reset-password/${token}`, locale: user.locale }),
    );
    await writeAudit(tx, {
      actor: { userId: user.id, email: user.email },
      action: "user.password_reset_requested",
      targetType: "user",
      targetId: user.id,
      memberStateId: user.memberStateId,
    });
    return id;
  });
  // Not awaited: an answer that waited for SMTP would be slower for real accounts and reveal them.
  if (messageId) void deliverOutbox({ messageIds: [messageId] });
}

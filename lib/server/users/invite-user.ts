import "server-only";
import { eq, sql } from "drizzle-orm";
import { memberStates, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZInviteUserInput, type TInviteUserInput } from "@/lib/schemas/users";
import { getAppUrl } from "@/lib/server/app-url";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { queueMail } from "@/lib/server/mail/queue-mail";
import { invitationMail } from "@/lib/server/mail/templates";
import { issueToken } from "@/lib/server/tokens";

/**
 * Invites a user: creates the account without a password, a 72-hour single-use link, the e-mail
 * and the audit event, all in one transaction. Admins invite anyone; a focal point invites
 * contributors bound to their own Member State only.
 */
export async function inviteUser(opts: { actor: Actor | null; input: TInviteUserInput }): Promise<{ userId: string }> {
  const { actor } = opts;
  const input = parseInput(ZInviteUserInput, opts.input);
  let memberStateId = input.memberStateId ?? null;
  if (actor && !can(actor.role, "user:invite:any")) {
    assertCan(actor, "user:invite:own-state-contributor");
    if (input.role !== "STATE_CONTRIBUTOR") throw new AppError("FORBIDDEN", "You may invite contributors only.");
    if (memberStateId !== actor.memberStateId) throw new AppError("FORBIDDEN", "You may invite colleagues of your own State only.");
    memberStateId = actor.memberStateId;
  } else {
    assertCan(actor, "user:invite:any");
  }

  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    if (memberStateId) {
      const [state] = await tx.select({ id: memberStates.id }).from(memberStates).where(eq(memberStates.id, memberStateId));
      if (!state) throw new AppError("VALIDATION", undefined, { memberStateId: ["validation.memberState"] });
    }
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, input.email.toLowerCase()));
    if (existing) throw new AppError("VALIDATION", undefined, { email: ["validation.emailTaken"] });

    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, memberStateId, locale: input.locale ?? null })
      .returning({ id: users.id });
    if (!created) throw new Error("user insert returned no row");
    const token = await issueToken(tx, { userId: created.id, purpose: "INVITATION", createdById: actor.userId });
    const messageId = await queueMail(
      tx,
      invitationMail({ to: input.email, name: input.name, inviterName: actor.name, url: `${getAppUrl()}/invitation/${token}`, locale: input.locale }),
    );
    await writeAudit(tx, {
      actor,
      action: "user.invited",
      targetType: "user",
      targetId: created.id,
      memberStateId,
      details: { email: input.email, role: input.role },
    });
    return { userId: created.id, messageId };
  });
  await deliverOutbox({ messageIds: [result.messageId] });
  return { userId: result.userId };
}

import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/schemas/parse";
import { ZUserIdInput } from "@/lib/schemas/users";
import { getAppUrl } from "@/lib/server/app-url";
import { writeAudit } from "@/lib/server/audit";
import { assertCan } from "@/lib/server/authorize";
import { deliverOutbox } from "@/lib/server/mail/deliver-outbox";
import { queueMail } from "@/lib/server/mail/queue-mail";
import { invitationMail } from "@/lib/server/mail/templates";
import { issueToken } from "@/lib/server/tokens";
import { getUser } from "./get-user";

/** Sends a fresh invitation link (the previous one stops working) to a user who has not yet accepted. */
export async function resendInvitation(opts: { actor: Actor | null; input: { userId: string } }): Promise<void> {
  const { actor } = opts;
  const { userId } = parseInput(ZUserIdInput, opts.input);
  if (actor && !can(actor.role, "user:invite:any")) assertCan(actor, "user:invite:own-state-contributor");
  else assertCan(actor, "user:invite:any");
  const db = await getDb();
  const messageId = await db.transaction(async (tx) => {
    const user = await getUser({ actor, userId, tx });
    // A focal point re-invites the contributors of their State, never another focal point.
    if (!can(actor.role, "user:invite:any") && user.role !== "STATE_CONTRIBUTOR") {
      throw new AppError("FORBIDDEN", "You may invite contributors only.");
    }
    if (user.status !== "INVITED") {
      throw new AppError("INVALID_STATE_TRANSITION", "This user has already accepted the invitation.");
    }
    const [row] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, userId));
    const token = await issueToken(tx, { userId, purpose: "INVITATION", createdById: actor.userId });
    const id = await queueMail(
      tx,
      invitationMail({
        to: user.email,
        name: user.name,
        inviterName: actor.name,
        url: `${getAppUrl()}/invitation/${token}`,
        locale: row?.locale,
      }),
    );
    await writeAudit(tx, {
      actor,
      action: "user.invitation_resent",
      targetType: "user",
      targetId: userId,
      memberStateId: user.memberStateId,
    });
    return id;
  });
  await deliverOutbox({ messageIds: [messageId] });
}

import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/server/audit";

/** Ends every session of the actor, on every device, by bumping the session version. */
export async function signOutEverywhere(opts: { actor: Actor | null }): Promise<void> {
  const { actor } = opts;
  if (!actor) throw new AppError("UNAUTHORIZED");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, actor.userId));
    await writeAudit(tx, { actor, action: "auth.signed_out_everywhere", targetType: "user", targetId: actor.userId, memberStateId: actor.memberStateId });
  });
}

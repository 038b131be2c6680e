import "server-only";
import { and, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { isRole } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";

/**
 * The actor for a session token, re-read from the user row: null when the user is gone, disabled,
 * or the token's session version is older than the row's (signed out everywhere, role changed).
 */
export async function getSessionActor(opts: { userId: string; sessionVersion: number }): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(opts.userId) || !Number.isInteger(opts.sessionVersion)) return null;
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, opts.userId), eq(users.sessionVersion, opts.sessionVersion), eq(users.disabled, false)));
  if (!user || !isRole(user.role) || !user.passwordHash) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    memberStateId: user.memberStateId,
    twoFactorEnabled: user.totpEnabledAt !== null,
    // Only a language the user chose applies to the interface; otherwise the browser's language does.
    locale: user.localeChosen ? user.locale : null,
  };
}

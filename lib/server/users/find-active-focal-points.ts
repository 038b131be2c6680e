import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

/** The focal points of a State who can receive mail (not disabled), by e-mail address. */
export async function findActiveFocalPoints(tx: DbOrTx, memberStateId: string): Promise<{ email: string; name: string; locale: string | null }[]> {
  return tx
    .select({ email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.memberStateId, memberStateId), eq(users.role, "STATE_FOCAL_POINT"), eq(users.disabled, false)))
    .orderBy(asc(users.email));
}

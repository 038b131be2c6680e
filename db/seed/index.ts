import { count, sql } from "drizzle-orm";
import { hash } from "@node-rs/argon2";
import { memberStates, users } from "@/db/schema";
import { ARGON2_OPTIONS } from "@/lib/auth/argon2-options";
import type { DbOrTx } from "@/lib/db";
import { unSortKey } from "@/lib/reference/country-order";
import { MEMBER_STATES } from "./member-states";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

/** Upserts the 195 States: safe to run at every start. */
export async function seedReferenceData(db: DbOrTx): Promise<void> {
  const rows = MEMBER_STATES.map((s) => ({
    id: s.iso3,
    m49: s.m49,
    name: s.name,
    takesArticle: s.takesArticle,
    status: s.status,
    regionalGroup: s.regionalGroup,
    m49Region: s.m49Region,
    m49SubRegion: s.m49SubRegion,
    sortOrder: unSortKey(s.name),
  }));
  await db
    .insert(memberStates)
    .values(rows)
    .onConflictDoUpdate({
      target: memberStates.id,
      set: {
        m49: sql`excluded.m49`,
        name: sql`excluded.name`,
        takesArticle: sql`excluded.takes_article`,
        status: sql`excluded.status`,
        regionalGroup: sql`excluded.regional_group`,
        m49Region: sql`excluded.m49_region`,
        m49SubRegion: sql`excluded.m49_sub_region`,
        sortOrder: sql`excluded.sort_order`,
        updatedAt: sql`now()`,
      },
    });
}

/**
 * Creates one account per role when the database has no users at all, and returns them so the
 * caller can print them once. Returns an empty list when users exist.
 */
export async function seedDemoAccounts(db: DbOrTx): Promise<{ email: string; role: string }[]> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return [];
  const passwordHash = await hash(DEMO_PASSWORD, ARGON2_OPTIONS);
  await db.insert(users).values(DEMO_ACCOUNTS.map((a) => ({ ...a, passwordHash })));
  return DEMO_ACCOUNTS.map((a) => ({ email: a.email, role: a.role }));
}

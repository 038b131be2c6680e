import { readFileSync } from "node:fs";
import path from "node:path";
import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberStates } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { closeDb, databaseKind, getDb, getMigrationStatus, MIGRATIONS_FOLDER } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";
import { inviteUser } from "@/lib/server/users/invite-user";
import { setPasswordWithToken } from "@/lib/server/users/set-password-with-token";
import { pgErrorOf } from "@/tests/fixtures/errors";
import { latestLinkToken } from "@/tests/fixtures/mail";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

/**
 * The same server functions on the embedded database a new user gets when DATABASE_URL is unset:
 * an in-memory PGlite, migrated and seeded on first use, exactly as at a first start.
 */

const saved = { DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: process.env.DATA_DIR };
const NEW_PASSWORD = "Embedded-database-journey-9";
let admin: TestUser;

beforeAll(async () => {
  // Let go of the PostgreSQL handle setup-env.ts pointed at, then start over without DATABASE_URL.
  await closeDb();
  delete process.env.DATABASE_URL;
  process.env.DATA_DIR = ":memory:";
  resetEnvForTests();
  // Opening migrates and seeds the WebAssembly database: slow, so it happens under the hook timeout.
  await getDb();
  admin = await createTestUser({ role: "ADMIN" });
});

afterAll(async () => {
  await closeDb();
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  resetEnvForTests();
});

describe("the embedded PGlite database", () => {
  it("is the database in use when DATABASE_URL is unset, with every migration applied", async () => {
    expect(databaseKind()).toBe("pglite");
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    expect(journal.entries.map((e) => e.tag)).toContain("0001_protect_audit_event");
    const db = await getDb();
    expect(await getMigrationStatus(db)).toEqual({ applied: journal.entries.length, latest: journal.entries.at(-1)?.tag });
  });

  it("is seeded with the 195 States, in United Nations order", async () => {
    const db = await getDb();
    const [row] = await db.select({ n: count() }).from(memberStates);
    expect(row?.n).toBe(195);
    const names = (await findMemberStates({ actor: admin.actor })).map((s) => s.name);
    expect(names.indexOf("Côte d'Ivoire")).toBe(names.indexOf("Costa Rica") + 1);
  });

  it("gets the demo accounts at first start, and the demo admin can sign in", async () => {
    const demoAdmin = DEMO_ACCOUNTS.find((a) => a.role === "ADMIN")!;
    expect(await authenticateCredentials({ input: { email: demoAdmin.email, password: DEMO_PASSWORD }, ip: "127.0.0.1" })).toMatchObject({
      ok: true,
    });
  });

  it("runs an invitation from invite to first sign-in", async () => {
    const email = uniqueEmail("pglite");
    const { userId } = await inviteUser({
      actor: admin.actor,
      input: { email, name: "Embedded Invitee", role: "STATE_FOCAL_POINT", memberStateId: "GHA" },
    });
    const token = await latestLinkToken(email, "invitation");
    await expect(
      setPasswordWithToken({ purpose: "INVITATION", input: { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } }),
    ).resolves.toEqual({ email });
    expect(await authenticateCredentials({ input: { email, password: NEW_PASSWORD }, ip: "127.0.0.1" })).toMatchObject({
      ok: true,
      userId,
    });
  });

  it("refuses to change the audit trail, as PostgreSQL does", async () => {
    const db = await getDb();
    const result = await db.execute<{ id: number }>(sql`select id from audit_event where action = 'user.invited' limit 1`);
    const id = result.rows[0]?.id;
    expect(id).toBeDefined();
    const error = await pgErrorOf(db.execute(sql`update audit_event set action = 'tampered' where id = ${id}`));
    expect(error.code).toBe("42501");
    const [still] = await db.execute<{ action: string }>(sql`select action from audit_event where id = ${id}`).then((r) => r.rows);
    expect(still?.action).toBe("user.invited");
  });
});

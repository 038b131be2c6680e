import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { pgErrorOf } from "@/tests/fixtures/errors";
import { uniqueEmail } from "@/tests/fixtures/users";

// These rules hold in the database itself, whatever code writes the row.
const CHECK_VIOLATION = "23514";
const UNIQUE_VIOLATION = "23505";
const FOREIGN_KEY_VIOLATION = "23503";
const ROLE_STATE_CHECK = "app_user_role_member_state_check";

async function insertUser(values: { role: Role; memberStateId: string | null; email?: string }) {
  const db = await getDb();
  return db.insert(users).values({ email: values.email ?? uniqueEmail("constraint"), name: "Constraint Test", ...values }).returning({ id: users.id });
}

describe("the role / Member State rule", () => {
  it.each(["STATE_FOCAL_POINT", "STATE_CONTRIBUTOR"] as const)("refuses a %s without a Member State", async (role) => {
    const error = await pgErrorOf(insertUser({ role, memberStateId: null }));
    expect(error).toMatchObject({ code: CHECK_VIOLATION, constraint: ROLE_STATE_CHECK });
  });

  it.each(["ADMIN", "SECRETARIAT_REVIEWER", "REPORT_EDITOR"] as const)("refuses a %s with a Member State", async (role) => {
    const error = await pgErrorOf(insertUser({ role, memberStateId: "GHA" }));
    expect(error).toMatchObject({ code: CHECK_VIOLATION, constraint: ROLE_STATE_CHECK });
  });

  it("accepts a focal point with a Member State and an admin without one", async () => {
    await expect(insertUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" })).resolves.toHaveLength(1);
    await expect(insertUser({ role: "ADMIN", memberStateId: null })).resolves.toHaveLength(1);
  });

  it("refuses a Member State that does not exist", async () => {
    const error = await pgErrorOf(insertUser({ role: "STATE_CONTRIBUTOR", memberStateId: "XXX" }));
    expect(error.code).toBe(FOREIGN_KEY_VIOLATION);
  });
});

describe("e-mail addresses", () => {
  it("are unique without regard to case", async () => {
    const email = uniqueEmail("unique");
    await insertUser({ role: "ADMIN", memberStateId: null, email });
    const error = await pgErrorOf(insertUser({ role: "ADMIN", memberStateId: null, email: email.toUpperCase() }));
    expect(error).toMatchObject({ code: UNIQUE_VIOLATION, constraint: "app_user_email_lower_key" });
  });
});

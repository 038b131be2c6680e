import { beforeAll, describe, expect, it } from "vitest";
import type { TInviteUserInput } from "@/lib/schemas/users";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { inviteUser } from "@/lib/server/users/invite-user";
import { countRows } from "@/tests/fixtures/database";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

let admin: TestUser;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
});

const valid = (): TInviteUserInput => ({ email: uniqueEmail("valid"), name: "Kofi Boateng", role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });

interface BadInput {
  what: string;
  input: () => unknown;
  field: string;
  /** The catalogue key expected on the field; null where only the field is checked (see below). */
  message: string | null;
}

const BAD_INPUTS: BadInput[] = [
  { what: "a malformed e-mail address", input: () => ({ ...valid(), email: "kofi.boateng-at-example" }), field: "email", message: "validation.email" },
  { what: "an empty e-mail address", input: () => ({ ...valid(), email: "   " }), field: "email", message: "validation.required" },
  // Only the field is checked: ZInviteUserInput's `name` has no catalogue key for a missing value,
  // so zod's own English message comes back ("Invalid input: expected string, received undefined").
  { what: "a missing name", input: () => ({ ...valid(), name: undefined }), field: "name", message: null },
  { what: "a blank name", input: () => ({ ...valid(), name: "   " }), field: "name", message: "validation.required" },
  { what: "a name over 200 characters", input: () => ({ ...valid(), name: "n".repeat(201) }), field: "name", message: "validation.tooLong" },
  { what: "an unknown role", input: () => ({ ...valid(), role: "SUPERUSER" }), field: "role", message: "validation.role" },
  {
    what: "a State role without a Member State",
    input: () => ({ ...valid(), role: "STATE_FOCAL_POINT", memberStateId: undefined }),
    field: "memberStateId",
    message: "validation.memberStateRequired",
  },
  {
    what: "a secretariat role with a Member State",
    input: () => ({ ...valid(), role: "REPORT_EDITOR", memberStateId: "GHA" }),
    field: "memberStateId",
    message: "validation.memberStateForbidden",
  },
  {
    what: "a malformed Member State code",
    input: () => ({ ...valid(), memberStateId: "gh" }),
    field: "memberStateId",
    message: "validation.memberState",
  },
  {
    what: "a well-formed Member State code that does not exist",
    input: () => ({ ...valid(), memberStateId: "XXX" }),
    field: "memberStateId",
    message: "validation.memberState",
  },
];

describe("inviting a user with bad input", () => {
  it.each(BAD_INPUTS)("refuses $what with VALIDATION on $field, and writes nothing", async ({ input, field, message }) => {
    const before = await countRows();
    const error = await appErrorOf(inviteUser({ actor: admin.actor, input: input() as TInviteUserInput }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]?.length).toBeGreaterThan(0);
    if (message) expect(error.fieldErrors?.[field]).toContain(message);
    expect(await countRows()).toEqual(before);
  });

  it("refuses an address already in use, in any case, with VALIDATION on email, and writes nothing", async () => {
    const existing = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    const before = await countRows();
    const error = await appErrorOf(inviteUser({ actor: admin.actor, input: { ...valid(), email: existing.email.toUpperCase() } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.email).toEqual(["validation.emailTaken"]);
    expect(await countRows()).toEqual(before);
  });

  it("accepts the same input once corrected (so the refusals above are about the field)", async () => {
    const before = await countRows();
    await expect(inviteUser({ actor: admin.actor, input: valid() })).resolves.toMatchObject({ userId: expect.any(String) });
    expect((await countRows()).users).toBe(before.users + 1);
  });
});

describe("changing a role with bad input", () => {
  it("refuses a State role without a Member State, and a Member State that does not exist, writing nothing", async () => {
    const user = await createTestUser({ role: "REPORT_EDITOR" });
    const before = await countRows();
    const missing = await appErrorOf(changeUserRole({ actor: admin.actor, input: { userId: user.id, role: "STATE_FOCAL_POINT" } }));
    expect(missing.code).toBe("VALIDATION");
    expect(missing.fieldErrors?.memberStateId).toEqual(["validation.memberStateRequired"]);
    const unknown = await appErrorOf(
      changeUserRole({ actor: admin.actor, input: { userId: user.id, role: "STATE_FOCAL_POINT", memberStateId: "XXX" } }),
    );
    expect(unknown.code).toBe("VALIDATION");
    expect(unknown.fieldErrors?.memberStateId).toEqual(["validation.memberState"]);
    const badId = await appErrorOf(changeUserRole({ actor: admin.actor, input: { userId: "not-an-id", role: "REPORT_EDITOR" } }));
    expect(badId.code).toBe("VALIDATION");
    expect(badId.fieldErrors?.userId).toBeDefined();
    expect(await countRows()).toEqual(before);
  });
});

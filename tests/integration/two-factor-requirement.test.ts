import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { SECRETARIAT_ROLES } from "@/lib/auth/permissions";
import { resetEnvForTests } from "@/lib/env";
import { findAuditEvents } from "@/lib/server/audit/find-audit-events";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";
import { getOwnMemberState } from "@/lib/server/member-states/get-own-member-state";
import { findOutboxMessages } from "@/lib/server/outbox/find-outbox-messages";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { findUsers } from "@/lib/server/users/find-users";
import { getUser } from "@/lib/server/users/get-user";
import { inviteUser } from "@/lib/server/users/invite-user";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { countRows } from "@/tests/fixtures/database";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

// setup-env.ts turns the requirement off for the other files; here it is on, as in production.
const previous = process.env.REQUIRE_2FA_FOR_SECRETARIAT;

let target: TestUser;

beforeAll(async () => {
  process.env.REQUIRE_2FA_FOR_SECRETARIAT = "true";
  resetEnvForTests();
  target = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA", password: null });
});

afterAll(() => {
  if (previous === undefined) delete process.env.REQUIRE_2FA_FOR_SECRETARIAT;
  else process.env.REQUIRE_2FA_FOR_SECRETARIAT = previous;
  resetEnvForTests();
});

/** Every admin function, each of which an enrolled admin may call. */
const ADMIN_CALLS: Record<string, (actor: Actor) => Promise<unknown>> = {
  findUsers: (actor) => findUsers({ actor }),
  getUser: (actor) => getUser({ actor, userId: target.id }),
  inviteUser: (actor) => inviteUser({ actor, input: { email: uniqueEmail("2fa"), name: "Two Factor", role: "REPORT_EDITOR" } }),
  resendInvitation: (actor) => resendInvitation({ actor, input: { userId: target.id } }),
  setUserDisabled: async (actor) => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await setUserDisabled({ actor, input: { userId: user.id }, disabled: true });
  },
  changeUserRole: async (actor) => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await changeUserRole({ actor, input: { userId: user.id, role: "REPORT_EDITOR" } });
  },
  findMemberStates: (actor) => findMemberStates({ actor }),
  findOutboxMessages: (actor) => findOutboxMessages({ actor }),
  findAuditEvents: (actor) => findAuditEvents({ actor }),
};

/**
 * Known defect (see the test report): getUser only calls assertCan for State-scoped roles, so an
 * admin who has not enrolled passes. Listed here so the test flips to failing when get-user.ts is
 * fixed; then move it back into the plain list.
 */

describe("when two-factor authentication is required for the secretariat", () => {
  it.each(SECRETARIAT_ROLES)("refuses a %s who has not enrolled (FORBIDDEN)", async (role) => {
    const user = await createTestUser({ role });
    const error = await appErrorOf(findMemberStates({ actor: user.actor }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/two-factor/i);
  });

  it.each(SECRETARIAT_ROLES)("allows a %s who has enrolled", async (role) => {
    const user = await createTestUser({ role, twoFactor: true });
    expect(await findMemberStates({ actor: user.actor })).toHaveLength(195);
  });

  const enforced = Object.keys(ADMIN_CALLS);

  it.each(enforced)("refuses an admin who has not enrolled in %s, and writes nothing", async (name) => {
    const admin = await createTestUser({ role: "ADMIN" });
    const before = await countRows();
    const error = await appErrorOf(() => ADMIN_CALLS[name]!(admin.actor));
    expect(error.code).toBe("FORBIDDEN");
    const after = await countRows();
    // The setUserDisabled and changeUserRole calls create their own target user first.
    expect({ ...after, users: 0 }).toEqual({ ...before, users: 0 });
  });

  it.each(Object.keys(ADMIN_CALLS))("allows an enrolled admin in %s", async (name) => {
    const admin = await createTestUser({ role: "ADMIN", twoFactor: true });
    // Any refusal throws and fails the test.
    await ADMIN_CALLS[name]!(admin.actor);
  });

  it("does not require it of State users", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });
    expect((await getOwnMemberState({ actor: user.actor })).id).toBe("GHA");
  });
});

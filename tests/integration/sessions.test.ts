import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { auditEventsFor, userRow } from "@/tests/fixtures/database";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

// A session carries the user id and the session version it was issued for; every request re-reads
// the row, so disabling a user, changing their role or signing out everywhere ends existing sessions
// on their next request.

let admin: TestUser;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
});

describe("resolving a session to an actor", () => {
  it("returns the actor, as stored in the row, for the current session version", async () => {
    const user = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion })).toEqual(user.actor);
  });

  it("returns null for any other session version, an unknown user or a malformed id", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion + 1 })).toBeNull();
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion - 1 })).toBeNull();
    expect(await getSessionActor({ userId: randomUUID(), sessionVersion: 1 })).toBeNull();
    expect(await getSessionActor({ userId: "not-a-uuid", sessionVersion: user.sessionVersion })).toBeNull();
    expect(await getSessionActor({ userId: user.id, sessionVersion: 1.5 })).toBeNull();
  });

  it("returns null for a disabled user and for an invited user who has no password", async () => {
    const disabled = await createTestUser({ role: "STATE_CONTRIBUTOR", disabled: true });
    const invited = await createTestUser({ role: "STATE_CONTRIBUTOR", password: null });
    expect(await getSessionActor({ userId: disabled.id, sessionVersion: disabled.sessionVersion })).toBeNull();
    expect(await getSessionActor({ userId: invited.id, sessionVersion: invited.sessionVersion })).toBeNull();
  });
});

describe("an existing session fails on its next request", () => {
  it("after an admin disables the user, and stays ended when the user is enabled again", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await setUserDisabled({ actor: admin.actor, input: { userId: user.id }, disabled: true });
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
    expect(await auditEventsFor(user.id, "user.disabled")).toHaveLength(1);

    await setUserDisabled({ actor: admin.actor, input: { userId: user.id }, disabled: false });
    const row = await userRow(user.id);
    expect(row.disabled).toBe(false);
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
    // A new sign-in (at the row's version) works again.
    expect(await getSessionActor({ userId: user.id, sessionVersion: row.sessionVersion })).toMatchObject({ userId: user.id });
  });

  it("after an admin changes the user's role; a new session carries the new role", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });
    await changeUserRole({ actor: admin.actor, input: { userId: user.id, role: "REPORT_EDITOR" } });
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();

    const row = await userRow(user.id);
    expect(row).toMatchObject({ role: "REPORT_EDITOR", memberStateId: null, sessionVersion: user.sessionVersion + 1 });
    expect(await getSessionActor({ userId: user.id, sessionVersion: row.sessionVersion })).toMatchObject({
      role: "REPORT_EDITOR",
      memberStateId: null,
    });
    expect(await auditEventsFor(user.id, "user.role_changed")).toEqual([
      expect.objectContaining({ details: { from: "STATE_CONTRIBUTOR", to: "REPORT_EDITOR", fromState: "GHA", toState: null } }),
    ]);
  });

  it("after the user signs out everywhere", async () => {
    const user = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    await signOutEverywhere({ actor: user.actor });
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
    expect((await userRow(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    expect(await auditEventsFor(user.id, "auth.signed_out_everywhere")).toHaveLength(1);
  });
});

describe("changes that must not end sessions", () => {
  it("setting the same role and State again changes nothing and writes no audit event", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });
    await changeUserRole({ actor: admin.actor, input: { userId: user.id, role: "STATE_CONTRIBUTOR", memberStateId: "GHA" } });
    expect(await getSessionActor({ userId: user.id, sessionVersion: user.sessionVersion })).toEqual(user.actor);
    expect(await auditEventsFor(user.id)).toEqual([]);
  });

  it("an admin cannot disable their own account or change their own role", async () => {
    const self = await createTestUser({ role: "ADMIN" });
    const disable = await appErrorOf(setUserDisabled({ actor: self.actor, input: { userId: self.id }, disabled: true }));
    expect(disable.code).toBe("VALIDATION");
    expect(disable.fieldErrors?.userId).toBeDefined();
    const demote = await appErrorOf(changeUserRole({ actor: self.actor, input: { userId: self.id, role: "REPORT_EDITOR" } }));
    expect(demote.code).toBe("VALIDATION");
    expect(demote.fieldErrors?.role).toBeDefined();
    expect(await getSessionActor({ userId: self.id, sessionVersion: self.sessionVersion })).toEqual(self.actor);
  });
});

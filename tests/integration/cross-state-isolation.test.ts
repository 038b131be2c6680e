import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { findUsers } from "@/lib/server/users/find-users";
import { getUser } from "@/lib/server/users/get-user";
import { inviteUser } from "@/lib/server/users/invite-user";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { auditEventsFor, countRows, tokensOf, userRow, userRowByEmail } from "@/tests/fixtures/database";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

// A focal point of Ghana must not see, or act on, anyone of France: a foreign id is "not found".
const STATE_A = "GHA";
const STATE_B = "FRA";

let focalPointA: TestUser;
let contributorA: TestUser;
let focalPointB: TestUser;
let inviteeB: TestUser;
let activeB: TestUser;
let admin: TestUser;

beforeAll(async () => {
  focalPointA = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: STATE_A });
  contributorA = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: STATE_A, password: null });
  focalPointB = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: STATE_B });
  inviteeB = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: STATE_B, password: null });
  activeB = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: STATE_B });
  admin = await createTestUser({ role: "ADMIN" });
});

describe("a focal point reading users of another Member State", () => {
  it("gets NOT_FOUND from getUser, exactly as for an id that does not exist", async () => {
    const foreign = await appErrorOf(getUser({ actor: focalPointA.actor, userId: activeB.id }));
    const missing = await appErrorOf(getUser({ actor: focalPointA.actor, userId: randomUUID() }));
    expect(foreign.code).toBe("NOT_FOUND");
    expect({ code: foreign.code, message: foreign.message }).toEqual({ code: missing.code, message: missing.message });
  });

  it("gets NOT_FOUND from getUser for the other State's focal point as well", async () => {
    expect((await appErrorOf(getUser({ actor: focalPointA.actor, userId: focalPointB.id }))).code).toBe("NOT_FOUND");
  });

  it("still reads users of their own State with getUser", async () => {
    const user = await getUser({ actor: focalPointA.actor, userId: contributorA.id });
    expect(user).toMatchObject({ id: contributorA.id, memberStateId: STATE_A, status: "INVITED" });
  });

  it("never gets another State's users from findUsers, whatever the filter", async () => {
    const all = await findUsers({ actor: focalPointA.actor });
    expect(all.map((u) => u.id)).toEqual(expect.arrayContaining([focalPointA.id, contributorA.id]));
    expect(all.every((u) => u.memberStateId === STATE_A)).toBe(true);
    expect(all.map((u) => u.id)).not.toContain(activeB.id);

    expect(await findUsers({ actor: focalPointA.actor, input: { memberStateId: STATE_B } })).toEqual([]);
    expect(await findUsers({ actor: focalPointA.actor, input: { q: activeB.email } })).toEqual([]);
    const focalPoints = await findUsers({ actor: focalPointA.actor, input: { role: "STATE_FOCAL_POINT" } });
    expect(focalPoints.map((u) => u.id)).toContain(focalPointA.id);
    expect(focalPoints.map((u) => u.id)).not.toContain(focalPointB.id);
    expect(focalPoints.every((u) => u.memberStateId === STATE_A && u.role === "STATE_FOCAL_POINT")).toBe(true);
  });

  it("does not see secretariat accounts either", async () => {
    const all = await findUsers({ actor: focalPointA.actor });
    expect(all.map((u) => u.id)).not.toContain(admin.id);
  });
});

describe("a focal point acting on users of another Member State", () => {
  it("gets NOT_FOUND from resendInvitation, and no new link or e-mail is written", async () => {
    const before = await countRows();
    const tokensBefore = await tokensOf(inviteeB.id);
    const error = await appErrorOf(resendInvitation({ actor: focalPointA.actor, input: { userId: inviteeB.id } }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await tokensOf(inviteeB.id)).toEqual(tokensBefore);
    expect(await countRows()).toEqual(before);
  });

  it("cannot invite a contributor into another State (FORBIDDEN), and nothing is written", async () => {
    const email = uniqueEmail("cross-state");
    const before = await countRows();
    const error = await appErrorOf(
      inviteUser({ actor: focalPointA.actor, input: { email, name: "Foreign Contributor", role: "STATE_CONTRIBUTOR", memberStateId: STATE_B } }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await userRowByEmail(email)).toBeUndefined();
    expect(await countRows()).toEqual(before);
  });

  const otherRoles = ROLES.filter((role): role is Exclude<Role, "STATE_CONTRIBUTOR"> => role !== "STATE_CONTRIBUTOR");

  it.each(otherRoles)("cannot invite a %s, even for their own State (FORBIDDEN)", async (role) => {
    const email = uniqueEmail(`fp-invites-${role}`);
    const isState = role === "STATE_FOCAL_POINT";
    const before = await countRows();
    const error = await appErrorOf(
      inviteUser({
        actor: focalPointA.actor,
        input: { email, name: "Not Allowed", role, memberStateId: isState ? STATE_A : undefined },
      }),
    );
    expect(error.code).toBe("FORBIDDEN");
    expect(await countRows()).toEqual(before);
  });
});

describe("a contributor invited by a focal point", () => {
  it("is bound to the focal point's State, and the invitation records who sent it", async () => {
    const email = uniqueEmail("fp-invitee");
    const { userId } = await inviteUser({
      actor: focalPointA.actor,
      input: { email, name: "Invited Colleague", role: "STATE_CONTRIBUTOR", memberStateId: STATE_A },
    });
    const row = await userRow(userId);
    expect(row).toMatchObject({ email, role: "STATE_CONTRIBUTOR", memberStateId: STATE_A, passwordHash: null, disabled: false });

    const [token] = await tokensOf(userId);
    expect(token).toMatchObject({ purpose: "INVITATION", createdById: focalPointA.id, usedAt: null });

    const events = await auditEventsFor(userId, "user.invited");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: focalPointA.id, memberStateId: STATE_A });
  });

  it("is visible to their own focal point and not to the other State's", async () => {
    const email = uniqueEmail("fp-invitee-visibility");
    const { userId } = await inviteUser({
      actor: focalPointA.actor,
      input: { email, name: "Visible Colleague", role: "STATE_CONTRIBUTOR", memberStateId: STATE_A },
    });
    expect((await getUser({ actor: focalPointA.actor, userId })).id).toBe(userId);
    expect((await appErrorOf(getUser({ actor: focalPointB.actor, userId }))).code).toBe("NOT_FOUND");
    expect((await findUsers({ actor: focalPointB.actor })).map((u) => u.id)).not.toContain(userId);
  });
});

describe("scoping fails closed", () => {
  it("shows no users to a focal point whose actor carries no State", async () => {
    const stateless = { ...focalPointA.actor, memberStateId: null };
    expect(await findUsers({ actor: stateless })).toEqual([]);
    expect((await appErrorOf(getUser({ actor: stateless, userId: contributorA.id }))).code).toBe("NOT_FOUND");
  });

  it("lets an admin see users of every State", async () => {
    const ids = (await findUsers({ actor: admin.actor })).map((u) => u.id);
    expect(ids).toEqual(expect.arrayContaining([focalPointA.id, contributorA.id, focalPointB.id, inviteeB.id, activeB.id]));
  });
});

describe("a focal point re-inviting within their own State", () => {
  it("may resend a contributor's invitation but not another focal point's (FORBIDDEN, nothing written)", async () => {
    const invitedFocalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: STATE_A, password: null });
    const before = await countRows();
    const error = await appErrorOf(resendInvitation({ actor: focalPointA.actor, input: { userId: invitedFocalPoint.id } }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await countRows()).toEqual(before);

    await resendInvitation({ actor: focalPointA.actor, input: { userId: contributorA.id } });
    expect((await countRows()).outbox).toBe(before.outbox + 1);
  });
});

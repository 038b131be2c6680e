import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { can, ROLES, type Permission, type Role } from "@/lib/auth/permissions";
import { signOutEverywhere } from "@/lib/server/account/sign-out-everywhere";
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
import { outcomeOf, type Outcome } from "@/tests/fixtures/errors";
import { createTestUser, DEFAULT_TEST_STATE, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

/**
 * Every server function that takes an actor, called by every role. Two tables describe what must
 * happen and must agree with each other:
 *
 * - EXPECTED is written out by hand: the behaviour as a reviewer reads it.
 * - RULES derives the same outcomes from PERMISSION_MAP through can(), plus the scope rules
 *   (own State, contributors only) that the map alone cannot express.
 *
 * The code is checked against EXPECTED, and EXPECTED against RULES. So a change to the map that the
 * table does not record fails, and so does a change to the code that the map does not explain.
 */

const FOREIGN_STATE = "FRA";

interface Targets {
  /** An invited (no password yet) contributor of the acting State users' own State. */
  ownStateInvitee: TestUser;
  /** An invited contributor of another State. */
  foreignInvitee: TestUser;
}

type CaseName =
  | "findUsers"
  | "getUser (own State's user)"
  | "getUser (another State's user)"
  | "inviteUser (contributor of own State)"
  | "inviteUser (report editor)"
  | "resendInvitation (own State's user)"
  | "resendInvitation (another State's user)"
  | "setUserDisabled"
  | "changeUserRole"
  | "findMemberStates"
  | "getOwnMemberState"
  | "findOutboxMessages"
  | "findAuditEvents"
  | "signOutEverywhere";

interface MatrixCase {
  /** The outcome the permission map and the scope rules call for, for a role. */
  rule: (role: Role) => Outcome;
  /** Calls the function; an allowed call also checks that it returned what that role may see. */
  run: (actor: Actor | null, targets: Targets) => Promise<unknown>;
}

const allowedIf = (condition: boolean): Outcome => (condition ? "allowed" : "FORBIDDEN");
const holds = (permission: Permission) => (role: Role) => allowedIf(can(role, permission));
const canListUsers = (role: Role) => can(role, "user:list:any") || can(role, "user:list:own-state");
const canInvite = (role: Role) => can(role, "user:invite:any") || can(role, "user:invite:own-state-contributor");

/** Fresh targets for mutations, so that one role's allowed call does not change the next role's case. */
async function freshContributor(password: string | null = null): Promise<TestUser> {
  return createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: DEFAULT_TEST_STATE, password });
}

const RULES: Record<CaseName, MatrixCase> = {
  findUsers: {
    rule: (role) => allowedIf(canListUsers(role)),
    run: async (actor, t) => {
      const found = await findUsers({ actor });
      expect(found.map((u) => u.id)).toContain(t.ownStateInvitee.id);
    },
  },
  "getUser (own State's user)": {
    rule: (role) => allowedIf(canListUsers(role)),
    run: async (actor, t) => {
      const user = await getUser({ actor, userId: t.ownStateInvitee.id });
      expect(user.id).toBe(t.ownStateInvitee.id);
    },
  },
  "getUser (another State's user)": {
    // Only the whole-system permission reaches another State; a State-scoped one sees "not found".
    rule: (role) => (can(role, "user:list:any") ? "allowed" : can(role, "user:list:own-state") ? "NOT_FOUND" : "FORBIDDEN"),
    run: async (actor, t) => {
      const user = await getUser({ actor, userId: t.foreignInvitee.id });
      expect(user.id).toBe(t.foreignInvitee.id);
    },
  },
  "inviteUser (contributor of own State)": {
    rule: (role) => allowedIf(canInvite(role)),
    run: async (actor) => {
      const { userId } = await inviteUser({
        actor,
        input: { email: uniqueEmail("matrix-invitee"), name: "Matrix Invitee", role: "STATE_CONTRIBUTOR", memberStateId: DEFAULT_TEST_STATE },
      });
      expect(userId).toMatch(/^[0-9a-f-]{36}$/);
    },
  },
  "inviteUser (report editor)": {
    // Inviting anyone but a contributor of one's own State needs the whole-system permission.
    rule: holds("user:invite:any"),
    run: async (actor) => {
      await inviteUser({ actor, input: { email: uniqueEmail("matrix-editor"), name: "Matrix Editor", role: "REPORT_EDITOR" } });
    },
  },
  "resendInvitation (own State's user)": {
    rule: (role) => allowedIf(canInvite(role)),
    run: (actor, t) => resendInvitation({ actor, input: { userId: t.ownStateInvitee.id } }),
  },
  "resendInvitation (another State's user)": {
    rule: (role) =>
      can(role, "user:invite:any") ? "allowed" : can(role, "user:invite:own-state-contributor") ? "NOT_FOUND" : "FORBIDDEN",
    run: (actor, t) => resendInvitation({ actor, input: { userId: t.foreignInvitee.id } }),
  },
  setUserDisabled: {
    rule: holds("user:manage:any"),
    run: async (actor) => {
      const target = await freshContributor();
      await setUserDisabled({ actor, input: { userId: target.id }, disabled: true });
    },
  },
  changeUserRole: {
    rule: holds("user:manage:any"),
    run: async (actor) => {
      const target = await freshContributor();
      await changeUserRole({ actor, input: { userId: target.id, role: "STATE_FOCAL_POINT", memberStateId: DEFAULT_TEST_STATE } });
    },
  },
  findMemberStates: {
    rule: holds("member-state:list"),
    run: async (actor) => {
      expect(await findMemberStates({ actor })).toHaveLength(195);
    },
  },
  getOwnMemberState: {
    rule: holds("area:state"),
    run: async (actor) => {
      expect((await getOwnMemberState({ actor })).id).toBe(DEFAULT_TEST_STATE);
    },
  },
  findOutboxMessages: {
    rule: holds("outbox:read"),
    run: (actor) => findOutboxMessages({ actor }),
  },
  findAuditEvents: {
    rule: holds("audit:read"),
    run: (actor) => findAuditEvents({ actor }),
  },
  signOutEverywhere: {
    // Every signed-in user may end their own sessions; no permission is needed.
    rule: () => "allowed",
    run: (actor) => signOutEverywhere({ actor }),
  },
};

const A = "allowed";
const F = "FORBIDDEN";
const N = "NOT_FOUND";

/** The matrix as a reviewer reads it. Columns: ADMIN, SECRETARIAT_REVIEWER, REPORT_EDITOR, STATE_FOCAL_POINT, STATE_CONTRIBUTOR. */
const EXPECTED: Record<CaseName, readonly [Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  findUsers: [A, F, F, A, F],
  "getUser (own State's user)": [A, F, F, A, F],
  "getUser (another State's user)": [A, F, F, N, F],
  "inviteUser (contributor of own State)": [A, F, F, A, F],
  "inviteUser (report editor)": [A, F, F, F, F],
  "resendInvitation (own State's user)": [A, F, F, A, F],
  "resendInvitation (another State's user)": [A, F, F, N, F],
  setUserDisabled: [A, F, F, F, F],
  changeUserRole: [A, F, F, F, F],
  findMemberStates: [A, A, A, F, F],
  getOwnMemberState: [F, F, F, A, A],
  findOutboxMessages: [A, F, F, F, F],
  findAuditEvents: [A, F, F, F, F],
  signOutEverywhere: [A, A, A, A, A],
};

const CASE_NAMES = Object.keys(RULES) as CaseName[];

function expectedOutcome(name: CaseName, role: Role): Outcome {
  const row = EXPECTED[name];
  const outcome = row[ROLES.indexOf(role)];
  if (!outcome) throw new Error(`EXPECTED["${name}"] has no column for ${role}`);
  return outcome;
}

let actors: Record<Role, Actor>;
let targets: Targets;

beforeAll(async () => {
  const entries = await Promise.all(ROLES.map(async (role) => [role, (await createTestUser({ role })).actor] as const));
  actors = Object.fromEntries(entries) as Record<Role, Actor>;
  targets = {
    ownStateInvitee: await freshContributor(null),
    foreignInvitee: await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: FOREIGN_STATE, password: null }),
  };
});

describe("the expected authorization matrix", () => {
  it("has a column for every role, in the order of ROLES", () => {
    expect(ROLES).toEqual(["ADMIN", "SECRETARIAT_REVIEWER", "REPORT_EDITOR", "STATE_FOCAL_POINT", "STATE_CONTRIBUTOR"]);
    for (const name of CASE_NAMES) expect(EXPECTED[name]).toHaveLength(ROLES.length);
  });

  it("is what PERMISSION_MAP and the scope rules call for", () => {
    const derived = Object.fromEntries(CASE_NAMES.map((name) => [name, ROLES.map((role) => RULES[name].rule(role))]));
    const written = Object.fromEntries(CASE_NAMES.map((name) => [name, [...EXPECTED[name]]]));
    expect(written).toEqual(derived);
  });
});

describe.each(ROLES)("a signed-in %s", (role) => {
  it.each(CASE_NAMES)("gets the expected outcome from %s", async (name) => {
    const outcome = await outcomeOf(() => RULES[name].run(actors[role], targets));
    expect(outcome).toBe(expectedOutcome(name, role));
  });
});

describe("an anonymous caller (no actor)", () => {
  it.each(CASE_NAMES)("is refused with UNAUTHORIZED by %s", async (name) => {
    expect(await outcomeOf(() => RULES[name].run(null, targets))).toBe("UNAUTHORIZED");
  });
});

describe("an actor whose role the application does not know", () => {
  const permissionGated = CASE_NAMES.filter((name) => name !== "signOutEverywhere");

  it.each(permissionGated)("is refused by %s (fails closed)", async (name) => {
    const unknown: Actor = { ...actors.ADMIN, role: "SUPERUSER" as Role };
    expect(await outcomeOf(() => RULES[name].run(unknown, targets))).toBe("FORBIDDEN");
  });
});

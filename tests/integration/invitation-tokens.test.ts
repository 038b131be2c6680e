import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { userTokens } from "@/db/schema";
import { getDb } from "@/lib/db";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { getTokenHolder } from "@/lib/server/users/get-token-holder";
import { getUser } from "@/lib/server/users/get-user";
import { inviteUser } from "@/lib/server/users/invite-user";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setPasswordWithToken } from "@/lib/server/users/set-password-with-token";
import { auditEventsFor, countRows, tokensOf, userRow, userRowByEmail } from "@/tests/fixtures/database";
import { appErrorOf, pgErrorOf } from "@/tests/fixtures/errors";
import { latestLinkToken, outboxFor, tokenFromBody } from "@/tests/fixtures/mail";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

const NEW_PASSWORD = "Quiet-lantern-over-Accra-7";

let admin: TestUser;

beforeAll(async () => {
  admin = await createTestUser({ role: "ADMIN" });
});

const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

/** Invites a Ghanaian contributor as the admin and returns the new user and the token from the e-mail. */
async function invite(label = "invitee") {
  const email = uniqueEmail(label);
  const { userId } = await inviteUser({
    actor: admin.actor,
    input: { email, name: "Efua Asante", role: "STATE_CONTRIBUTOR", memberStateId: "GHA" },
  });
  return { userId, email, token: await latestLinkToken(email, "invitation") };
}

const accept = (token: string, password = NEW_PASSWORD) =>
  setPasswordWithToken({ purpose: "INVITATION", input: { token, password, confirmPassword: password } });

describe("inviting a user", () => {
  it("creates the account without a password, one hashed link, one e-mail and one audit event", async () => {
    const before = await countRows();
    const startedAt = Date.now();
    const { userId, email } = await invite();

    const row = await userRow(userId);
    expect(row).toMatchObject({ email, passwordHash: null, role: "STATE_CONTRIBUTOR", memberStateId: "GHA", disabled: false });
    expect((await getUser({ actor: admin.actor, userId })).status).toBe("INVITED");

    const messages = await outboxFor(email);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "INVITATION", status: "STORED" });
    const token = tokenFromBody(messages[0]!.textBody, "invitation");

    const tokens = await tokensOf(userId);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ purpose: "INVITATION", tokenHash: sha256(token), usedAt: null, createdById: admin.id });
    // The clear token is never stored.
    expect(tokens[0]!.tokenHash).not.toContain(token);
    const ttlHours = (tokens[0]!.expiresAt.getTime() - startedAt) / 3_600_000;
    expect(ttlHours).toBeGreaterThan(71.9);
    expect(ttlHours).toBeLessThanOrEqual(72.1);

    const events = await auditEventsFor(userId, "user.invited");
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: admin.id, actorEmail: admin.email, memberStateId: "GHA" });
    expect(events[0]!.details).toMatchObject({ email, role: "STATE_CONTRIBUTOR" });

    const after = await countRows();
    expect(after).toMatchObject({
      users: before.users + 1,
      tokens: before.tokens + 1,
      outbox: before.outbox + 1,
      audit: before.audit + 1,
    });
  });

  it("writes nothing at all when the last step (the audit event) fails: one transaction", async () => {
    const db = await getDb();
    const email = uniqueEmail("atomicity");
    // A test-only trigger makes the audit insert of this one invitation fail, after the user, the
    // token and the e-mail were written in the same transaction.
    await db.execute(sql.raw(`
      create or replace function test_fail_audit_for_atomicity() returns trigger language plpgsql as $$
      begin
        if new.details->>'email' = '${email}' then raise exception 'test: audit insert refused'; end if;
        return new;
      end $$;
      create trigger test_fail_audit_for_atomicity before insert on audit_event
        for each row execute function test_fail_audit_for_atomicity();
    `));
    try {
      const before = await countRows();
      const failure = await pgErrorOf(
        inviteUser({ actor: admin.actor, input: { email, name: "Half Written", role: "STATE_CONTRIBUTOR", memberStateId: "GHA" } }),
      );
      expect(failure.message).toContain("test: audit insert refused");
      expect(await userRowByEmail(email)).toBeUndefined();
      expect(await outboxFor(email)).toEqual([]);
      expect(await countRows()).toEqual(before);
    } finally {
      await db.execute(sql.raw(`
        drop trigger if exists test_fail_audit_for_atomicity on audit_event;
        drop function if exists test_fail_audit_for_atomicity();
      `));
    }
  });
});

describe("accepting an invitation", () => {
  it("sets the password once; the same link then gives NOT_FOUND", async () => {
    const { userId, email, token } = await invite();
    expect(await getTokenHolder({ token, purpose: "INVITATION" })).toEqual({ email, name: "Efua Asante" });

    expect(await accept(token)).toEqual({ email });
    const row = await userRow(userId);
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await tokensOf(userId))[0]!.usedAt).toBeInstanceOf(Date);
    expect(await auditEventsFor(userId, "user.invitation_accepted")).toHaveLength(1);
    expect(await authenticateCredentials({ input: { email, password: NEW_PASSWORD }, ip: "198.51.100.10" })).toMatchObject({
      ok: true,
      userId,
      sessionVersion: row.sessionVersion,
    });

    const again = await appErrorOf(accept(token, "Another-fine-password-99"));
    expect(again.code).toBe("NOT_FOUND");
    expect((await appErrorOf(getTokenHolder({ token, purpose: "INVITATION" }))).code).toBe("NOT_FOUND");
    // The second attempt changed nothing.
    expect((await userRow(userId)).passwordHash).toBe(row.passwordHash);
  });

  it("gives NOT_FOUND for an expired link and leaves the account without a password", async () => {
    const { userId, token } = await invite();
    const db = await getDb();
    await db.update(userTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(userTokens.userId, userId));

    expect((await appErrorOf(accept(token))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getTokenHolder({ token, purpose: "INVITATION" }))).code).toBe("NOT_FOUND");
    expect((await userRow(userId)).passwordHash).toBeNull();
  });

  it("gives NOT_FOUND for an unknown token and for an invitation link used as a reset link", async () => {
    const { token } = await invite();
    expect((await appErrorOf(accept("x".repeat(43)))).code).toBe("NOT_FOUND");
    const asReset = await appErrorOf(
      setPasswordWithToken({ purpose: "PASSWORD_RESET", input: { token, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } }),
    );
    expect(asReset.code).toBe("NOT_FOUND");
    // The invitation itself still works.
    await expect(accept(token)).resolves.toBeDefined();
  });

  it("refuses a common password with VALIDATION on the password field, and the link stays usable", async () => {
    const { userId, token } = await invite();
    const error = await appErrorOf(accept(token, "password1234"));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.password).toEqual(["validation.passwordCommon"]);
    expect((await tokensOf(userId))[0]!.usedAt).toBeNull();
    expect((await userRow(userId)).passwordHash).toBeNull();
    expect(await auditEventsFor(userId, "user.invitation_accepted")).toHaveLength(0);

    await expect(accept(token)).resolves.toBeDefined();
    expect((await userRow(userId)).passwordHash).not.toBeNull();
  });

  it("refuses a password too close to the e-mail address, and different confirmation, keeping the link", async () => {
    const { userId, token, email } = await invite("lantern-keeper");
    const local = email.split("@")[0]!;
    const likeEmail = await appErrorOf(accept(token, `${local}1`));
    expect(likeEmail.code).toBe("VALIDATION");
    expect(likeEmail.fieldErrors?.password).toEqual(["validation.passwordLikeEmail"]);

    const mismatch = await appErrorOf(
      setPasswordWithToken({ purpose: "INVITATION", input: { token, password: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}x` } }),
    );
    expect(mismatch.code).toBe("VALIDATION");
    expect(mismatch.fieldErrors?.confirmPassword).toBeDefined();

    expect((await tokensOf(userId))[0]!.usedAt).toBeNull();
    await expect(accept(token)).resolves.toEqual({ email });
  });

  it("ends sessions that existed before the password was set", async () => {
    const { userId, token } = await invite();
    const before = (await userRow(userId)).sessionVersion;
    await accept(token);
    const after = (await userRow(userId)).sessionVersion;
    expect(after).toBe(before + 1);
    expect(await getSessionActor({ userId, sessionVersion: before })).toBeNull();
    expect(await getSessionActor({ userId, sessionVersion: after })).toMatchObject({ userId });
  });
});

describe("resending an invitation", () => {
  it("makes the previous link stop working and the new one work", async () => {
    const { userId, email, token: first } = await invite();
    await resendInvitation({ actor: admin.actor, input: { userId } });

    const messages = await outboxFor(email);
    expect(messages).toHaveLength(2);
    const second = tokenFromBody(messages[1]!.textBody, "invitation");
    expect(second).not.toBe(first);
    expect(await auditEventsFor(userId, "user.invitation_resent")).toHaveLength(1);

    const tokens = await tokensOf(userId);
    expect(tokens.map((t) => t.tokenHash).sort()).toEqual([sha256(first), sha256(second)].sort());

    expect((await appErrorOf(accept(first))).code).toBe("NOT_FOUND");
    await expect(accept(second)).resolves.toEqual({ email });
  });

  it("is refused once the invitation was accepted", async () => {
    const { userId, token } = await invite();
    await accept(token);
    const before = await countRows();
    expect((await appErrorOf(resendInvitation({ actor: admin.actor, input: { userId } }))).code).toBe("INVALID_STATE_TRANSITION");
    expect(await countRows()).toEqual(before);
  });
});

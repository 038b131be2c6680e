import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";
import { requestPasswordReset } from "@/lib/server/users/request-password-reset";
import { setPasswordWithToken } from "@/lib/server/users/set-password-with-token";
import { auditEventsFor, countRows, tokensOf, userRow } from "@/tests/fixtures/database";
import { appErrorOf } from "@/tests/fixtures/errors";
import { latestLinkToken, outboxFor, tokenFromBody } from "@/tests/fixtures/mail";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

const NEW_PASSWORD = "Harmattan-morning-tea-2031";
const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

const reset = (token: string, password = NEW_PASSWORD) =>
  setPasswordWithToken({ purpose: "PASSWORD_RESET", input: { token, password, confirmPassword: password } });

let ip = 0;
/** A fresh client address per sign-in, so these checks never run into the per-address limit. */
const nextIp = () => `203.0.113.${(ip += 1)}`;

describe("requesting a password reset", () => {
  it("writes nothing and does not throw for an address without an account", async () => {
    const before = await countRows();
    await expect(requestPasswordReset({ input: { email: uniqueEmail("nobody") } })).resolves.toBeUndefined();
    expect(await countRows()).toEqual(before);
  });

  it("writes nothing for an invited user who has no password yet, nor for a disabled user", async () => {
    const invited = await createTestUser({ role: "STATE_CONTRIBUTOR", password: null });
    const disabled = await createTestUser({ role: "STATE_CONTRIBUTOR", disabled: true });
    const before = await countRows();
    await requestPasswordReset({ input: { email: invited.email } });
    await requestPasswordReset({ input: { email: disabled.email } });
    expect(await countRows()).toEqual(before);
  });

  it("writes one e-mail with a hashed single-use link, and an audit event, for an active user", async () => {
    const user = await createTestUser({ role: "STATE_FOCAL_POINT" });
    const before = await countRows();
    // Addresses are matched without regard to case, as people type them.
    await requestPasswordReset({ input: { email: user.email.toUpperCase() } });

    const messages = await outboxFor(user.email);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ kind: "PASSWORD_RESET", toAddress: user.email });
    const token = tokenFromBody(messages[0]!.textBody, "reset-password");
    const tokens = await tokensOf(user.id);
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toMatchObject({ purpose: "PASSWORD_RESET", tokenHash: sha256(token), usedAt: null, createdById: null });
    expect(await auditEventsFor(user.id, "user.password_reset_requested")).toHaveLength(1);
    expect(await countRows()).toMatchObject({ outbox: before.outbox + 1, tokens: before.tokens + 1, audit: before.audit + 1 });
  });

  it("ignores requests beyond three an hour for the same account", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    for (let i = 0; i < 3; i += 1) await requestPasswordReset({ input: { email: user.email } });
    expect(await outboxFor(user.email)).toHaveLength(3);
    const before = await countRows();
    await requestPasswordReset({ input: { email: user.email } });
    expect(await countRows()).toEqual(before);
  });
});

describe("using a password reset link", () => {
  let user: TestUser;
  let token: string;

  beforeAll(async () => {
    user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await requestPasswordReset({ input: { email: user.email } });
    token = await latestLinkToken(user.email, "reset-password");
  });

  it("sets the new password, bumps the session version and records the reset", async () => {
    const before = await userRow(user.id);
    await expect(reset(token)).resolves.toEqual({ email: user.email });

    const after = await userRow(user.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await getSessionActor({ userId: user.id, sessionVersion: before.sessionVersion })).toBeNull();
    expect(await auditEventsFor(user.id, "user.password_reset")).toHaveLength(1);

    expect(await authenticateCredentials({ input: { email: user.email, password: NEW_PASSWORD }, ip: nextIp() })).toMatchObject({
      ok: true,
      sessionVersion: after.sessionVersion,
    });
    expect(await authenticateCredentials({ input: { email: user.email, password: user.password }, ip: nextIp() })).toEqual({
      ok: false,
      reason: "INVALID",
    });
  });

  it("works only once", async () => {
    const again = await appErrorOf(reset(token, "Yet-another-password-2032"));
    expect(again.code).toBe("NOT_FOUND");
    expect(await authenticateCredentials({ input: { email: user.email, password: NEW_PASSWORD }, ip: nextIp() })).toMatchObject({
      ok: true,
    });
  });

  it("cannot be used to accept an invitation", async () => {
    const other = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await requestPasswordReset({ input: { email: other.email } });
    const otherToken = await latestLinkToken(other.email, "reset-password");
    const error = await appErrorOf(
      setPasswordWithToken({ purpose: "INVITATION", input: { token: otherToken, password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD } }),
    );
    expect(error.code).toBe("NOT_FOUND");
    await expect(reset(otherToken)).resolves.toEqual({ email: other.email });
  });

  it("stops working when a newer link was requested", async () => {
    const other = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await requestPasswordReset({ input: { email: other.email } });
    const first = await latestLinkToken(other.email, "reset-password");
    await requestPasswordReset({ input: { email: other.email } });
    const second = await latestLinkToken(other.email, "reset-password");
    expect(second).not.toBe(first);
    expect((await appErrorOf(reset(first))).code).toBe("NOT_FOUND");
    await expect(reset(second)).resolves.toEqual({ email: other.email });
  });

  it("does not work for a user who was disabled after asking", async () => {
    const other = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    await requestPasswordReset({ input: { email: other.email } });
    const otherToken = await latestLinkToken(other.email, "reset-password");
    const hashBefore = (await userRow(other.id)).passwordHash;
    await (await getDb()).update(users).set({ disabled: true }).where(eq(users.id, other.id));
    expect((await appErrorOf(reset(otherToken))).code).toBe("NOT_FOUND");
    expect((await userRow(other.id)).passwordHash).toBe(hashBefore);
  });
});

import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, signInAttempts } from "@/db/schema";
import { getDb } from "@/lib/db";
import { authenticateCredentials, RATE_LIMIT } from "@/lib/server/auth/authenticate-credentials";
import { userRow } from "@/tests/fixtures/database";
import { createTestUser, uniqueEmail } from "@/tests/fixtures/users";

/** A client address no other test uses, so limits never leak between tests or runs. */
const freshIp = () => `test-${randomBytes(6).toString("hex")}`;

const signIn = (email: string, password: string, ip: string) => authenticateCredentials({ input: { email, password }, ip });

async function failureEvents(emailKey: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "auth.sign_in_failed"), sql`${auditEvents.details}->>'email' = ${emailKey}`))
    .orderBy(auditEvents.id);
}

describe("signing in with a password", () => {
  it("succeeds with the right password, records the attempt and audits auth.signed_in", async () => {
    const user = await createTestUser({ role: "STATE_FOCAL_POINT" });
    const ip = freshIp();
    expect(await signIn(user.email, user.password!, ip)).toEqual({ ok: true, userId: user.id, sessionVersion: user.sessionVersion });

    expect((await userRow(user.id)).lastSignInAt).toBeInstanceOf(Date);
    const db = await getDb();
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.signed_in"), eq(auditEvents.targetId, user.id)));
    expect(event).toMatchObject({ actorUserId: user.id, memberStateId: "GHA", details: { ip } });
    const attempts = await db.select().from(signInAttempts).where(eq(signInAttempts.ip, ip));
    expect(attempts).toEqual([expect.objectContaining({ emailKey: user.email, succeeded: true })]);
  });

  it("treats the e-mail address without regard to case", async () => {
    const user = await createTestUser({ role: "ADMIN" });
    expect(await signIn(user.email.toUpperCase(), user.password!, freshIp())).toMatchObject({ ok: true, userId: user.id });
  });

  it("gives the same INVALID answer for a wrong password, an unknown address, a disabled or an invited account", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    const disabled = await createTestUser({ role: "STATE_CONTRIBUTOR", disabled: true });
    const invited = await createTestUser({ role: "STATE_CONTRIBUTOR", password: null });
    const ip = freshIp();
    const answers = [
      await signIn(user.email, "Not-the-right-password-1", ip),
      await signIn(uniqueEmail("unknown"), "Not-the-right-password-1", ip),
      await signIn(disabled.email, disabled.password!, ip),
      await signIn(invited.email, "Any-password-at-all-123", ip),
      await authenticateCredentials({ input: { email: "not an address", password: "x" }, ip }),
    ];
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "INVALID" });
  });

  it("audits every failure as auth.sign_in_failed, with the reason, and counts it", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    const unknown = uniqueEmail("unknown");
    const ip = freshIp();
    await signIn(user.email, "Not-the-right-password-1", ip);
    await signIn(unknown, "Not-the-right-password-1", ip);

    expect(await failureEvents(user.email)).toEqual([
      expect.objectContaining({ actorUserId: user.id, targetId: user.id, details: { email: user.email, ip, reason: "bad_credentials" } }),
    ]);
    expect(await failureEvents(unknown)).toEqual([
      expect.objectContaining({ actorUserId: null, targetId: null, details: { email: unknown, ip, reason: "bad_credentials" } }),
    ]);
    const db = await getDb();
    const attempts = await db.select().from(signInAttempts).where(eq(signInAttempts.ip, ip));
    expect(attempts.map((a) => a.succeeded)).toEqual([false, false]);
  });
});

describe("the per-account limit", () => {
  it(`refuses even the right password after ${RATE_LIMIT.perAccount} failures, from any address`, async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    for (let i = 0; i < RATE_LIMIT.perAccount - 1; i += 1) {
      expect(await signIn(user.email, "Not-the-right-password-1", freshIp())).toEqual({ ok: false, reason: "INVALID" });
    }
    // One failure short of the limit, the right password still works.
    expect(await signIn(user.email, user.password!, freshIp())).toMatchObject({ ok: true });
    expect(await signIn(user.email, "Not-the-right-password-1", freshIp())).toEqual({ ok: false, reason: "INVALID" });

    expect(await signIn(user.email, user.password!, freshIp())).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(await signIn(user.email.toUpperCase(), user.password!, freshIp())).toEqual({ ok: false, reason: "RATE_LIMITED" });

    const reasons = (await failureEvents(user.email)).map((e) => e.details.reason);
    expect(reasons.filter((r) => r === "bad_credentials")).toHaveLength(RATE_LIMIT.perAccount);
    expect(reasons.filter((r) => r === "rate_limited")).toHaveLength(2);
  });

  it("does not hold another account back", async () => {
    const locked = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    const other = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    for (let i = 0; i < RATE_LIMIT.perAccount; i += 1) await signIn(locked.email, "Not-the-right-password-1", freshIp());
    expect(await signIn(locked.email, locked.password!, freshIp())).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(await signIn(other.email, other.password!, freshIp())).toMatchObject({ ok: true });
  });

  it("counts only failures within the window", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    for (let i = 0; i < RATE_LIMIT.perAccount; i += 1) await signIn(user.email, "Not-the-right-password-1", freshIp());
    expect(await signIn(user.email, user.password!, freshIp())).toEqual({ ok: false, reason: "RATE_LIMITED" });

    const db = await getDb();
    await db
      .update(signInAttempts)
      .set({ createdAt: new Date(Date.now() - RATE_LIMIT.windowMs - 60_000) })
      .where(eq(signInAttempts.emailKey, user.email));
    expect(await signIn(user.email, user.password!, freshIp())).toMatchObject({ ok: true });
  });
});

describe("the per-address limit", () => {
  it(`refuses every account from an address after ${RATE_LIMIT.perIp} failures there, but not from elsewhere`, async () => {
    const ip = freshIp();
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    // Different unknown addresses each time: no single account reaches its own limit.
    for (let i = 0; i < RATE_LIMIT.perIp - 1; i += 1) {
      expect(await signIn(uniqueEmail("spray"), "Not-the-right-password-1", ip)).toEqual({ ok: false, reason: "INVALID" });
    }
    expect(await signIn(user.email, user.password!, ip)).toMatchObject({ ok: true });
    await signIn(uniqueEmail("spray"), "Not-the-right-password-1", ip);

    expect(await signIn(user.email, user.password!, ip)).toEqual({ ok: false, reason: "RATE_LIMITED" });
    expect(await signIn(user.email, user.password!, freshIp())).toMatchObject({ ok: true, userId: user.id });
  });
});

describe("a burst of parallel guesses", () => {
  it("lets no more than the per-account limit through to a password check", async () => {
    const user = await createTestUser({ role: "STATE_CONTRIBUTOR" });
    const burst = RATE_LIMIT.perAccount + 7;
    const outcomes = await Promise.all(
      Array.from({ length: burst }, () => signIn(user.email, "wrong-password-guess", freshIp())),
    );
    const reasons = outcomes.map((o) => (o.ok ? "OK" : o.reason));
    expect(reasons.filter((r) => r === "INVALID")).toHaveLength(RATE_LIMIT.perAccount);
    expect(reasons.filter((r) => r === "RATE_LIMITED")).toHaveLength(burst - RATE_LIMIT.perAccount);
  });
});

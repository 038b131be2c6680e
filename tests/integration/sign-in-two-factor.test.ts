import { randomBytes } from "node:crypto";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, recoveryCodes } from "@/db/schema";
import { getDb } from "@/lib/db";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { generateTotp } from "@/lib/server/auth/totp";
import { createTestUser } from "@/tests/fixtures/users";

const freshIp = () => `test-${randomBytes(6).toString("hex")}`;

const signIn = (email: string, password: string, code?: string) =>
  authenticateCredentials({ input: { email, password, code }, ip: freshIp() });

async function auditActions(userId: string) {
  const db = await getDb();
  const rows = await db.select().from(auditEvents).where(eq(auditEvents.targetId, userId)).orderBy(auditEvents.id);
  return rows.map((r) => `${r.action}${typeof r.details.reason === "string" ? `:${r.details.reason}` : ""}`);
}

describe("signing in to an account with two-factor authentication", () => {
  it("asks for a code (CODE_REQUIRED) after the right password, without counting a failure", async () => {
    const user = await createTestUser({ role: "ADMIN", twoFactor: true });
    expect(await signIn(user.email, user.password!)).toEqual({ ok: false, reason: "CODE_REQUIRED" });
    expect(await auditActions(user.id)).toEqual([]);
  });

  it("still answers INVALID, not CODE_REQUIRED, to a wrong password", async () => {
    const user = await createTestUser({ role: "ADMIN", twoFactor: true });
    expect(await signIn(user.email, "Not-the-right-password-1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(user.email, "Not-the-right-password-1", generateTotp(user.totpSecret!))).toEqual({ ok: false, reason: "INVALID" });
  });

  it("succeeds with the current code from the authenticator app", async () => {
    const user = await createTestUser({ role: "REPORT_EDITOR", twoFactor: true });
    expect(await signIn(user.email, user.password!, generateTotp(user.totpSecret!))).toEqual({
      ok: true,
      userId: user.id,
      sessionVersion: user.sessionVersion,
    });
    expect(await auditActions(user.id)).toEqual(["auth.signed_in"]);
  });

  it("refuses a wrong or stale code as INVALID and audits it as a bad second factor", async () => {
    const user = await createTestUser({ role: "REPORT_EDITOR", twoFactor: true });
    const stale = generateTotp(user.totpSecret!, Date.now() - 10 * 60_000);
    const current = generateTotp(user.totpSecret!);
    const wrong = current === "000000" ? "000001" : "000000";
    expect(await signIn(user.email, user.password!, stale === current ? wrong : stale)).toEqual({ ok: false, reason: "INVALID" });
    expect(await signIn(user.email, user.password!, wrong)).toEqual({ ok: false, reason: "INVALID" });
    expect(await auditActions(user.id)).toEqual(["auth.sign_in_failed:bad_second_factor", "auth.sign_in_failed:bad_second_factor"]);
  });

  it("accepts a recovery code once, and refuses the same code the second time", async () => {
    const user = await createTestUser({ role: "SECRETARIAT_REVIEWER", twoFactor: true });
    const [code, other] = user.recoveryCodes;
    expect(await signIn(user.email, user.password!, code)).toMatchObject({ ok: true, userId: user.id });
    expect(await signIn(user.email, user.password!, code)).toEqual({ ok: false, reason: "INVALID" });

    const db = await getDb();
    const used = await db
      .select()
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, user.id), isNotNull(recoveryCodes.usedAt)));
    expect(used).toHaveLength(1);

    // Another unused code still works, typed in capitals.
    expect(await signIn(user.email, user.password!, other!.toUpperCase())).toMatchObject({ ok: true });
    expect(await auditActions(user.id)).toEqual(["auth.signed_in", "auth.sign_in_failed:bad_second_factor", "auth.signed_in"]);
  });

  it("does not accept another user's recovery code", async () => {
    const user = await createTestUser({ role: "ADMIN", twoFactor: true });
    const stranger = await createTestUser({ role: "ADMIN", twoFactor: true });
    expect(await signIn(user.email, user.password!, stranger.recoveryCodes[0])).toEqual({ ok: false, reason: "INVALID" });
    const db = await getDb();
    const [usedCount] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(recoveryCodes)
      .where(and(eq(recoveryCodes.userId, stranger.id), isNotNull(recoveryCodes.usedAt)));
    expect(usedCount?.n).toBe(0);
  });
});

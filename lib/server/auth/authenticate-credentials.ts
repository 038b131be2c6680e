import "server-only";
import { and, count, eq, gt, isNull, sql } from "drizzle-orm";
import { recoveryCodes, signInAttempts, users } from "@/db/schema";
import { getDb, type Tx } from "@/lib/db";
import { ZSignInInput } from "@/lib/schemas/users";
import { writeAudit } from "@/lib/server/audit";
import { verifyPassword } from "@/lib/server/passwords";
import { hashRecoveryCode, verifyTotp } from "./totp";

/** Failed attempts tolerated within the window, per account and per client address. */
export const RATE_LIMIT = { windowMs: 15 * 60 * 1000, perAccount: 5, perIp: 30 } as const;

export type SignInOutcome =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "INVALID" | "RATE_LIMITED" | "CODE_REQUIRED" };

async function recordFailure(tx: Tx, emailKey: string, ip: string, accountId: string | null, reason: string) {
  // An attempt refused by the limit is audited but not counted, so a lock-out ends when its window does.
  if (reason !== "rate_limited") await tx.insert(signInAttempts).values({ emailKey, ip, succeeded: false });
  await writeAudit(tx, {
    actor: accountId ? { userId: accountId, email: emailKey } : null,
    action: "auth.sign_in_failed",
    targetType: "user",
    targetId: accountId ?? undefined,
    details: { email: emailKey, ip, reason },
  });
}

/**
 * Checks e-mail, password and (when enrolled) the second factor. Every refusal of a bad e-mail or
 * password looks the same to the caller; failures are counted in the database per account and per
 * address, so the limit holds across app instances.
 */
export async function authenticateCredentials(opts: { input: unknown; ip: string }): Promise<SignInOutcome> {
  const parsed = ZSignInInput.safeParse(opts.input);
  if (!parsed.success) return { ok: false, reason: "INVALID" };
  const { email, password, code } = parsed.data;
  const emailKey = email.toLowerCase();
  const ip = opts.ip.slice(0, 100);
  const db = await getDb();
  const since = new Date(Date.now() - RATE_LIMIT.windowMs);

  // One attempt per account at a time: the count, the check and the record of a failure happen under
  // a lock on the account key, so a burst of parallel guesses cannot slip past the limit.
  return db.transaction(async (tx): Promise<SignInOutcome> => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sign-in:${emailKey}`}))`);
    const [byAccount] = await tx
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.emailKey, emailKey), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
    const [byIp] = await tx
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.ip, ip), eq(signInAttempts.succeeded, false), gt(signInAttempts.createdAt, since)));
    if ((byAccount?.n ?? 0) >= RATE_LIMIT.perAccount || (byIp?.n ?? 0) >= RATE_LIMIT.perIp) {
      await recordFailure(tx, emailKey, ip, null, "rate_limited");
      return { ok: false, reason: "RATE_LIMITED" };
    }

    const [user] = await tx.select().from(users).where(eq(sql`lower(${users.email})`, emailKey));
    const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !passwordOk || user.disabled) {
      await recordFailure(tx, emailKey, ip, user?.id ?? null, user?.disabled ? "disabled" : "bad_credentials");
      return { ok: false, reason: "INVALID" };
    }

    if (user.totpEnabledAt && user.totpSecret) {
      if (!code) return { ok: false, reason: "CODE_REQUIRED" };
      let secondFactorOk = verifyTotp(user.totpSecret, code);
      if (!secondFactorOk) {
        const used = await tx
          .update(recoveryCodes)
          .set({ usedAt: new Date() })
          .where(
            and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(code)), isNull(recoveryCodes.usedAt)),
          )
          .returning({ id: recoveryCodes.id });
        secondFactorOk = used.length > 0;
      }
      if (!secondFactorOk) {
        await recordFailure(tx, emailKey, ip, user.id, "bad_second_factor");
        return { ok: false, reason: "INVALID" };
      }
    }
    await tx.insert(signInAttempts).values({ emailKey, ip, succeeded: true });
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    await writeAudit(tx, {
      actor: { userId: user.id, email: user.email },
      action: "auth.signed_in",
      targetType: "user",
      targetId: user.id,
      memberStateId: user.memberStateId,
      details: { ip },
    });
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  });
}

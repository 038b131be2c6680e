import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { userTokens } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

export type TokenPurpose = "INVITATION" | "PASSWORD_RESET";

/** How long a link stays valid. */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  INVITATION: 72 * 60 * 60 * 1000,
  PASSWORD_RESET: 2 * 60 * 60 * 1000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a single-use token and returns it in clear; only its sha256 is stored. Earlier unused
 * tokens of the same purpose for the user are expired, so only the newest link works.
 */
export async function issueToken(
  tx: DbOrTx,
  opts: { userId: string; purpose: TokenPurpose; createdById: string | null; now?: Date },
): Promise<string> {
  const now = opts.now ?? new Date();
  await tx
    .update(userTokens)
    .set({ expiresAt: now })
    .where(and(eq(userTokens.userId, opts.userId), eq(userTokens.purpose, opts.purpose), isNull(userTokens.usedAt)));
  const token = randomBytes(32).toString("base64url");
  await tx.insert(userTokens).values({
    userId: opts.userId,
    purpose: opts.purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[opts.purpose]),
    createdById: opts.createdById,
  });
  return token;
}

/** The row of this token, if it is of this purpose, unused and unexpired. */
function validToken(token: string, purpose: TokenPurpose, now: Date) {
  return and(
    eq(userTokens.tokenHash, hashToken(token)),
    eq(userTokens.purpose, purpose),
    isNull(userTokens.usedAt),
    gt(userTokens.expiresAt, now),
  );
}

/** The user a valid (unused, unexpired) token belongs to, without using it; null otherwise. */
export async function peekToken(
  tx: DbOrTx,
  opts: { token: string; purpose: TokenPurpose; now?: Date },
): Promise<{ tokenId: string; userId: string } | null> {
  const now = opts.now ?? new Date();
  const [row] = await tx
    .select({ tokenId: userTokens.id, userId: userTokens.userId })
    .from(userTokens)
    .where(validToken(opts.token, opts.purpose, now));
  return row ?? null;
}

/**
 * Marks a valid token used and returns its user. The conditional update makes it single-use even
 * when two requests race: only one of them changes the row.
 */
export async function consumeToken(
  tx: DbOrTx,
  opts: { token: string; purpose: TokenPurpose; now?: Date },
): Promise<{ userId: string } | null> {
  const now = opts.now ?? new Date();
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(validToken(opts.token, opts.purpose, now))
    .returning({ userId: userTokens.userId });
  return row ?? null;
}

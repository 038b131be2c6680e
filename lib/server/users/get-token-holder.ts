import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { peekToken, type TokenPurpose } from "@/lib/server/tokens";

/** Who a still-valid link is for (to greet them on the page), or NOT_FOUND for a used, expired or unknown link. */
export async function getTokenHolder(opts: { token: string; purpose: TokenPurpose }): Promise<{ email: string; name: string }> {
  if (opts.token.length < 10 || opts.token.length > 200) throw new AppError("NOT_FOUND");
  const db = await getDb();
  const found = await peekToken(db, opts);
  if (!found) throw new AppError("NOT_FOUND", "This link is invalid, has expired or has already been used.");
  const [user] = await db.select({ email: users.email, name: users.name, disabled: users.disabled }).from(users).where(eq(users.id, found.userId));
  if (!user || user.disabled) throw new AppError("NOT_FOUND", "This link is invalid, has expired or has already been used.");
  return { email: user.email, name: user.name };
}

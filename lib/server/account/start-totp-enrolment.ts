import "server-only";
import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newTotpSecret, totpUri } from "@/lib/server/auth/totp";

/**
 * Creates (or re-creates) a pending TOTP secret for the actor and returns what the enrolment page
 * shows: the QR code as an SVG data URL and the secret for manual entry. Nothing is enforced until
 * confirmTotpEnrolment succeeds.
 */
export async function startTotpEnrolment(opts: { actor: Actor | null }): Promise<{ secret: string; qrSvgDataUrl: string }> {
  const { actor } = opts;
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (actor.twoFactorEnabled) throw new AppError("INVALID_STATE_TRANSITION", "Two-factor authentication is already set up.");
  const secret = newTotpSecret();
  const db = await getDb();
  await db.update(users).set({ totpSecret: secret }).where(eq(users.id, actor.userId));
  const svg = await QRCode.toString(totpUri(secret, actor.email), { type: "svg", margin: 1 });
  return { secret, qrSvgDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}

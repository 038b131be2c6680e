import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

const ISSUER = "Rapporteur";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 });
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, label: string): string {
  return totpFor(secret, label).toString();
}

/** Whether a six-digit code is valid now, allowing one 30-second step of clock drift. */
export function verifyTotp(secret: string, code: string, now: number = Date.now()): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totpFor(secret, "x").validate({ token: code, timestamp: now, window: 1 }) !== null;
}

/** The code for a moment (tests and the enrolment check use it). */
export function generateTotp(secret: string, now: number = Date.now()): string {
  return totpFor(secret, "x").generate({ timestamp: now });
}

/** Ten one-time recovery codes, e.g. "k7f2-q9xm-3h". */
export function newRecoveryCodes(): string[] {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(12);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export function hashRecoveryCode(code: string): string {
  return createHash("sha256").update(code.trim().toLowerCase().replace(/\s+/g, ""), "utf8").digest("hex");
}

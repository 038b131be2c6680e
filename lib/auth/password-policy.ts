/** Minimum password length, shared by the form schema and the server. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * Why a password is refused, or null when it is acceptable. `commonPasswords` is the shipped list
 * (lib/auth/common-passwords.txt), lower-cased; a password is refused when it, lower-cased, or its
 * stem without trailing digits and symbols, is on the list, or when it is one character repeated.
 */
export function passwordProblem(password: string, commonPasswords: ReadonlySet<string>, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return "validation.passwordTooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "validation.passwordTooLong";
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, "");
  if (commonPasswords.has(lower) || (stem.length >= 6 && commonPasswords.has(stem))) {
    return "validation.passwordCommon";
  }
  if (/^(.)\1+$/u.test(password)) return "validation.passwordTrivial";
  const local = email?.toLowerCase().split("@")[0] ?? "";
  if (local.length >= 4 && lower.includes(local) && lower.length - local.length < 8) {
    return "validation.passwordLikeEmail";
  }
  return null;
}

import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";
import { ARGON2_OPTIONS } from "@/lib/auth/argon2-options";
import { passwordProblem } from "@/lib/auth/password-policy";


let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  if (!common) {
    const text = readFileSync(path.join(process.cwd(), "lib", "auth", "common-passwords.txt"), "utf8");
    common = new Set(
      text
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.trim().toLowerCase()),
    );
  }
  return common;
}

/** Why the password is refused (length, common list), or null. */
export function checkPassword(password: string, email?: string): string | null {
  return passwordProblem(password, commonPasswords(), email);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** A hash that is verified when the account does not exist, so that timing does not reveal it. */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hashPassword("rapporteur-timing-equaliser");
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

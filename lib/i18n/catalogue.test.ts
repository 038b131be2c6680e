import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { QUESTIONNAIRE_VALIDATION_KEYS } from "@/lib/questionnaire/values";

const DIR = path.join(__dirname, "messages");

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function load(locale: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(DIR, `${locale}.json`), "utf8")) as Record<string, unknown>;
}

const SOURCE_FILES_WITH_KEYS = ["lib/schemas/users.ts", "lib/auth/password-policy.ts", "lib/server/users/invite-user.ts", "lib/server/users/change-user-role.ts", "lib/server/users/set-user-disabled.ts", "lib/server/account/confirm-totp-enrolment.ts", "lib/schemas/submissions.ts", "lib/server/submissions/save-answers.ts"];

describe("message catalogues", () => {
  const english = new Set(keysOf(load("en")));

  it("has a catalogue file for every locale and no file for an unlisted locale", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
    expect(files).toEqual([...LOCALES].sort());
  });

  it.each([...LOCALES])("%s has exactly the keys of the English catalogue", (locale) => {
    const keys = new Set(keysOf(load(locale)));
    expect([...english].filter((k) => !keys.has(k)), "missing").toEqual([]);
    expect([...keys].filter((k) => !english.has(k)), "extra").toEqual([]);
  });

  it("defines every validation key the schemas and server functions return", () => {
    const root = path.join(__dirname, "..", "..");
    const used = new Set<string>();
    for (const file of SOURCE_FILES_WITH_KEYS) {
      for (const m of readFileSync(path.join(root, file), "utf8").matchAll(/"(validation\.[A-Za-z]+)"/g)) used.add(m[1]!);
    }
    for (const key of QUESTIONNAIRE_VALIDATION_KEYS) used.add(key);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !english.has(k))).toEqual([]);
  });
});

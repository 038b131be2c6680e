import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { QUESTIONNAIRE_VALIDATION_KEYS } from "@/lib/questionnaire/values";

const DIR = path.join(__dirname, "messages");

function keysOf(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

/** A locale's catalogue: `<locale>.json` merged with every namespace file in `<locale>/`. */
function load(locale: string): Record<string, unknown> {
  const merged = readJson(path.join(DIR, `${locale}.json`));
  const nsDir = path.join(DIR, locale);
  for (const file of existsSync(nsDir) ? readdirSync(nsDir).filter((f) => f.endsWith(".json")).sort() : []) {
    const part = readJson(path.join(nsDir, file));
    expect(Object.keys(part), `${locale}/${file} holds one namespace named after the file`).toEqual([file.replace(/\.json$/, "")]);
    for (const ns of Object.keys(part)) expect(merged, `${locale}/${file} repeats namespace ${ns}`).not.toHaveProperty(ns);
    Object.assign(merged, part);
  }
  return merged;
}

const SOURCE_FILES_WITH_KEYS = ["lib/schemas/users.ts", "lib/auth/password-policy.ts", "lib/server/users/invite-user.ts", "lib/server/users/change-user-role.ts", "lib/server/users/set-user-disabled.ts", "lib/server/account/confirm-totp-enrolment.ts", "lib/schemas/submissions.ts", "lib/server/submissions/save-answers.ts"];

describe("message catalogues", () => {
  const english = new Set(keysOf(load("en")));

  it("merges in messages.ts every namespace file of the English catalogue", () => {
    const source = readFileSync(path.join(__dirname, "messages.ts"), "utf8");
    for (const file of readdirSync(path.join(DIR, "en")).filter((f) => f.endsWith(".json"))) {
      expect(source, file).toContain(`./messages/en/${file}`);
    }
  });

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

  /** Leaf values by dotted key. */
  function values(value: unknown, prefix = ""): Map<string, string> {
    const out = new Map<string, string>();
    if (typeof value !== "object" || value === null) out.set(prefix, String(value));
    else for (const [k, v] of Object.entries(value)) for (const [kk, vv] of values(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    return out;
  }
  /** ICU argument names of a message, from the parser next-intl itself uses (plural branches are not arguments). */
  function argumentsOf(text: string): string[] {
    const names = new Set<string>();
    const visit = (elements: MessageFormatElement[]) => {
      for (const el of elements) {
        if (el.type !== TYPE.literal && el.type !== TYPE.pound && "value" in el && typeof el.value === "string") names.add(el.value);
        if ("options" in el) for (const option of Object.values(el.options)) visit(option.value);
        if ("children" in el) visit(el.children);
      }
    };
    visit(parse(text, { ignoreTag: true }));
    return [...names].sort();
  }

  it.each([...LOCALES].filter((l) => l !== "en"))("%s is a translation: its messages differ from English and keep every argument", (locale) => {
    const en = values(load("en"));
    const other = values(load(locale));
    const same = [...en].filter(([k, v]) => other.get(k) === v && /[A-Za-z]{4,}/.test(v.replace(/\{[^}]*\}/g, ""))).map(([k]) => k);
    expect(same.length / en.size, `untranslated: ${same.slice(0, 10).join(", ")}`).toBeLessThan(0.05);
    for (const [key, text] of en) {
      if (!other.has(key)) continue;
      expect(argumentsOf(other.get(key)!), `${locale} ${key}`).toEqual(argumentsOf(text));
    }
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { missingTranslations, translatableStrings, unknownTranslationKeys } from "@/lib/questionnaire/translation";
import { TIP_QUESTIONNAIRE_V1 } from "../definition-v1";
import { TIP_QUESTIONNAIRE_V2 } from "../definition-v2";

const v1 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);
const v2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const DIR = __dirname;
const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));

/** ICU-style {placeholders} and markup tags a text carries. */
function tokens(text: string): string[] {
  return [...text.matchAll(/\{[^}]*\}|<\/?[a-z]+>/g)].map((m) => m[0]).sort();
}

describe("translations of the trafficking-in-persons questionnaire", () => {
  it("has files only for known non-English locales", () => {
    for (const f of files) expect(LOCALES.filter((l) => l !== "en")).toContain(f.replace(/\.json$/, ""));
  });

  it.each(files)("%s has exactly the keys of version 2 and keeps placeholders", (file) => {
    const strings = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Record<string, string>;
    expect(missingTranslations(v2, strings), "missing").toEqual([]);
    expect(unknownTranslationKeys(v2, strings, { allowOtherVersions: [v1] }), "unknown").toEqual([]);
    const source = translatableStrings(v2);
    for (const [key, en] of source) expect(tokens(strings[key]!), key).toEqual(tokens(en));
    // A translation, not a copy: most texts differ from the English source.
    const same = [...source].filter(([key, en]) => strings[key] === en).length;
    expect(same / source.size).toBeLessThan(0.1);
  });

  it("registers every file in index.ts", () => {
    const index = readFileSync(path.join(DIR, "index.ts"), "utf8");
    for (const f of files) expect(index).toContain(`./${f}`);
    expect(existsSync(path.join(DIR, "index.ts"))).toBe(true);
  });
});

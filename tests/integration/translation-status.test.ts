import { describe, expect, it } from "vitest";
import { TIP_TRANSLATED_LOCALES } from "@/lib/questionnaire/tip/translations";
import { findTranslationStatus } from "@/lib/server/questionnaires/find-translation-status";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser } from "@/tests/fixtures/users";

describe("questionnaire translation status (admin)", () => {
  it("lists, per seeded questionnaire version and language, the texts without a translation", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const status = await findTranslationStatus({ actor: admin.actor });
    const tip2 = status.find((s) => s.key === "tip" && s.version === 2)!;
    expect(tip2.texts).toBeGreaterThan(500);
    expect(tip2.locales.map((l) => l.locale)).toEqual(["ar", "es", "fr", "ru", "zh"]);
    for (const l of tip2.locales) {
      // A shipped translation is complete; a language without one shows every text in English.
      if (TIP_TRANSLATED_LOCALES.includes(l.locale)) expect(l.missing, l.locale).toEqual([]);
      else expect(l.missing).toHaveLength(tip2.texts);
    }
    expect(status.find((s) => s.key === "tip" && s.version === 1)!.texts).toBeLessThan(tip2.texts);
  });

  it("is for administrators only", async () => {
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    expect((await appErrorOf(findTranslationStatus({ actor: reviewer.actor }))).code).toBe("FORBIDDEN");
  });
});

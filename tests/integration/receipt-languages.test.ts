import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { afterAll, describe, expect, it, vi } from "vitest";
import { questionnaireVersions, reportingCycles } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { generateReply } from "@/lib/demo/generate-replies";
import type { Locale } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import { chromiumPath, closeChromium } from "@/lib/pdf/chromium";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { tipTranslation } from "@/lib/questionnaire/tip/translations";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { receiptRenderer, renderSubmissionReceipt } from "@/lib/server/submissions/render-submission-receipt";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { createTestUser } from "@/tests/fixtures/users";

/**
 * The receipt in Arabic and Chinese (printed by Chromium from the HTML view, lib/pdf/receipt-html.ts)
 * and in French (react-pdf), of a full reply to the seeded trafficking-in-persons questionnaire (v2, whose
 * translations ship with the app). Text is extracted with poppler's pdftotext, fonts listed with
 * pdffonts; the PDFs and their first pages as images are kept in tests/e2e/.artifacts/receipts/ for review.
 *
 * How Arabic is compared: pdftotext gives Chromium's Arabic in logical order (the letters of each word
 * and the words of a line in reading order, not reversed), but it breaks some words with a space where
 * two joined glyphs sit further apart than its word-gap heuristic expects, wraps runs in bidi embedding
 * marks, and places neutral characters between an Arabic and a Latin run (a colon, a bracket) by its own
 * reading of the line. So the expected and the extracted text are both reduced to their Arabic letters
 * (no spaces, marks, digits or punctuation) before the expected text is looked up: a receipt printed in
 * visual order (reversed letters) does not contain it. (With a font lacking Arabic, Chromium falls back
 * to a system font, and pdftotext then also swaps the two letters of each lam-alef ligature: such a
 * receipt fails here too, as well as on the font check.)
 */

// The route handler reads the signed-in actor from the session cookie; here the test chooses it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActor: async () => session.actor,
}));

const ARTIFACTS = path.join(process.cwd(), "tests", "e2e", ".artifacts", "receipts");
const work = mkdtempSync(path.join(tmpdir(), "receipt-languages-"));

afterAll(async () => {
  await closeChromium();
  rmSync(work, { recursive: true, force: true });
});

/** A reporting cycle on the seeded questionnaire `tip` v2 (the one with shipped translations). */
async function tipCycle() {
  const db = await getDb();
  const [version] = await db.select().from(questionnaireVersions).where(and(eq(questionnaireVersions.key, "tip"), eq(questionnaireVersions.version, 2)));
  if (!version) throw new Error("the seeded questionnaire tip v2 is missing");
  const suffix = randomBytes(4).toString("hex");
  const [cycle] = await db
    .insert(reportingCycles)
    .values({
      slug: `receipt-${suffix}`,
      title: `Receipt cycle ${suffix}`,
      organ: "SC",
      mandate: "Security Council resolution 2388 (2017)",
      periodFrom: "2025-01-01",
      periodTo: "2025-12-31",
      questionnaireVersionId: version.id,
      modules: ["CONFLICT"],
      opensOn: "2026-01-01",
      deadline: "2027-01-31",
      cutOff: "2027-02-15",
      status: "OPEN",
    })
    .returning();
  return { cycle: cycle!, definition: ZQuestionnaireDefinition.parse(version.definition) };
}

/** A State's full reply (the demo generator's), LEG-01's details written by the user as `details`, submitted. */
async function submittedReply(stateId: string, details: string) {
  const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: stateId });
  const { cycle, definition } = await tipCycle();
  const { submission } = await getStateWorkspace({ actor: focal.actor, cycleSlug: cycle.slug });
  const answers = generateReply(definition, { stateId, seed: "receipt-languages", completeness: "full", modules: cycle.modules, years: [2025] });
  answers["LEG-01"] = { ...answers["LEG-01"], details };
  await saveAnswers({ actor: focal.actor, input: { submissionId: submission.id, changes: Object.entries(answers).map(([questionId, value]) => ({ questionId, value, baseVersion: 0 })) } });
  const receipt = await submitSubmission({ actor: focal.actor, input: { submissionId: submission.id, declaration: true } });
  return { focal, submissionId: submission.id, sha256: receipt.sha256, cycle };
}

/** The PDF, kept with its page images for review. */
function savePdf(pdf: Buffer, name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  writeFileSync(file, pdf);
  return file;
}

function pdftotext(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
}

/** pdffonts' rows: font name, type and whether it is embedded. */
function pdffonts(file: string): { name: string; type: string; embedded: boolean }[] {
  return execFileSync("pdffonts", [file], { encoding: "utf8" })
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name, type (one or two words), encoding, emb, sub, uni, object, id: emb is 5th from the end.
      return { name: cols[0] ?? "", type: cols.slice(1, -6).join(" "), embedded: cols.at(-5) === "yes" };
    });
}

/** Page images (60 dpi) for review: the first pages are enough to see shaping and direction. */
function keepPageImages(file: string, name: string): string[] {
  for (const old of readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))) rmSync(path.join(ARTIFACTS, old));
  execFileSync("pdftoppm", ["-r", "60", "-png", "-f", "1", "-l", "2", file, path.join(ARTIFACTS, name)]);
  return readdirSync(ARTIFACTS).filter((f) => f.startsWith(`${name}-`));
}

/** Arabic letters only, in order (see the file comment); harakat (script Inherited) go too. */
function arabicLetters(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[^\p{Script=Arabic}]/gu, "")
    .replace(/[\u060C\u061B\u061F\u0660-\u0669\u066A-\u066D\u06D4\u0640]/g, "");
}

/** Text without white space (pdftotext's line breaks and word gaps), compatibility forms folded. */
function compact(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "");
}

/** Asserts that each expected text occurs in `haystack`, each after the previous one. */
function expectInOrder(haystack: string, expected: string[], what: string) {
  let from = 0;
  for (const text of expected) {
    expect(text.length, `${what}: an expected text is empty`).toBeGreaterThan(0);
    const at = haystack.indexOf(text, from);
    expect(at, `${what}: "${text}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + text.length;
  }
}

function receiptLabels(locale: Locale) {
  const receipt = (messagesFor(locale) as { receipt: Record<string, string> }).receipt;
  return [receipt.title, receipt.state, receipt.cycle, receipt.version, receipt.submittedAt, receipt.fingerprint].map((s) => s ?? "");
}

async function translationOf(locale: Locale, key: string): Promise<string> {
  const text = (await tipTranslation(locale))?.[key];
  if (!text) throw new Error(`no ${locale} translation for ${key}`);
  return text;
}

describe("the submission receipt in every language", () => {
  it("Arabic: Chromium, shaped Arabic in logical order, labels and questions in Arabic, Noto Sans Arabic embedded", async () => {
    const answer = "صدر قانون مكافحة الاتجار بالبشر رقم 64 لسنة 2010";
    const { focal, submissionId, sha256, cycle } = await submittedReply("EGY", answer);
    const { pdf } = await renderSubmissionReceipt({ actor: focal.actor, submissionId, locale: "ar" });
    const file = savePdf(pdf, "ar");
    const text = pdftotext(file);

    const [title, state, cycleLabel, version, submittedAt, fingerprint] = receiptLabels("ar");
    const sectionTitle = await translationOf("ar", "sections.C.title");
    const question = await translationOf("ar", "questions.LEG-01.text");
    const details = await translationOf("ar", "questions.LEG-01.fields.details.label");
    expectInOrder(
      arabicLetters(text),
      [title!, state!, cycleLabel!, version!, submittedAt!, fingerprint!, sectionTitle, question, details, answer].map(arabicLetters),
      "Arabic letters of the receipt",
    );
    // Latin runs (the State's name, the cycle, the fingerprint) keep their own order.
    expect(text).toContain("Egypt");
    expect(compact(text)).toContain(compact(cycle.title));
    expect(compact(text)).toContain(sha256);
    expect(compact(text)).toContain("LEG-01");
    // Not the English receipt.
    expect(text).not.toContain("Receipt of the reply");

    const fonts = pdffonts(file);
    expect(fonts.some((f) => /NotoSansArabic/.test(f.name))).toBe(true);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(keepPageImages(file, "ar").length).toBeGreaterThan(0);
  });

  it("Chinese: Chromium, labels and questions in Chinese, Noto Sans SC embedded", async () => {
    const answer = "《中华人民共和国刑法》第二百四十条规定了拐卖妇女、儿童罪。";
    const { focal, submissionId, sha256, cycle } = await submittedReply("CHN", answer);
    const { pdf } = await renderSubmissionReceipt({ actor: focal.actor, submissionId, locale: "zh" });
    const file = savePdf(pdf, "zh");
    const text = compact(pdftotext(file));

    const sectionTitle = await translationOf("zh", "sections.C.title");
    const question = await translationOf("zh", "questions.LEG-01.text");
    const details = await translationOf("zh", "questions.LEG-01.fields.details.label");
    expectInOrder(text, [...receiptLabels("zh"), sectionTitle, question, details, answer].map(compact), "Chinese receipt");
    expect(text).toContain("China");
    expect(text).toContain(compact(cycle.title));
    expect(text).toContain(sha256);
    expect(text).not.toContain(compact("Receipt of the reply"));

    const fonts = pdffonts(file);
    expect(fonts.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(keepPageImages(file, "zh").length).toBeGreaterThan(0);
  });

  it("French: react-pdf, French labels and question texts", async () => {
    const { focal, submissionId, sha256 } = await submittedReply("SEN", "Loi n° 2005-06 du 10 mai 2005 relative à la lutte contre la traite des personnes");
    const { pdf } = await renderSubmissionReceipt({ actor: focal.actor, submissionId, locale: "fr" });
    const file = savePdf(pdf, "fr");
    const text = compact(pdftotext(file));
    const question = await translationOf("fr", "questions.LEG-01.text");
    expectInOrder(text, [...receiptLabels("fr"), question, "Loin°2005-06du10mai2005"].map(compact), "French receipt");
    expect(text).toContain(sha256);
    // react-pdf's receipt: Tinos, no Chromium.
    expect(pdffonts(file).some((f) => /Tinos/.test(f.name))).toBe(true);
  });

  it("the route answers in the language of the request: the language cookie, else the user's, else the browser's", async () => {
    const { focal, submissionId } = await submittedReply("EGY", "نص");
    const route = await import("@/app/api/submissions/[id]/receipt/route");
    session.actor = { ...focal.actor, locale: null };
    const titleOf = async (headers: Record<string, string>) => {
      const response = await route.GET(new Request(`http://localhost:3000/api/submissions/${submissionId}/receipt`, { headers }), { params: Promise.resolve({ id: submissionId }) });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const text = pdftotext(savePdf(Buffer.from(await response.arrayBuffer()), "route"));
      return (["ar", "en", "zh"] as const).find((locale) => compact(text).includes(compact(receiptLabels(locale)[0]!))) ?? null;
    };
    expect(await titleOf({ cookie: "theme=dark; NEXT_LOCALE=zh", "accept-language": "ar" })).toBe("zh");
    expect(await titleOf({ "accept-language": "ar-EG,ar;q=0.9,en;q=0.5" })).toBe("ar");
    expect(await titleOf({})).toBe("en");
    session.actor = { ...focal.actor, locale: "zh" };
    expect(await titleOf({ "accept-language": "ar" })).toBe("zh");
    session.actor = null;
  });

  it("chooses Chromium for Arabic and Chinese, and for any receipt with Arabic, Hebrew or Chinese text in it", () => {
    const data = (text: string) => ({
      title: "Receipt",
      stateName: "Ghana",
      cycleTitle: "Cycle",
      version: 1,
      submittedAt: "2026-01-01 10:00:00 UTC",
      sha256: "0".repeat(64),
      labels: { state: "", cycle: "", version: "", submittedAt: "", fingerprint: "", noAnswer: "", page: "" },
      sections: [{ heading: "A. Legislation", questions: [{ id: "LEG-01", text: "Question", lines: [{ label: "Details", text }] }] }],
    });
    expect(receiptRenderer("ar", data("Act 694"))).toBe("chromium");
    expect(receiptRenderer("zh", data("Act 694"))).toBe("chromium");
    for (const locale of ["en", "fr", "es", "ru"] as const) expect(receiptRenderer(locale, data("Закон 694, «loi», ley"))).toBe("react-pdf");
    expect(receiptRenderer("en", data("قانون 694"))).toBe("chromium");
    expect(receiptRenderer("fr", data("חוק"))).toBe("chromium");
    expect(receiptRenderer("es", data("刑法"))).toBe("chromium");
  });

  it("names CHROMIUM_PATH when Chromium is missing", async () => {
    const { focal, submissionId } = await submittedReply("EGY", "نص");
    const previous = process.env.CHROMIUM_PATH;
    await closeChromium();
    process.env.CHROMIUM_PATH = path.join(work, "no-chromium-here");
    try {
      expect(chromiumPath()).toBe(path.join(work, "no-chromium-here"));
      await expect(renderSubmissionReceipt({ actor: focal.actor, submissionId, locale: "ar" })).rejects.toThrow(/CHROMIUM_PATH/);
    } finally {
      if (previous === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = previous;
    }
    // And with it back, the next receipt prints (a failed launch is not kept).
    const { pdf } = await renderSubmissionReceipt({ actor: focal.actor, submissionId, locale: "ar" });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

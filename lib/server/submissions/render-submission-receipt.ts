import "server-only";
import { createElement } from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import { and, desc, eq } from "drizzle-orm";
import { attachments, submissionSnapshots } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { printPdf } from "@/lib/pdf/chromium";
import { registerReceiptFonts } from "@/lib/pdf/fonts";
import { RECEIPT_ASSET_ORIGIN, receiptAsset, receiptHtml } from "@/lib/pdf/receipt-html";
import { SubmissionReceipt, type ReceiptData } from "@/lib/pdf/submission-receipt";
import { summariseAnswer } from "@/lib/questionnaire/summarise";
import { assertCan } from "@/lib/server/authorize";
import { findMemberStateName } from "@/lib/server/member-states/find-member-state-name";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { localiseQuestionnaire } from "@/lib/server/questionnaires/localise-questionnaire";
import { loadSubmission } from "./load-submission";

/**
 * Right-to-left (Hebrew, Arabic) and CJK characters: react-pdf cannot lay out the first (no
 * bidirectional reordering; wrong Arabic letter forms) and the receipt's Tinos has no Arabic or CJK.
 * Tinos covers the other scripts of the six languages.
 */
const CHROMIUM_SCRIPTS = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC\u2E80-\u2FDF\u3000-\u30FF\u3100-\u312F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]|[\u{20000}-\u{3FFFF}]/u;

/**
 * Which renderer prints a receipt: Chromium (from the HTML view) for an Arabic or Chinese receipt and for
 * any receipt with Arabic or Chinese text in it (an answer, a name); react-pdf otherwise, which needs no
 * browser (docs/decisions/008-receipt-in-every-language.md).
 */
export function receiptRenderer(locale: Locale, data: ReceiptData): "chromium" | "react-pdf" {
  if (locale === "ar" || locale === "zh") return "chromium";
  const texts = [data.title, data.stateName, data.cycleTitle, ...data.sections.flatMap((s) => [s.heading, ...s.questions.flatMap((q) => [q.text, ...q.lines.flatMap((l) => [l.label, l.text])])])];
  return texts.some((text) => CHROMIUM_SCRIPTS.test(text)) ? "chromium" : "react-pdf";
}

/**
 * The PDF receipt of the newest submitted version of a submission the actor may see, in `locale` (the
 * language of the request; the actor's saved language, else English, when not given): labels, question
 * texts and option labels in that language, the answers as written.
 */
export async function renderSubmissionReceipt(opts: { actor: Actor | null; submissionId: string; locale?: Locale }): Promise<{ pdf: Buffer; filename: string }> {
  const { actor } = opts;
  assertCan(actor, "area:state");
  if (!/^[0-9a-f-]{36}$/i.test(opts.submissionId)) throw new AppError("NOT_FOUND");
  const db = await getDb();
  const row = await loadSubmission(db, { actor, submissionId: opts.submissionId });
  const [snapshot] = await db
    .select()
    .from(submissionSnapshots)
    .where(and(eq(submissionSnapshots.submissionId, row.submission.id)))
    .orderBy(desc(submissionSnapshots.version))
    .limit(1);
  if (!snapshot) throw new AppError("NOT_FOUND", "This reply has not been submitted yet.");
  const stateName = await findMemberStateName(db, row.submission.memberStateId);
  const locale: Locale = opts.locale ?? (isLocale(actor.locale) ? actor.locale : DEFAULT_LOCALE);
  const definition = await localiseQuestionnaire(await getQuestionnaireDefinition(db, snapshot.questionnaireVersionId), locale);
  const t = translatorFor(locale);
  // Attached files are named on the receipt with their fingerprint (the bytes are not in the snapshot).
  const files = await db
    .select({ id: attachments.id, fileName: attachments.fileName, sha256: attachments.sha256 })
    .from(attachments)
    .where(eq(attachments.submissionId, row.submission.id));
  const fileNames = Object.fromEntries(files.map((f) => [f.id, t("receipt.file", { name: f.fileName, sha256: f.sha256 })]));

  const data: ReceiptData = {
    title: t("receipt.title"),
    stateName,
    cycleTitle: row.cycle.title,
    version: snapshot.version,
    submittedAt: `${snapshot.submittedAt.toISOString().replace("T", " ").slice(0, 19)} UTC`,
    sha256: snapshot.sha256,
    labels: {
      state: t("receipt.state"),
      cycle: t("receipt.cycle"),
      version: t("receipt.version"),
      submittedAt: t("receipt.submittedAt"),
      fingerprint: t("receipt.fingerprint"),
      noAnswer: t("questionnaire.noAnswer"),
      page: t("receipt.page"),
    },
    sections: definition.sections
      .map((section) => ({
        heading: `${section.code}. ${section.title}`,
        questions: section.questions
          .filter((q) => snapshot.answers[q.id])
          .map((q) => ({
            id: q.id,
            text: q.text,
            lines: summariseAnswer(q, snapshot.answers[q.id], fileNames).map((l) => ({ label: l.label, text: l.isKey ? t(l.text as never) : l.text })),
          })),
      }))
      .filter((s) => s.questions.length > 0),
  };
  const pdf = receiptRenderer(locale, data) === "chromium" ? await printWithChromium(data, locale) : await printWithReactPdf(data);
  return { pdf, filename: `receipt-${row.submission.memberStateId}-${row.cycle.slug}-v${snapshot.version}.pdf` };
}

async function printWithReactPdf(data: ReceiptData): Promise<Buffer> {
  registerReceiptFonts();
  return renderToBuffer(createElement(SubmissionReceipt, { data }) as Parameters<typeof renderToBuffer>[0]);
}

async function printWithChromium(data: ReceiptData, locale: Locale): Promise<Buffer> {
  const { html, footer } = receiptHtml(data, locale);
  return printPdf({ html, assetOrigin: RECEIPT_ASSET_ORIGIN, asset: receiptAsset, preloadFonts: [footer] });
}

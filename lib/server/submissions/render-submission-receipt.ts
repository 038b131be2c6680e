import "server-only";
import { createElement } from "react";
import { renderToBuffer } from "@react-pdf/renderer";
import { and, desc, eq } from "drizzle-orm";
import { attachments, submissionSnapshots } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/translator";
import { registerReceiptFonts } from "@/lib/pdf/fonts";
import { SubmissionReceipt, type ReceiptData } from "@/lib/pdf/submission-receipt";
import { summariseAnswer } from "@/lib/questionnaire/summarise";
import { assertCan } from "@/lib/server/authorize";
import { findMemberStateName } from "@/lib/server/member-states/find-member-state-name";
import { getQuestionnaireDefinition } from "@/lib/server/questionnaires/get-questionnaire-definition";
import { loadSubmission } from "./load-submission";

/** The PDF receipt of the newest submitted version of a submission the actor may see. */
export async function renderSubmissionReceipt(opts: { actor: Actor | null; submissionId: string }): Promise<{ pdf: Buffer; filename: string }> {
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
  const definition = await getQuestionnaireDefinition(db, snapshot.questionnaireVersionId);
  const t = translatorFor(actor.locale);
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
  registerReceiptFonts();
  const pdf = await renderToBuffer(createElement(SubmissionReceipt, { data }) as Parameters<typeof renderToBuffer>[0]);
  return { pdf, filename: `receipt-${row.submission.memberStateId}-${row.cycle.slug}-v${snapshot.version}.pdf` };
}

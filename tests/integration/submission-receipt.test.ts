import path from "node:path";
import { describe, expect, it } from "vitest";
import { completeTestAnswers } from "@/lib/questionnaire/test-fixture";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { renderSubmissionReceipt } from "@/lib/server/submissions/render-submission-receipt";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { uploadAttachment } from "@/lib/server/attachments/upload-attachment";
import { pdfBytes } from "@/tests/fixtures/files";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser } from "@/tests/fixtures/users";

/** The text of every page of a PDF, in reading order. */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const standardFontDataUrl = `${path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts")}/`;
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  return pages.join("\n").replace(/\s+/g, " ");
}

describe("the submission receipt (PDF)", () => {
  it("lists the State, the cycle, the version, the time, the sha256 and the answers in questionnaire order", async () => {
    const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
    const { cycle } = await createTestCycle();
    const { submission } = await getStateWorkspace({ actor: focal.actor, cycleSlug: cycle.slug });
    expect((await appErrorOf(renderSubmissionReceipt({ actor: focal.actor, submissionId: submission.id }))).code).toBe("NOT_FOUND");

    const answers = completeTestAnswers();
    answers["LEG-01"] = { status: "YES", details: "Human Trafficking Act, 2005 (Act 694)" };
    await saveAnswers({ actor: focal.actor, input: { submissionId: submission.id, changes: Object.entries(answers).map(([questionId, value]) => ({ questionId, value, baseVersion: 0 })) } });
    const plan = await uploadAttachment({ actor: focal.actor, input: { submissionId: submission.id, questionId: "DAT-05", fileName: "National action plan 2024-2027.pdf", bytes: pdfBytes("plan") } });
    const receipt = await submitSubmission({ actor: focal.actor, input: { submissionId: submission.id, declaration: true } });

    const { pdf, filename } = await renderSubmissionReceipt({ actor: focal.actor, submissionId: submission.id });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(filename).toBe(`receipt-GHA-${cycle.slug}-v1.pdf`);
    const text = await pdfText(pdf);
    expect(text).toContain("Receipt of the reply to the Secretary-General");
    expect(text).toContain("Ghana");
    expect(text).toContain(cycle.title);
    expect(text).toContain(receipt.sha256);
    expect(text).toContain("Human Trafficking Act, 2005 (Act 694)");
    // Attached files are named with their fingerprint.
    expect(text).toContain("National action plan 2024-2027.pdf");
    expect(text).toContain(plan.attachment.sha256);
    expect(text.indexOf("LEG-01")).toBeGreaterThan(-1);
    expect(text.indexOf("LEG-01")).toBeLessThan(text.indexOf("DAT-01"));
  });

  it("is NOT_FOUND for another State's focal point", async () => {
    const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
    const other = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "SEN" });
    const { cycle } = await createTestCycle();
    const { submission } = await getStateWorkspace({ actor: focal.actor, cycleSlug: cycle.slug });
    expect((await appErrorOf(renderSubmissionReceipt({ actor: other.actor, submissionId: submission.id }))).code).toBe("NOT_FOUND");
  });
});

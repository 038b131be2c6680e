import { createHash } from "node:crypto";
import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, attachments, auditEvents } from "@/db/schema";
import { getDb } from "@/lib/db";
import { getAttachmentDownload } from "@/lib/server/attachments/get-attachment-download";
import { listQuestionAttachments } from "@/lib/server/attachments/list-question-attachments";
import { MAX_UPLOAD_REQUEST_BYTES, readUploadForm } from "@/lib/server/attachments/read-upload";
import { removeAttachment } from "@/lib/server/attachments/remove-attachment";
import { uploadAttachment } from "@/lib/server/attachments/upload-attachment";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf } from "@/tests/fixtures/errors";
import { docxBytes, htmlBytes, pdfBytes, pngBytes } from "@/tests/fixtures/files";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

// DAT-05 of the test questionnaire: one FILE field "documents", at most 2 files.
const QUESTION = "DAT-05";

let focalPoint: TestUser;
let contributor: TestUser;
let otherFocalPoint: TestUser;
let reviewer: TestUser;

beforeAll(async () => {
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
  contributor = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });
  otherFocalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "FRA" });
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
});

async function openSubmission() {
  const { cycle } = await createTestCycle();
  const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
  return { cycle, submissionId: workspace.submission.id };
}

async function written(submissionId: string) {
  const db = await getDb();
  const [files] = await db.select({ n: count() }).from(attachments).where(eq(attachments.submissionId, submissionId));
  const [answer] = await db.select().from(answers).where(and(eq(answers.submissionId, submissionId), eq(answers.questionId, QUESTION)));
  const [audit] = await db.select({ n: count() }).from(auditEvents).where(sql`${auditEvents.details}->>'submissionId' = ${submissionId}`);
  return { files: files?.n ?? 0, answer: answer ?? null, audit: audit?.n ?? 0 };
}

const upload = (actor: TestUser, submissionId: string, fileName: string, bytes: Uint8Array, questionId = QUESTION) =>
  uploadAttachment({ actor: actor.actor, input: { submissionId, questionId, fileName, bytes } });

describe("uploading an attachment", () => {
  it("stores the bytes with their sha256 and the type from the bytes, and appends the id to the answer with a new version", async () => {
    const { submissionId } = await openSubmission();
    const pdf = pdfBytes("national plan");
    const result = await upload(contributor, submissionId, "../Plan national\u0000.pdf", pdf);
    expect(result.attachment).toMatchObject({
      fileName: "Plan national.pdf",
      mediaType: "application/pdf",
      sizeBytes: pdf.byteLength,
      sha256: createHash("sha256").update(pdf).digest("hex"),
      questionId: QUESTION,
    });
    expect(result.answer).toEqual({ questionId: QUESTION, value: { documents: [result.attachment.id] }, version: 1 });

    const db = await getDb();
    const [row] = await db.select().from(attachments).where(eq(attachments.id, result.attachment.id));
    expect(Buffer.compare(row!.content, pdf)).toBe(0);
    expect(row!.uploadedById).toBe(contributor.actor.userId);
    const state = await written(submissionId);
    expect(state.answer).toMatchObject({ value: { documents: [result.attachment.id] }, version: 1, updatedById: contributor.actor.userId });
    expect(state.audit).toBe(1);

    // A second file goes after the first; the version moves on, so an autosave based on version 1 is a conflict.
    const second = await upload(focalPoint, submissionId, "photo.jpeg", pngBytes());
    expect(second.attachment).toMatchObject({ mediaType: "image/png", fileName: "photo.jpeg" });
    expect(second.answer).toEqual({ questionId: QUESTION, value: { documents: [result.attachment.id, second.attachment.id] }, version: 2 });
    const stale = await saveAnswers({ actor: contributor.actor, input: { submissionId, changes: [{ questionId: QUESTION, value: { documents: [] }, baseVersion: 1 }] } });
    expect(stale.saved).toEqual([]);
    expect(stale.conflicts[0]?.current).toMatchObject({ version: 2, value: { documents: [result.attachment.id, second.attachment.id] } });
  });

  it("refuses a disguised HTML file, naming it, and writes nothing", async () => {
    const { submissionId } = await openSubmission();
    const error = await appErrorOf(upload(focalPoint, submissionId, "report.pdf", htmlBytes()));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.file?.[0]).toMatch(/^"report\.pdf" is not an accepted file type/);
    expect(await written(submissionId)).toEqual({ files: 0, answer: null, audit: 0 });
  });

  it("refuses an empty file and a file over 20 MB", async () => {
    const { submissionId } = await openSubmission();
    expect((await appErrorOf(upload(focalPoint, submissionId, "empty.pdf", new Uint8Array(0)))).fieldErrors?.file?.[0]).toBe('"empty.pdf" is empty.');
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    pdfBytes().copy(big);
    expect((await appErrorOf(upload(focalPoint, submissionId, "big.pdf", big))).fieldErrors?.file?.[0]).toBe('"big.pdf" is larger than 20 MB.');
    expect((await written(submissionId)).files).toBe(0);
  });

  it("respects the question's maxFiles", async () => {
    const { submissionId } = await openSubmission();
    await upload(focalPoint, submissionId, "a.pdf", pdfBytes("a"));
    await upload(focalPoint, submissionId, "b.docx", docxBytes());
    const error = await appErrorOf(upload(focalPoint, submissionId, "c.pdf", pdfBytes("c")));
    expect(error.fieldErrors?.file?.[0]).toContain("at most 2 files");
    expect((await written(submissionId)).files).toBe(2);
  });

  it("refuses a question that is unknown or does not take files", async () => {
    const { submissionId } = await openSubmission();
    expect((await appErrorOf(upload(focalPoint, submissionId, "a.pdf", pdfBytes(), "LEG-01"))).message).toBe("Question LEG-01 does not take attachments.");
    expect((await appErrorOf(upload(focalPoint, submissionId, "a.pdf", pdfBytes(), "ZZZ-99"))).fieldErrors).toEqual({ questionId: ["validation.unknownQuestion"] });
    expect((await written(submissionId)).files).toBe(0);
  });

  it("gives NOT_FOUND for another State's submission and an unknown one", async () => {
    const { submissionId } = await openSubmission();
    expect((await appErrorOf(upload(otherFocalPoint, submissionId, "a.pdf", pdfBytes()))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(upload(focalPoint, "00000000-0000-4000-8000-000000000000", "a.pdf", pdfBytes()))).code).toBe("NOT_FOUND");
    expect((await written(submissionId)).files).toBe(0);
  });

  it("refuses a submitted reply (INVALID_STATE_TRANSITION) and a closed cycle (CYCLE_CLOSED)", async () => {
    const { submissionId, cycle } = await openSubmission();
    const db = await getDb();
    await db.execute(sql`update submission set status = 'SUBMITTED' where id = ${submissionId}`);
    expect((await appErrorOf(upload(focalPoint, submissionId, "a.pdf", pdfBytes()))).code).toBe("INVALID_STATE_TRANSITION");
    await db.execute(sql`update submission set status = 'DRAFT' where id = ${submissionId}`);
    await db.execute(sql`update reporting_cycle set status = 'CLOSED' where id = ${cycle.id}`);
    expect((await appErrorOf(upload(focalPoint, submissionId, "a.pdf", pdfBytes()))).code).toBe("CYCLE_CLOSED");
    expect((await written(submissionId)).files).toBe(0);
  });

  it("is not open to the secretariat (FORBIDDEN)", async () => {
    const { submissionId } = await openSubmission();
    expect((await appErrorOf(upload(reviewer, submissionId, "a.pdf", pdfBytes()))).code).toBe("FORBIDDEN");
  });
});

describe("saving a FILE answer by autosave", () => {
  it("accepts only ids of files uploaded to that submission and question", async () => {
    const { submissionId } = await openSubmission();
    const mine = await upload(focalPoint, submissionId, "plan.pdf", pdfBytes("plan"));
    const other = await openSubmission();
    const foreign = await upload(focalPoint, other.submissionId, "other.pdf", pdfBytes("other"));
    for (const ids of [[crypto.randomUUID()], [mine.attachment.id, foreign.attachment.id]]) {
      const error = await appErrorOf(saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: QUESTION, value: { documents: ids }, baseVersion: 1 }] } }));
      expect(error.fieldErrors).toEqual({ [`${QUESTION}.documents`]: ["validation.unknownAttachment"] });
    }
    expect((await written(submissionId)).answer).toMatchObject({ value: { documents: [mine.attachment.id] }, version: 1 });
    // Reordering or dropping one's own files is fine.
    const kept = await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: QUESTION, value: { documents: [mine.attachment.id] }, baseVersion: 1 }] } });
    expect(kept.saved[0]?.version).toBe(2);
  });
});

describe("downloading and listing", () => {
  it("gives the bytes to the State and the secretariat, NOT_FOUND to another State", async () => {
    const { submissionId, cycle } = await openSubmission();
    const pdf = pdfBytes("download me");
    const { attachment } = await upload(contributor, submissionId, "Loi nº 5.pdf", pdf);
    for (const user of [focalPoint, contributor, reviewer]) {
      const file = await getAttachmentDownload({ actor: user.actor, input: { attachmentId: attachment.id } });
      expect(file).toMatchObject({ fileName: "Loi nº 5.pdf", mediaType: "application/pdf", sha256: attachment.sha256 });
      expect(Buffer.compare(file.content, pdf)).toBe(0);
    }
    expect((await appErrorOf(getAttachmentDownload({ actor: otherFocalPoint.actor, input: { attachmentId: attachment.id } }))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getAttachmentDownload({ actor: null, input: { attachmentId: attachment.id } }))).code).toBe("UNAUTHORIZED");

    const listed = await listQuestionAttachments({ actor: focalPoint.actor, input: { cycleSlug: cycle.slug, questionId: QUESTION } });
    expect(listed).toMatchObject({ submissionId, editable: true, answerVersion: 1, attachments: [{ id: attachment.id, fileName: "Loi nº 5.pdf" }] });
    const bySecretariat = await listQuestionAttachments({ actor: reviewer.actor, input: { submissionId, questionId: QUESTION } });
    expect(bySecretariat).toMatchObject({ editable: false, attachments: [{ id: attachment.id }] });
    expect((await appErrorOf(listQuestionAttachments({ actor: otherFocalPoint.actor, input: { submissionId, questionId: QUESTION } }))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(listQuestionAttachments({ actor: otherFocalPoint.actor, input: { cycleSlug: cycle.slug, questionId: QUESTION } }))).code).toBe("NOT_FOUND");
  });
});

describe("removing an attachment", () => {
  it("takes the id out of the answer (new version) and deletes the file; another State gets NOT_FOUND", async () => {
    const { submissionId } = await openSubmission();
    const first = await upload(focalPoint, submissionId, "a.pdf", pdfBytes("a"));
    const second = await upload(focalPoint, submissionId, "b.pdf", pdfBytes("b"));
    expect((await appErrorOf(removeAttachment({ actor: otherFocalPoint.actor, input: { attachmentId: first.attachment.id } }))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(removeAttachment({ actor: reviewer.actor, input: { attachmentId: first.attachment.id } }))).code).toBe("FORBIDDEN");

    const result = await removeAttachment({ actor: contributor.actor, input: { attachmentId: first.attachment.id } });
    expect(result.answer).toEqual({ questionId: QUESTION, value: { documents: [second.attachment.id] }, version: 3 });
    const state = await written(submissionId);
    expect(state.files).toBe(1);
    expect(state.answer).toMatchObject({ value: { documents: [second.attachment.id] }, version: 3 });
    expect((await appErrorOf(getAttachmentDownload({ actor: focalPoint.actor, input: { attachmentId: first.attachment.id } }))).code).toBe("NOT_FOUND");
  });

  it("refuses once the reply is submitted, keeping the file", async () => {
    const { submissionId } = await openSubmission();
    const { attachment } = await upload(focalPoint, submissionId, "a.pdf", pdfBytes());
    const db = await getDb();
    await db.execute(sql`update submission set status = 'SUBMITTED' where id = ${submissionId}`);
    expect((await appErrorOf(removeAttachment({ actor: focalPoint.actor, input: { attachmentId: attachment.id } }))).code).toBe("INVALID_STATE_TRANSITION");
    expect((await written(submissionId)).files).toBe(1);
  });
});

describe("reading the upload body", () => {
  const multipart = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request("http://localhost/api/submissions/x/attachments", { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("reads a multipart form", async () => {
    const form = new FormData();
    form.set("questionId", QUESTION);
    form.set("file", new File([new Uint8Array(pdfBytes())], "a.pdf", { type: "application/pdf" }));
    const read = await readUploadForm(multipart(form));
    expect(read.get("questionId")).toBe(QUESTION);
    expect((read.get("file") as File).name).toBe("a.pdf");
  });

  it("refuses an oversize body from its Content-Length, before reading it", async () => {
    const error = await appErrorOf(readUploadForm(multipart("x", { "content-length": String(MAX_UPLOAD_REQUEST_BYTES + 1), "content-type": "multipart/form-data; boundary=x" })));
    expect(error.fieldErrors?.file).toEqual(["The file is larger than 20 MB."]);
  });

  it("refuses an oversize body without a length while reading it", async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
        if (sent > MAX_UPLOAD_REQUEST_BYTES * 2) controller.close();
      },
    });
    const error = await appErrorOf(readUploadForm(multipart(stream, { "content-type": "multipart/form-data; boundary=x" })));
    expect(error.fieldErrors?.file).toEqual(["The file is larger than 20 MB."]);
    expect(sent).toBeLessThan(MAX_UPLOAD_REQUEST_BYTES * 2);
  });
});

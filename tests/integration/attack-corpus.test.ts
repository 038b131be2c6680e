import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import JSZip from "jszip";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { answers as answersTable, attachments, reportingCycles, reviewComments, submissionSnapshots, submissions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { completeTestAnswers } from "@/lib/questionnaire/test-fixture";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import { MAX_TEXT_CHARS, type UncheckedAnswers } from "@/lib/questionnaire/values";
import { COMMENT_MAX_LENGTH } from "@/lib/schemas/review";
import { getAttachmentDownload } from "@/lib/server/attachments/get-attachment-download";
import { listQuestionAttachments } from "@/lib/server/attachments/list-question-attachments";
import { removeAttachment } from "@/lib/server/attachments/remove-attachment";
import { uploadAttachment } from "@/lib/server/attachments/upload-attachment";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { exportCycle } from "@/lib/server/exchange/export-cycle";
import { importReplies } from "@/lib/server/exchange/import-replies";
import { compareReportVersions } from "@/lib/server/reports/compare-report-versions";
import { createReport } from "@/lib/server/reports/create-report";
import { editReport } from "@/lib/server/reports/edit-report";
import { findReportVersions } from "@/lib/server/reports/find-report-versions";
import { getReport } from "@/lib/server/reports/get-report";
import { renderReportFile } from "@/lib/server/reports/render-report-file";
import { acceptSubmission } from "@/lib/server/review/accept-submission";
import { addComment } from "@/lib/server/review/add-comment";
import { findCommentsForState } from "@/lib/server/review/find-comments-for-state";
import { findVersionsForState } from "@/lib/server/review/find-versions-for-state";
import { getReplyForReview } from "@/lib/server/review/get-reply-for-review";
import { returnSubmission } from "@/lib/server/review/return-submission";
import { setFlag } from "@/lib/server/review/set-flag";
import { carryForwardAnswers } from "@/lib/server/submissions/carry-forward-answers";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { renderSubmissionReceipt } from "@/lib/server/submissions/render-submission-receipt";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { changeUserRole } from "@/lib/server/users/change-user-role";
import { getUser } from "@/lib/server/users/get-user";
import { inviteUser } from "@/lib/server/users/invite-user";
import { resendInvitation } from "@/lib/server/users/resend-invitation";
import { setUserDisabled } from "@/lib/server/users/set-user-disabled";
import { combined, PAYLOADS, payloadsOf, textOfLength, type Payload } from "@/tests/fixtures/attack-corpus";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { userRow } from "@/tests/fixtures/database";
import { appErrorOf, outcomeOf } from "@/tests/fixtures/errors";
import { pdfBytes } from "@/tests/fixtures/files";
import { createTestUser, uniqueEmail, type TestUser } from "@/tests/fixtures/users";

// Route handlers read the signed-in actor from the session cookie; here the test chooses it.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({
  getActor: async () => session.actor,
  requireActor: async () => {
    if (!session.actor) throw new Error("no actor");
    return session.actor;
  },
}));

/**
 * The attack corpus (tests/fixtures/attack-corpus.ts) through every text a user can write: stored
 * intact (byte for byte, after the documented normalisation), rendered inert in the receipt PDF, the
 * report PDF and Word file and the spreadsheets; length limits refused with a VALIDATION error that
 * names the field and nothing written. Then every server function and route handler taking an id,
 * given another State's ids: refused, never the data. The browser side is tests/e2e/attack-corpus.spec.ts.
 */

const OWN = "GHA";
const FOREIGN = "SEN";

let focal: TestUser;
let contributor: TestUser;
let foreignFocal: TestUser;
let reviewer: TestUser;
let editor: TestUser;
let admin: TestUser;

beforeAll(async () => {
  focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: OWN });
  contributor = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: OWN });
  foreignFocal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: FOREIGN });
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
  editor = await createTestUser({ role: "REPORT_EDITOR" });
  admin = await createTestUser({ role: "ADMIN" });
});

// ---------------------------------------------------------------------------------------------------
// Helpers

async function draftOf(actor: Actor, opts: { modules?: string[] } = {}) {
  const c = await createTestCycle(opts);
  const workspace = await getStateWorkspace({ actor, cycleSlug: c.cycle.slug });
  return { ...c, submissionId: workspace.submission.id };
}

async function storedAnswers(submissionId: string): Promise<Record<string, Record<string, unknown>>> {
  const db = await getDb();
  const rows = await db.select().from(answersTable).where(eq(answersTable.submissionId, submissionId));
  return Object.fromEntries(rows.map((r) => [r.questionId, r.value]));
}

const changesOf = (answers: UncheckedAnswers) => Object.entries(answers).map(([questionId, value]) => ({ questionId, value: value as Record<string, unknown>, baseVersion: 0 }));

/** Text answers of one payload in every kind of text field of the test questionnaire. */
function answersWith(text: string): UncheckedAnswers {
  return {
    ...completeTestAnswers(),
    "LEG-01": { status: "YES", details: text },
    "LEG-03": { forms: { selected: ["SEXUAL", "OTHER"], other: text } },
    "LEG-04": { laws: [{ title: text, subjects: { selected: ["OTHER"], other: text } }] },
    "DAT-06": { practices: [{ title: text, description: text, results: text, consent: "NAMED" }] },
  };
}

/** The texts a State can write, as stored, in the order of answersWith. */
function textsOf(stored: Record<string, Record<string, unknown>>): (string | undefined)[] {
  const get = (q: string) => stored[q] as Record<string, never>;
  const gp = (get("DAT-06").practices as unknown as Record<string, string>[])[0]!;
  const law = (get("LEG-04").laws as unknown as { title: string; subjects: { other: string } }[])[0]!;
  return [
    get("LEG-01").details,
    (get("LEG-03").forms as unknown as { other: string }).other,
    law.title,
    law.subjects.other,
    gp.title!,
    gp.description!,
    gp.results!,
  ];
}

/** Code points, so a failure shows which invisible character differs. */
const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16));

function expectSameText(actual: string | undefined, expected: string, what: string) {
  expect(codePoints(actual ?? "<missing>"), what).toEqual(codePoints(expected));
  expect(Buffer.from(actual ?? ""), what).toEqual(Buffer.from(expected));
}

/** pdftotext's reading of a PDF, white space collapsed. */
function pdfToText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "attack-corpus-"));
  writeFileSync(path.join(dir, "f.pdf"), pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "f.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

const XML_ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

/** Text content of an XML element, entities decoded once. */
function decodeXml(text: string): string {
  return text.replace(XML_ENTITY, (_, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : e === "quot" ? '"' : e === "apos" ? "'" : String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1))),
  );
}

/**
 * A small XML well-formedness check (no XML parser among the dependencies): only characters XML 1.0
 * allows, every `&` an entity or character reference, every tag closed in order.
 */
function wellFormed(xml: string): void {
  expect(xml, "no character XML 1.0 forbids").not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  expect(xml.replace(XML_ENTITY, ""), "every & is an entity").not.toContain("&");
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^>]*\?>/, "");
  for (const match of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = match[0];
    if (!token.startsWith("<")) {
      expect(token, "text holds no >").not.toContain(">");
      continue;
    }
    expect(token.slice(1), "no < inside a tag").not.toContain("<");
    if (token.endsWith("/>")) continue;
    const name = /^<\/?([^\s/>]+)/.exec(token)?.[1];
    expect(name, `a tag name in ${token}`).toBeDefined();
    if (token.startsWith("</")) expect(stack.pop(), `closing ${name}`).toBe(name);
    else stack.push(name!);
  }
  expect(stack, "every element closed").toEqual([]);
}

/** The decoded text of every <w:t> element of a well-formed Word document part. */
function wordTexts(xml: string): string[] {
  wellFormed(xml);
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!));
}

/** Minimal RFC 4180 reader, to look at each CSV field as a spreadsheet would. */
function csvFields(csv: string): string[] {
  const fields: string[] = [];
  let i = csv.startsWith("\uFEFF") ? 1 : 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      let value = "";
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (csv[i] === '"') {
          i++;
          break;
        } else value += csv[i++];
      }
      fields.push(value);
    } else {
      const end = csv.slice(i).search(/,|\r\n/);
      fields.push(end < 0 ? csv.slice(i) : csv.slice(i, i + end));
      i = end < 0 ? csv.length : i + end;
    }
    if (csv[i] === ",") i++;
    else if (csv.startsWith("\r\n", i)) i += 2;
  }
  return fields;
}

const FORMULA_START = /^[=+\-@\t\r]/;

async function exported(slug: string, format: "xlsx" | "csv"): Promise<Buffer> {
  const prepared = await exportCycle({ actor: reviewer.actor, input: { slug, format } });
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  await prepared.write(stream);
  await ended;
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------------
// Stored intact

describe("every kind of State text answer keeps a hostile payload intact", () => {
  it.each(PAYLOADS.map((p) => [p.name, p] as const))("%s: free text, Other (specify), group item, good practice", async (_name, p) => {
    const { submissionId } = await draftOf(focal.actor);
    const result = await saveAnswers({ actor: focal.actor, input: { submissionId, changes: changesOf(answersWith(p.text)) } });
    expect(result.conflicts).toEqual([]);
    const texts = textsOf(await storedAnswers(submissionId));
    texts.forEach((text, i) => expectSameText(text, p.stored, `${p.name}, text ${i + 1}`));

    // The single-choice "Other (specify)" (it hides LEG-03, so in a draft of its own).
    const other = await draftOf(focal.actor);
    await saveAnswers({ actor: focal.actor, input: { submissionId: other.submissionId, changes: changesOf({ "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "OTHER", other: p.text } } }) } });
    const kind = (await storedAnswers(other.submissionId))["LEG-02"]?.kind as { other?: string } | undefined;
    expectSameText(kind?.other, p.stored, `${p.name}, single-choice other`);
  });

  it("drops NUL and other control characters instead of failing the save, in the middle of a sentence", async () => {
    const { submissionId } = await draftOf(focal.actor);
    const typed = "Human\u0000 Trafficking\u0008 Act\u001F of 2005";
    await saveAnswers({ actor: focal.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES", details: typed }, baseVersion: 0 }] } });
    expect((await storedAnswers(submissionId))["LEG-01"]).toEqual({ status: "YES", details: "Human Trafficking Act of 2005" });
  });
});

describe("review comments and State replies to them keep hostile payloads intact", () => {
  it("stores, lists for the State and shows the reviewer every payload as written", async () => {
    const { cycle, submissionId } = await draftOf(focal.actor);
    await saveAnswers({ actor: focal.actor, input: { submissionId, changes: changesOf(completeTestAnswers()) } });
    const { version } = await submitSubmission({ actor: focal.actor, input: { submissionId, declaration: true } });
    const threads: { id: string; p: Payload }[] = [];
    for (const p of PAYLOADS) threads.push({ id: (await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: p.text } })).id, p });
    await returnSubmission({ actor: reviewer.actor, input: { submissionId, version } });
    const replies: { id: string; p: Payload }[] = [];
    for (const { id, p } of threads) {
      replies.push({ id: (await addComment({ actor: contributor.actor, input: { submissionId, questionId: "LEG-01", body: p.text, parentId: id } })).id, p });
    }

    const db = await getDb();
    for (const { id, p } of [...threads, ...replies]) {
      const [row] = await db.select({ body: reviewComments.body }).from(reviewComments).where(eq(reviewComments.id, id));
      expectSameText(row?.body, p.stored, `comment ${p.name}`);
    }
    const forState = await findCommentsForState({ actor: focal.actor, submissionId });
    const bodies = JSON.stringify(forState);
    for (const p of PAYLOADS) expect(bodies).toContain(JSON.stringify(p.stored).slice(1, -1));
    const review = JSON.stringify(await getReplyForReview({ actor: reviewer.actor, cycleSlug: cycle.slug, memberStateId: OWN }));
    for (const p of PAYLOADS) expect(review).toContain(JSON.stringify(p.stored).slice(1, -1));
  });
});

describe("names and titles keep hostile payloads intact", () => {
  it.each(PAYLOADS.map((p) => [p.name, p] as const))("an invited user's name: %s", async (_name, p) => {
    const { userId } = await inviteUser({ actor: admin.actor, input: { email: uniqueEmail("corpus"), name: p.text, role: "STATE_CONTRIBUTOR", memberStateId: OWN } });
    expectSameText((await userRow(userId)).name, p.stored, p.name);
    expectSameText((await getUser({ actor: focal.actor, userId })).name, p.stored, `${p.name} (read back)`);
  });

  it("a reporting cycle's title holds every payload", async () => {
    const { version } = await createTestCycle();
    const db = await getDb();
    for (const p of PAYLOADS) {
      const slug = `corpus-${createHash("sha1").update(p.name).digest("hex").slice(0, 10)}-${Date.now().toString(36)}`;
      await createCycle({
        actor: reviewer.actor,
        input: {
          slug,
          title: p.text,
          organ: "GA",
          mandate: p.text,
          periodFrom: "2026-01-01",
          periodTo: "2026-12-31",
          questionnaireVersionId: version.id,
          modules: [],
          opensOn: "2027-02-01",
          deadline: "2027-04-30",
          cutOff: "2027-05-15",
          reportSymbol: "",
          reminderDays: "14, 3",
        },
      });
      const [row] = await db.select({ title: reportingCycles.title, mandate: reportingCycles.mandate }).from(reportingCycles).where(eq(reportingCycles.slug, slug));
      expectSameText(row?.title, p.stored, `title ${p.name}`);
      expectSameText(row?.mandate, p.stored, `mandate ${p.name}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Length limits: a VALIDATION error naming the field, nothing written

describe("texts at and beyond each field's limit", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

  it.each([
    { what: "free text (50 words)", question: "LEG-01", value: (t: string) => ({ status: "YES", details: t }), at: words(50), over: words(51), key: "LEG-01.details", message: "validation.wordLimit" },
    { what: "free text (20,000 characters)", question: "LEG-01", value: (t: string) => ({ status: "YES", details: t }), at: "x".repeat(MAX_TEXT_CHARS), over: "x".repeat(MAX_TEXT_CHARS + 1), key: "LEG-01.details", message: "validation.tooLong" },
    { what: "Other (specify) (100 words)", question: "LEG-02", value: (t: string) => ({ kind: { code: "OTHER", other: t } }), at: words(100), over: words(101), key: "LEG-02.kind.other", message: "validation.wordLimit" },
    { what: "group item text (30 words)", question: "LEG-04", value: (t: string) => ({ laws: [{ title: t }] }), at: words(30), over: words(31), key: "LEG-04.laws.0.title", message: "validation.wordLimit" },
    { what: "good-practice title (20 words)", question: "DAT-06", value: (t: string) => ({ practices: [{ title: t, description: "d" }] }), at: words(20), over: words(21), key: "DAT-06.practices.0.title", message: "validation.wordLimit" },
    { what: "good-practice description (150 words)", question: "DAT-06", value: (t: string) => ({ practices: [{ title: "t", description: t }] }), at: words(150), over: words(151), key: "DAT-06.practices.0.description", message: "validation.wordLimit" },
  ])("$what: accepted at the limit, refused beyond it naming $key", async ({ question, value, at, over, key, message }) => {
    const { submissionId } = await draftOf(focal.actor);
    const base = question === "LEG-02" ? [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] : [];
    const error = await appErrorOf(saveAnswers({ actor: focal.actor, input: { submissionId, changes: [...base, { questionId: question, value: value(over), baseVersion: 0 }] } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[key]).toEqual([message]);
    expect(await storedAnswers(submissionId)).toEqual({});

    await saveAnswers({ actor: focal.actor, input: { submissionId, changes: [...base, { questionId: question, value: value(at), baseVersion: 0 }] } });
    expect(JSON.stringify((await storedAnswers(submissionId))[question])).toContain(at);
  });

  it(`a review comment: ${COMMENT_MAX_LENGTH} characters accepted, one more refused naming the body`, async () => {
    const { submissionId } = await draftOf(focal.actor);
    await saveAnswers({ actor: focal.actor, input: { submissionId, changes: changesOf(completeTestAnswers()) } });
    await submitSubmission({ actor: focal.actor, input: { submissionId, declaration: true } });
    const db = await getDb();
    const comments = async () => (await db.select({ n: count() }).from(reviewComments).where(eq(reviewComments.submissionId, submissionId)))[0]!.n;
    const error = await appErrorOf(addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: textOfLength(COMMENT_MAX_LENGTH + 1) } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.body).toEqual(["validation.commentTooLong"]);
    // A body of control characters only is empty once they are dropped.
    const blank = await appErrorOf(addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: "\u0000\u0001 \u0000" } }));
    expect(blank.fieldErrors?.body).toEqual(["validation.commentRequired"]);
    expect(await comments()).toBe(0);
    const atLimit = textOfLength(COMMENT_MAX_LENGTH);
    const { id } = await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: atLimit } });
    const [row] = await db.select({ body: reviewComments.body }).from(reviewComments).where(eq(reviewComments.id, id));
    expect(row?.body).toBe(atLimit);
  });

  it("a user's name: 200 characters accepted, 201 refused naming the name, no user written", async () => {
    const email = uniqueEmail("long-name");
    const error = await appErrorOf(inviteUser({ actor: admin.actor, input: { email, name: textOfLength(201), role: "REPORT_EDITOR" } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.name).toEqual(["validation.tooLong"]);
    const db = await getDb();
    expect(await db.select().from(users).where(eq(users.email, email))).toEqual([]);
    const { userId } = await inviteUser({ actor: admin.actor, input: { email, name: textOfLength(200), role: "REPORT_EDITOR" } });
    expect((await userRow(userId)).name).toBe(textOfLength(200));
  });

  it("a cycle title: 300 characters accepted, 301 refused naming the title, no cycle written", async () => {
    const { version } = await createTestCycle();
    const slug = `corpus-long-${Date.now().toString(36)}`;
    const input = (title: string) => ({
      slug,
      title,
      organ: "GA" as const,
      mandate: "General Assembly resolution 79/1",
      periodFrom: "2026-01-01",
      periodTo: "2026-12-31",
      questionnaireVersionId: version.id,
      opensOn: "2027-02-01",
      deadline: "2027-04-30",
      cutOff: "2027-05-15",
      reminderDays: "14",
    });
    const error = await appErrorOf(createCycle({ actor: reviewer.actor, input: input(textOfLength(301)) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.title).toEqual(["validation.tooLong"]);
    const db = await getDb();
    expect(await db.select().from(reportingCycles).where(eq(reportingCycles.slug, slug))).toEqual([]);
    await createCycle({ actor: reviewer.actor, input: input(textOfLength(300)) });
    expect((await db.select().from(reportingCycles).where(eq(reportingCycles.slug, slug)))[0]?.title).toBe(textOfLength(300));
  });
});

// ---------------------------------------------------------------------------------------------------
// Rendered inert: receipt PDF, spreadsheets

/** Payloads whose characters every renderer must reproduce exactly (markup, SQL, formulas). */
const LITERAL = payloadsOf("markup", "sql", "formula");

/**
 * Payloads whose characters pdftotext cannot give back as stored: the receipt's fonts have no emoji,
 * no CJK Extension B and not every combining mark, and right-to-left text is extracted in visual
 * order. Only the Latin words around them are checked.
 */
const RECEIPT_UNREADABLE = new Set(["combining marks", "emoji with modifiers and ZWJ", "astral-plane letters", "Arabic and Hebrew"]);

describe("the receipt PDF shows hostile answers as literal text", () => {
  it.each(PAYLOADS.map((p) => [p.name, p] as const))("%s", async (_name, p) => {
    const { submissionId } = await draftOf(focal.actor);
    await saveAnswers({ actor: focal.actor, input: { submissionId, changes: changesOf(answersWith(p.text)) } });
    await submitSubmission({ actor: focal.actor, input: { submissionId, declaration: true } });
    const { pdf } = await renderSubmissionReceipt({ actor: focal.actor, submissionId });
    const text = pdfToText(pdf);
    expect(text).toContain("Receipt of the reply");
    if (RECEIPT_UNREADABLE.has(p.name)) {
      for (const word of p.stored.match(/[A-Za-z]{4,}/g) ?? []) expect(text).toContain(word);
    } else if (p.name === "right-to-left override") {
      // Shown as the override orders it (the very spoof it is meant for), the characters all there.
      expect(text).toContain("invoice.exe.pdf");
    } else {
      // pdftotext leaves out zero-width characters; everything else is extracted as stored.
      expect(text).toContain(p.stored.replace(/[\u200B-\u200D\uFEFF]/g, "").replace(/\s+/g, " "));
    }
  });
});

describe("the spreadsheets neutralise formula prefixes and keep every other payload as text", () => {
  const STATES = ["ARG", "AUS", "AUT", "BEL", "BRA", "CAN", "CHL", "COL", "DEU", "DNK", "EGY", "ESP", "FIN", "FRA", "GBR", "GRC", "IND", "ITA", "JPN", "KEN", "MEX", "NGA", "NOR", "PER", "POL", "SWE", "URY", "ZAF"];

  async function cycleWithPayloads() {
    const c = await createTestCycle();
    const doc = {
      format: "rapporteur.replies",
      version: 1,
      cycle: { slug: c.cycle.slug },
      questionnaire: { key: c.version.key, version: c.version.version },
      replies: PAYLOADS.map((p, i) => ({ state: STATES[i]!, answers: { "LEG-01": { status: "YES", details: p.text }, "LEG-02": { kind: { code: "OTHER", other: p.text } } } })),
    };
    const result = await importReplies({
      actor: reviewer.actor,
      input: { slug: c.cycle.slug, channel: "EMAIL", receivedOn: "2026-02-01", fileName: "corpus.json", contentBase64: Buffer.from(JSON.stringify(doc)).toString("base64") },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return c;
  }

  it("XLSX: no formula cell, formula payloads prefixed with an apostrophe, the rest exact", async () => {
    expect(PAYLOADS.length).toBeLessThanOrEqual(STATES.length);
    const c = await cycleWithPayloads();
    // The worksheets' XML as Excel reads it (exceljs's own reader unescapes "str" cells twice).
    const zip = await JSZip.loadAsync(await exported(c.cycle.slug, "xlsx"));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.length).toBeGreaterThan(0);
    const texts: string[] = [];
    for (const name of sheets) {
      const xml = await zip.file(name)!.async("string");
      wellFormed(xml);
      expect(xml, `${name}: no formula`).not.toMatch(/<f[\s>]/);
      expect(xml, `${name}: no hyperlink`).not.toMatch(/<hyperlink/);
      for (const m of xml.matchAll(/<c [^>]*t="(?:str|inlineStr)"[^>]*>(?:<v>([^<]*)<\/v>|<is><t[^>]*>([^<]*)<\/t><\/is>)<\/c>/g)) texts.push(decodeXml(m[1] ?? m[2] ?? ""));
    }
    expect(texts.filter((t) => FORMULA_START.test(t))).toEqual([]);
    for (const p of PAYLOADS) {
      const expected = FORMULA_START.test(p.stored) ? `'${p.stored}` : p.stored;
      expect(texts, p.name).toContain(expected);
      expect(texts, `${p.name} (Other)`).toContain(`OTHER: ${p.stored}`);
    }
  });

  it("CSV: no field starts a formula, formula payloads prefixed with an apostrophe, the rest exact", async () => {
    const c = await cycleWithPayloads();
    const fields = csvFields((await exported(c.cycle.slug, "csv")).toString("utf8"));
    expect(fields.filter((f) => FORMULA_START.test(f))).toEqual([]);
    for (const p of PAYLOADS) {
      const expected = FORMULA_START.test(p.stored) ? `'${p.stored}` : p.stored;
      expect(fields, p.name).toContain(expected);
      expect(fields, `${p.name} (Other)`).toContain(`OTHER: ${p.stored}`);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Report overrides: stored, and inert in the PDF and the Word file

describe("report paragraph, footnote and recommendation overrides", () => {
  const TIP_V2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
  const MODULES = ["CONFLICT"];

  async function acceptedReply(cycle: { id: string; questionnaireVersionId: string }, state: string) {
    const db = await getDb();
    const answers = generateReply(TIP_V2, { stateId: state, seed: `attack-corpus/${state}`, completeness: "full", modules: MODULES }) as Record<string, Record<string, unknown>>;
    const [submission] = await db.insert(submissions).values({ cycleId: cycle.id, memberStateId: state, status: "ACCEPTED", submittedVersion: 1, acceptedVersion: 1 }).returning();
    await db.insert(submissionSnapshots).values({
      submissionId: submission!.id,
      version: 1,
      questionnaireVersionId: cycle.questionnaireVersionId,
      answers,
      sha256: createHash("sha256").update(JSON.stringify([state, answers])).digest("hex"),
    });
  }

  it("keeps every payload as written and renders it inert in the PDF and in the Word file", async () => {
    const { cycle } = await createTestCycle({ definition: TIP_V2, modules: MODULES });
    await acceptedReply(cycle, "GHA");
    await acceptedReply(cycle, "ARG");
    const created = await createReport({
      actor: editor.actor,
      input: { templateId: "sc-conflict", symbol: "S/2026/977", date: "2026-11-23", naming: "named", includeSubmitted: false, cycleSlug: cycle.slug },
    });
    const v1 = await getReport({ actor: editor.actor, reportId: created.reportId });
    const paragraph = v1.document.blocks.find((b) => b.type === "paragraph" && b.footnotes.length > 0) ?? v1.document.blocks.find((b) => b.type === "paragraph");
    const recommendations = v1.document.blocks.find((b) => b.type === "recommendations");
    if (!paragraph || paragraph.type !== "paragraph") throw new Error("the generated report has no paragraph");

    const all = combined(PAYLOADS, " ~ ");
    let version = created.version;
    const edit = async (op: Parameters<typeof editReport>[0]["input"]["edit"]) => {
      const outcome = await editReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: version, edit: op } }).catch((error: unknown) => {
        throw new Error(`${op.op} refused: ${JSON.stringify((error as { fieldErrors?: unknown }).fieldErrors)}`);
      });
      version = outcome.version;
    };
    await edit({ op: "setParagraph", blockId: paragraph.id, text: all.text });
    if (paragraph.footnotes[0]) await edit({ op: "setFootnote", blockId: paragraph.id, footnoteId: paragraph.footnotes[0].id, text: all.text });
    if (recommendations) await edit({ op: "setRecommendations", blockId: recommendations.id, chapeau: "The Secretary-General recommends:", items: PAYLOADS.map((p) => ({ text: p.text })) });

    const after = await getReport({ actor: editor.actor, reportId: created.reportId });
    const edited = after.document.blocks.find((b) => b.id === paragraph.id);
    if (!edited || edited.type !== "paragraph") throw new Error("the edited paragraph is gone");
    expectSameText(edited.text, all.stored, "paragraph");
    if (paragraph.footnotes[0]) expectSameText(edited.footnotes.find((f) => f.id === paragraph.footnotes[0]!.id)?.text, all.stored, "footnote");
    expect(paragraph.footnotes.length, "a generated paragraph with a footnote to edit").toBeGreaterThan(0);
    expect(recommendations, "a recommendations block to edit").toBeDefined();
    const recs = after.document.blocks.find((b) => b.type === "recommendations");
    if (recs?.type === "recommendations") PAYLOADS.forEach((p, i) => expectSameText(recs.items[i]?.text, p.stored, `recommendation ${p.name}`));
    await findReportVersions({ actor: editor.actor, reportId: created.reportId });
    await compareReportVersions({ actor: editor.actor, input: { reportId: created.reportId, from: 1, to: version } });

    const pdf = await renderReportFile({ actor: editor.actor, reportId: created.reportId, format: "pdf" });
    const pdfText = pdfToText(pdf.bytes);
    for (const p of LITERAL) expect(pdfText, `PDF: ${p.name}`).toContain(p.stored.replace(/\s+/g, " "));
    // Russian, Greek and Vietnamese print with their own letters (Tinos's script subsets), not a fallback.
    const scripts = PAYLOADS.find((p) => p.name === "Cyrillic, Greek and Vietnamese")!;
    expect(pdfText, "PDF: Cyrillic, Greek and Vietnamese").toContain(scripts.stored);

    const docx = await renderReportFile({ actor: editor.actor, reportId: created.reportId, format: "docx" });
    const xml = await (await JSZip.loadAsync(docx.bytes)).file("word/document.xml")!.async("string");
    const runs = wordTexts(xml);
    const wordText = runs.join("");
    expect(xml).not.toMatch(/<script|<img|<svg|<iframe/i);
    for (const p of PAYLOADS) {
      const expected = p.stored.replace(/\t/g, "").replace(/\r\n?|\n/g, "");
      expect(wordText, `Word: ${p.name}`).toContain(expected);
    }
  });

  it("a paragraph of 20,000 characters is accepted; 20,001 is refused naming the text, and no version is written", async () => {
    const { cycle } = await createTestCycle({ definition: TIP_V2, modules: MODULES });
    await acceptedReply(cycle, "GHA");
    const created = await createReport({
      actor: editor.actor,
      input: { templateId: "sc-conflict", symbol: "S/2026/978", date: "2026-11-23", naming: "named", includeSubmitted: false, cycleSlug: cycle.slug },
    });
    const v1 = await getReport({ actor: editor.actor, reportId: created.reportId });
    const paragraph = v1.document.blocks.find((b) => b.type === "paragraph")!;
    const error = await appErrorOf(editReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: 1, edit: { op: "setParagraph", blockId: paragraph.id, text: textOfLength(20_001) } } }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["edit.text"]);
    expect((await findReportVersions({ actor: editor.actor, reportId: created.reportId })).length).toBe(1);
    const { version } = await editReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: 1, edit: { op: "setParagraph", blockId: paragraph.id, text: textOfLength(20_000) } } });
    const block = (await getReport({ actor: editor.actor, reportId: created.reportId, version })).document.blocks.find((b) => b.id === paragraph.id);
    expect(block?.type === "paragraph" && block.text).toBe(textOfLength(20_000));
  });
});

// ---------------------------------------------------------------------------------------------------
// Another State's ids: refused everywhere, never the data

describe("a State user handing in another State's ids", () => {
  interface Ids {
    submissionId: string;
    attachmentId: string;
    threadId: string;
    userId: string;
  }
  let cycleSlug: string;
  let own: Ids;
  let foreign: Ids;
  let reportId: string;

  /** A State's submitted and returned reply with an attachment and a comment thread shared with it. */
  async function returnedReply(actor: Actor, slug: string): Promise<Omit<Ids, "userId">> {
    const { submission } = await getStateWorkspace({ actor, cycleSlug: slug });
    await saveAnswers({ actor, input: { submissionId: submission.id, changes: changesOf(completeTestAnswers()) } });
    const { attachment } = await uploadAttachment({ actor, input: { submissionId: submission.id, questionId: "DAT-05", fileName: "plan.pdf", bytes: pdfBytes("secret plan") } });
    const { version } = await submitSubmission({ actor, input: { submissionId: submission.id, declaration: true } });
    const { id: threadId } = await addComment({ actor: reviewer.actor, input: { submissionId: submission.id, questionId: "LEG-01", body: "Which article?" } });
    await returnSubmission({ actor: reviewer.actor, input: { submissionId: submission.id, version } });
    return { submissionId: submission.id, attachmentId: attachment.id, threadId };
  }

  beforeAll(async () => {
    const { cycle } = await createTestCycle();
    cycleSlug = cycle.slug;
    own = { ...(await returnedReply(focal.actor, cycle.slug)), userId: contributor.id };
    const foreignInvitee = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: FOREIGN, password: null });
    foreign = { ...(await returnedReply(foreignFocal.actor, cycle.slug)), userId: foreignInvitee.id };
    // A report exists (of any cycle): State users may not read or change any.
    const TIP_V2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
    const tip = await createTestCycle({ definition: TIP_V2, modules: ["CONFLICT"] });
    const db = await getDb();
    const answers = generateReply(TIP_V2, { stateId: FOREIGN, seed: "attack-corpus/ids", completeness: "full", modules: ["CONFLICT"] }) as Record<string, Record<string, unknown>>;
    const [s] = await db.insert(submissions).values({ cycleId: tip.cycle.id, memberStateId: FOREIGN, status: "ACCEPTED", submittedVersion: 1, acceptedVersion: 1 }).returning();
    await db.insert(submissionSnapshots).values({ submissionId: s!.id, version: 1, questionnaireVersionId: tip.version.id, answers, sha256: "0".repeat(64) });
    reportId = (
      await createReport({
        actor: editor.actor,
        input: { templateId: "sc-conflict", symbol: "S/2026/979", date: "2026-11-23", naming: "named", includeSubmitted: false, cycleSlug: tip.cycle.slug },
      })
    ).reportId;
  });

  /** Everything of the other State's reply a refused call might have changed. */
  async function foreignState() {
    const db = await getDb();
    return {
      answers: await storedAnswers(foreign.submissionId),
      submission: (await db.select().from(submissions).where(eq(submissions.id, foreign.submissionId)))[0],
      attachments: await db.select({ id: attachments.id }).from(attachments).where(eq(attachments.submissionId, foreign.submissionId)),
      comments: await db.select({ id: reviewComments.id, body: reviewComments.body }).from(reviewComments).where(eq(reviewComments.submissionId, foreign.submissionId)),
      user: await userRow(foreign.userId),
    };
  }

  type Case = {
    name: string;
    /** Called with the other State's ids, then (when `ownAllowed`) with the State's own as a control. */
    run: (actor: Actor, ids: Ids) => Promise<unknown>;
    /** The same call with the user's own ids succeeds, so the refusal is about whose id it is. */
    ownAllowed: boolean;
  };

  const CASES: Case[] = [
    { name: "saveAnswers", ownAllowed: true, run: (a, ids) => saveAnswers({ actor: a, input: { submissionId: ids.submissionId, changes: [{ questionId: "DAT-01", value: { victims: { value: 99 } }, baseVersion: 1 }] } }) },
    { name: "submitSubmission", ownAllowed: false, run: (a, ids) => submitSubmission({ actor: a, input: { submissionId: ids.submissionId, declaration: true } }) },
    { name: "carryForwardAnswers", ownAllowed: false, run: (a, ids) => carryForwardAnswers({ actor: a, input: { submissionId: ids.submissionId } }) },
    { name: "renderSubmissionReceipt", ownAllowed: true, run: (a, ids) => renderSubmissionReceipt({ actor: a, submissionId: ids.submissionId }) },
    { name: "findCommentsForState", ownAllowed: true, run: (a, ids) => findCommentsForState({ actor: a, submissionId: ids.submissionId }) },
    { name: "findVersionsForState", ownAllowed: true, run: (a, ids) => findVersionsForState({ actor: a, submissionId: ids.submissionId }) },
    { name: "addComment (reply in the other State's thread)", ownAllowed: true, run: (a, ids) => addComment({ actor: a, input: { submissionId: ids.submissionId, questionId: "LEG-01", body: "reply", parentId: ids.threadId } }) },
    { name: "addComment (own reply, other State's thread as parent)", ownAllowed: false, run: (a) => addComment({ actor: a, input: { submissionId: own.submissionId, questionId: "LEG-01", body: "reply", parentId: foreign.threadId } }) },
    { name: "setFlag", ownAllowed: false, run: (a, ids) => setFlag({ actor: a, input: { submissionId: ids.submissionId, questionId: "LEG-01", kind: "GOOD_PRACTICE", on: true } }) },
    { name: "getReplyForReview", ownAllowed: false, run: (a) => getReplyForReview({ actor: a, cycleSlug, memberStateId: FOREIGN }) },
    { name: "acceptSubmission", ownAllowed: false, run: (a, ids) => acceptSubmission({ actor: a, input: { submissionId: ids.submissionId, version: 1 } }) },
    { name: "returnSubmission", ownAllowed: false, run: (a, ids) => returnSubmission({ actor: a, input: { submissionId: ids.submissionId, version: 1 } }) },
    { name: "uploadAttachment", ownAllowed: true, run: (a, ids) => uploadAttachment({ actor: a, input: { submissionId: ids.submissionId, questionId: "DAT-05", fileName: "x.pdf", bytes: pdfBytes("x") } }) },
    { name: "listQuestionAttachments", ownAllowed: true, run: (a, ids) => listQuestionAttachments({ actor: a, input: { submissionId: ids.submissionId, questionId: "DAT-05" } }) },
    { name: "getAttachmentDownload", ownAllowed: true, run: (a, ids) => getAttachmentDownload({ actor: a, input: { attachmentId: ids.attachmentId } }) },
    { name: "removeAttachment", ownAllowed: false, run: (a, ids) => removeAttachment({ actor: a, input: { attachmentId: ids.attachmentId } }) },
    { name: "getReport", ownAllowed: false, run: (a) => getReport({ actor: a, reportId }) },
    { name: "findReportVersions", ownAllowed: false, run: (a) => findReportVersions({ actor: a, reportId }) },
    { name: "renderReportFile", ownAllowed: false, run: (a) => renderReportFile({ actor: a, reportId, format: "pdf" }) },
    { name: "editReport", ownAllowed: false, run: (a) => editReport({ actor: a, input: { reportId, baseVersion: 1, edit: { op: "setSummary", text: "x" } } }) },
    { name: "compareReportVersions", ownAllowed: false, run: (a) => compareReportVersions({ actor: a, input: { reportId, from: 1, to: 1 } }) },
    { name: "exportCycle", ownAllowed: false, run: (a) => exportCycle({ actor: a, input: { slug: cycleSlug, format: "json" } }) },
    { name: "getUser", ownAllowed: true, run: (a, ids) => getUser({ actor: a, userId: ids.userId }) },
    { name: "resendInvitation", ownAllowed: false, run: (a, ids) => resendInvitation({ actor: a, input: { userId: ids.userId } }) },
    { name: "setUserDisabled", ownAllowed: false, run: (a, ids) => setUserDisabled({ actor: a, input: { userId: ids.userId }, disabled: true }) },
    { name: "changeUserRole", ownAllowed: false, run: (a, ids) => changeUserRole({ actor: a, input: { userId: ids.userId, role: "STATE_FOCAL_POINT", memberStateId: OWN } }) },
  ];

  it.each(CASES.map((c) => [c.name, c] as const))("%s: refused for the focal point and the contributor, nothing changed", async (_name, c) => {
    for (const actor of [focal.actor, contributor.actor]) {
      const before = await foreignState();
      const outcome = await outcomeOf(() => c.run(actor, foreign));
      expect(["NOT_FOUND", "FORBIDDEN"], `${c.name} by ${actor.role}`).toContain(outcome);
      expect(await foreignState(), `${c.name} by ${actor.role} changed nothing`).toEqual(before);
    }
    if (c.ownAllowed) expect(await outcomeOf(() => c.run(focal.actor, own)), `${c.name} with the State's own ids`).toBe("allowed");
  });

  it("a FILE answer cannot claim the other State's attachment", async () => {
    const error = await appErrorOf(saveAnswers({ actor: focal.actor, input: { submissionId: own.submissionId, changes: [{ questionId: "DAT-05", value: { documents: [foreign.attachmentId] }, baseVersion: 0 }] } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.["DAT-05.documents"]).toEqual(["validation.unknownAttachment"]);
  });

  describe("route handlers under app/api", () => {
    const base = "http://localhost:3000";
    const as = (actor: Actor | null) => {
      session.actor = actor;
    };
    const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

    it("attachments: download, delete, list and upload refuse the other State's ids with 404 and leave them alone", async () => {
      const attachment = await import("@/app/api/attachments/[id]/route");
      const submissionFiles = await import("@/app/api/submissions/[id]/attachments/route");
      const list = await import("@/app/api/attachments/route");
      as(focal.actor);
      const before = await foreignState();

      const download = await attachment.GET(new Request(`${base}/api/attachments/${foreign.attachmentId}`), params({ id: foreign.attachmentId }));
      expect(download.status).toBe(404);
      expect(await download.text()).not.toContain("secret plan");
      expect((await attachment.GET(new Request(`${base}/api/attachments/${own.attachmentId}`), params({ id: own.attachmentId }))).status).toBe(200);

      const removed = await attachment.DELETE(new Request(`${base}/api/attachments/${foreign.attachmentId}`, { method: "DELETE", headers: { origin: base, host: "localhost:3000" } }), params({ id: foreign.attachmentId }));
      expect(removed.status).toBe(404);

      const listed = await submissionFiles.GET(new Request(`${base}/api/submissions/${foreign.submissionId}/attachments?questionId=DAT-05`), params({ id: foreign.submissionId }));
      expect(listed.status).toBe(404);
      expect((await submissionFiles.GET(new Request(`${base}/api/submissions/${own.submissionId}/attachments?questionId=DAT-05`), params({ id: own.submissionId }))).status).toBe(200);

      const form = new FormData();
      form.set("questionId", "DAT-05");
      form.set("file", new File([new Uint8Array(pdfBytes("planted"))], "planted.pdf", { type: "application/pdf" }));
      const uploaded = await submissionFiles.POST(new Request(`${base}/api/submissions/${foreign.submissionId}/attachments`, { method: "POST", body: form, headers: { origin: base, host: "localhost:3000" } }), params({ id: foreign.submissionId }));
      expect(uploaded.status).toBe(404);

      // The cycle-wide list is the user's own State's only, whatever else exists.
      const mine = await list.GET(new Request(`${base}/api/attachments?cycle=${cycleSlug}&questionId=DAT-05`));
      expect(mine.status).toBe(200);
      const body = await mine.text();
      expect(body).toContain(own.attachmentId);
      expect(body).not.toContain(foreign.attachmentId);
      expect(await foreignState()).toEqual(before);
    });

    it("the receipt refuses the other State's submission with 404", async () => {
      const receipt = await import("@/app/api/submissions/[id]/receipt/route");
      as(focal.actor);
      const refused = await receipt.GET(new Request(`${base}/api/submissions/${foreign.submissionId}/receipt`), params({ id: foreign.submissionId }));
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-type")).toContain("application/json");
      const mine = await receipt.GET(new Request(`${base}/api/submissions/${own.submissionId}/receipt`), params({ id: own.submissionId }));
      expect(mine.status).toBe(200);
      expect(mine.headers.get("content-type")).toBe("application/pdf");
    });

    it("reports and cycle exports are refused to State users (403), and to nobody signed in (401)", async () => {
      const reportExport = await import("@/app/api/reports/[reportId]/export/route");
      const cycleExport = await import("@/app/api/cycles/[slug]/export/route");
      const template = await import("@/app/api/cycles/[slug]/import-template/route");
      for (const [actor, status] of [
        [focal.actor, 403],
        [contributor.actor, 403],
        [null, 401],
      ] as const) {
        as(actor);
        const what = actor?.role ?? "anonymous";
        expect((await reportExport.GET(new Request(`${base}/api/reports/${reportId}/export?format=json`), params({ reportId }))).status, `report export, ${what}`).toBe(status);
        expect((await cycleExport.GET(new Request(`${base}/api/cycles/${cycleSlug}/export?format=json`), params({ slug: cycleSlug }))).status, `cycle export, ${what}`).toBe(status);
        expect((await template.GET(new Request(`${base}/api/cycles/${cycleSlug}/import-template`), params({ slug: cycleSlug }))).status, `template, ${what}`).toBe(status);
      }
      as(editor.actor);
      expect((await reportExport.GET(new Request(`${base}/api/reports/${reportId}/export?format=json`), params({ reportId }))).status, "the report editor").toBe(200);
    });
  });

  describe("cross-site requests to the routes that change data", () => {
    const base = "http://localhost:3000";
    const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

    it("refuses an upload and a delete whose Origin is another site (403), and writes nothing", async () => {
      const attachment = await import("@/app/api/attachments/[id]/route");
      const submissionFiles = await import("@/app/api/submissions/[id]/attachments/route");
      session.actor = focal.actor;
      const db = await getDb();
      const ownFiles = async () => (await db.select({ id: attachments.id }).from(attachments).where(eq(attachments.submissionId, own.submissionId))).map((r) => r.id).sort();
      const before = await ownFiles();
      for (const origin of ["https://evil.example", "http://localhost:3000.evil.example", "null"]) {
        const form = new FormData();
        form.set("questionId", "DAT-05");
        form.set("file", new File([new Uint8Array(pdfBytes("csrf"))], "csrf.pdf", { type: "application/pdf" }));
        const upload = await submissionFiles.POST(new Request(`${base}/api/submissions/${own.submissionId}/attachments`, { method: "POST", body: form, headers: { origin, host: "localhost:3000" } }), params({ id: own.submissionId }));
        expect(upload.status, `upload from ${origin}`).toBe(403);
        const removal = await attachment.DELETE(new Request(`${base}/api/attachments/${own.attachmentId}`, { method: "DELETE", headers: { origin, host: "localhost:3000" } }), params({ id: own.attachmentId }));
        expect(removal.status, `delete from ${origin}`).toBe(403);
      }
      expect(await ownFiles()).toEqual(before);
      // The same request from the application's own origin is accepted.
      const ok = await attachment.DELETE(new Request(`${base}/api/attachments/${own.attachmentId}`, { method: "DELETE", headers: { origin: base, host: "localhost:3000" } }), params({ id: own.attachmentId }));
      expect(ok.status).toBe(200);
      expect(await ownFiles()).toEqual(before.filter((id) => id !== own.attachmentId));
    });
  });
});

// ---------------------------------------------------------------------------------------------------
// The session cookie

describe("the session cookie", () => {
  interface AuthCookie {
    name: string;
    value: string;
    options: { httpOnly?: boolean; sameSite?: unknown; path?: string; secure?: boolean };
  }
  interface AuthResponse<Body> {
    body?: Body;
    cookies?: AuthCookie[];
  }
  // next-auth's framework-independent core, the code its route handler runs. Not in the package's
  // exports map, so required by path; typed here with the little the test reads.
  const { AuthHandler } = createRequire(import.meta.url)(path.join(process.cwd(), "node_modules", "next-auth", "core", "index.js")) as {
    AuthHandler: <Body>(params: { req: Record<string, unknown>; options: unknown }) => Promise<AuthResponse<Body>>;
  };

  async function signIn(nextAuthUrl: string) {
    const { getAuthOptions } = await import("@/lib/auth/options");
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = nextAuthUrl;
    try {
      const options = await getAuthOptions();
      const host = new URL(nextAuthUrl).host;
      const csrf = await AuthHandler<{ csrfToken: string }>({ req: { action: "csrf", method: "GET", headers: { host }, cookies: {} }, options });
      const csrfCookie = csrf.cookies?.find((c) => c.name.endsWith("next-auth.csrf-token"));
      if (!csrfCookie || !csrf.body) throw new Error("no CSRF token");
      const user = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
      const signedIn = await AuthHandler<unknown>({
        req: {
          action: "callback",
          providerId: "credentials",
          method: "POST",
          headers: { host, "x-rapporteur-client-ip": "203.0.113.7" },
          cookies: { [csrfCookie.name]: csrfCookie.value },
          body: { csrfToken: csrf.body.csrfToken, email: user.email, password: user.password, json: "true" },
        },
        options,
      });
      const session = signedIn.cookies?.find((c) => c.name.endsWith("next-auth.session-token"));
      if (!session) throw new Error(`no session cookie: ${JSON.stringify(signedIn)}`);
      return session;
    } finally {
      if (previous === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = previous;
    }
  }

  it("is HttpOnly, SameSite=Lax, Secure and __Secure- prefixed when the application is served over https", async () => {
    const cookie = await signIn("https://rapporteur.example.org");
    expect(cookie.name).toBe("__Secure-next-auth.session-token");
    expect(cookie.value.length).toBeGreaterThan(20);
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
  });

  it("is HttpOnly and SameSite=Lax over plain http (development and the test server), where Secure cannot be set", async () => {
    const cookie = await signIn("http://localhost:3210");
    expect(cookie.name).toBe("next-auth.session-token");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" });
    expect(cookie.options.secure).toBeFalsy();
  });
});

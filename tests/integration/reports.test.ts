import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import JSZip from "jszip";
import { answerFlags, reportVersions, submissionSnapshots, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { numberDocument } from "@/lib/report/document";
import { compareReportVersions } from "@/lib/server/reports/compare-report-versions";
import { createReport } from "@/lib/server/reports/create-report";
import { editReport } from "@/lib/server/reports/edit-report";
import { findReportVersions } from "@/lib/server/reports/find-report-versions";
import { findReports } from "@/lib/server/reports/find-reports";
import { getNewReportDefaults } from "@/lib/server/reports/get-new-report-defaults";
import { getReport } from "@/lib/server/reports/get-report";
import { regenerateReport } from "@/lib/server/reports/regenerate-report";
import { renderReportFile } from "@/lib/server/reports/render-report-file";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf, pgErrorOf } from "@/tests/fixtures/errors";
import { createTestUser } from "@/tests/fixtures/users";

const TIP_V2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const MODULES = ["CONFLICT"];

type Status = "SUBMITTED" | "RETURNED" | "ACCEPTED";

function withConsent(answers: UncheckedAnswers, consent: "MAY_BE_NAMED" | "GOOD_PRACTICE_ONLY" | "ANONYMOUS_ONLY"): UncheckedAnswers {
  return { ...answers, "META-06": { ...((answers["META-06"] as Record<string, unknown>) ?? {}), consent: { code: consent } } };
}

async function insertReply(cycle: { id: string; questionnaireVersionId: string }, state: string, status: Status, answers: UncheckedAnswers) {
  const db = await getDb();
  const [submission] = await db
    .insert(submissions)
    .values({ cycleId: cycle.id, memberStateId: state, status, submittedVersion: 1, acceptedVersion: status === "ACCEPTED" ? 1 : null })
    .returning();
  await db.insert(submissionSnapshots).values({
    submissionId: submission!.id,
    version: 1,
    questionnaireVersionId: cycle.questionnaireVersionId,
    answers: answers as Record<string, Record<string, unknown>>,
    sha256: createHash("sha256").update(JSON.stringify([state, answers])).digest("hex"),
  });
  return submission!;
}

function reply(state: string, consent: "MAY_BE_NAMED" | "GOOD_PRACTICE_ONLY" | "ANONYMOUS_ONLY" = "MAY_BE_NAMED"): UncheckedAnswers {
  return withConsent(generateReply(TIP_V2, { stateId: state, seed: `reports-test/${state}`, completeness: "full", modules: MODULES }) as UncheckedAnswers, consent);
}

async function tipCycle(opts: { organ?: "SC" | "GA" } = {}) {
  const { cycle } = await createTestCycle({ definition: TIP_V2, modules: MODULES });
  if (opts.organ === "GA") {
    const db = await getDb();
    await db.execute(sql`update reporting_cycle set organ = 'GA' where id = ${cycle.id}`);
  }
  return cycle;
}

const BASE = { templateId: "sc-conflict", symbol: "S/2026/901", date: "2026-11-23", naming: "named" as const, includeSubmitted: false };

/** Every text a reader could see in a document. */
function allText(doc: import("@/lib/report/document").ReportDocument): string {
  const parts: string[] = [doc.meta.title, doc.summary?.text ?? "", ...(doc.summary?.footnotes ?? []).map((f) => f.text)];
  for (const b of doc.blocks) {
    if (b.type === "heading") parts.push(b.text);
    else if (b.type === "paragraph") parts.push(b.text, ...b.footnotes.map((f) => f.text));
    else parts.push(b.chapeau, ...b.items.map((i) => i.text));
  }
  return parts.join("\n");
}

describe("report drafts", () => {
  it("refuses to generate from a cycle without accepted replies, and writes nothing", async () => {
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const cycle = await tipCycle();
    await insertReply(cycle, "GHA", "SUBMITTED", reply("GHA"));
    await insertReply(cycle, "FRA", "RETURNED", reply("FRA"));
    const error = await appErrorOf(createReport({ actor: editor.actor, input: { ...BASE, cycleSlug: cycle.slug } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/no accepted replies/i);
    expect(await findReports({ actor: editor.actor, cycleSlug: cycle.slug })).toEqual([]);
  });

  it("names the fields of a bad draft request (GA without session and agenda item, unknown template)", async () => {
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const cycle = await tipCycle({ organ: "GA" });
    await insertReply(cycle, "GHA", "ACCEPTED", reply("GHA"));
    const ga = await appErrorOf(createReport({ actor: editor.actor, input: { ...BASE, templateId: "ga-coordination", cycleSlug: cycle.slug } }));
    expect(ga.code).toBe("VALIDATION");
    expect(Object.keys(ga.fieldErrors ?? {})).toEqual(expect.arrayContaining(["session", "agendaItemNumber"]));
    const unknown = await appErrorOf(createReport({ actor: editor.actor, input: { ...BASE, templateId: "no-such", cycleSlug: cycle.slug } }));
    expect(unknown.fieldErrors?.templateId).toBeDefined();
    const badDate = await appErrorOf(createReport({ actor: editor.actor, input: { ...BASE, date: "23/11/2026", cycleSlug: cycle.slug } }));
    expect(badDate.fieldErrors?.date).toBeDefined();
  });

  it("generates from accepted replies only, honours naming consent, keeps edits through a regeneration and marks what changed", async () => {
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const cycle = await tipCycle();
    const ghana = await insertReply(cycle, "GHA", "ACCEPTED", reply("GHA"));
    await insertReply(cycle, "FRA", "ACCEPTED", reply("FRA", "ANONYMOUS_ONLY"));
    await insertReply(cycle, "ARG", "ACCEPTED", reply("ARG"));
    await insertReply(cycle, "SEN", "SUBMITTED", reply("SEN"));
    await insertReply(cycle, "JPN", "RETURNED", reply("JPN"));

    const defaults = await getNewReportDefaults({ actor: editor.actor, cycleSlug: cycle.slug });
    expect(defaults.counts).toEqual({ accepted: 3, submitted: 1 });
    expect(defaults.templates[0]!.family).toBe("SC");

    const created = await createReport({ actor: editor.actor, input: { ...BASE, cycleSlug: cycle.slug } });
    expect(created.version).toBe(1);
    const v1 = await getReport({ actor: reviewer.actor, reportId: created.reportId });
    expect(v1.document.generation.replies.map((r) => r.stateId).sort()).toEqual(["ARG", "FRA", "GHA"]);
    expect(v1.document.meta).toMatchObject({ symbol: "S/2026/901", organ: "Security Council", family: "SC", naming: "named" });
    expect(v1.staleness).toEqual({ staleBlockIds: [], changedStates: [], newStates: [] });
    const text = allText(v1.document);
    expect(text).not.toMatch(/France/);
    expect(v1.numbered.paragraphCount).toBeGreaterThan(5);

    // An edit is kept as an override and survives a regeneration.
    const target = v1.document.blocks.find((b) => b.type === "paragraph" && b.origin === "generated" && b.sentences.length > 0)!;
    const edited = await editReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: 1, edit: { op: "setParagraph", blockId: target.id, text: "Rewritten by the editor <b>&amp;</b>." } } });
    expect(edited.version).toBe(2);
    expect(edited.summary).toMatch(/Paragraph \d+/);
    // A stale base version is refused, and nothing is written.
    const conflict = await appErrorOf(editReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: 1, edit: { op: "deleteBlock", blockId: target.id } } }));
    expect(conflict.code).toBe("CONFLICT");
    const missing = await appErrorOf(editReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: 2, edit: { op: "deleteBlock", blockId: "no-such-block" } } }));
    expect(missing.code).toBe("NOT_FOUND");

    const regenerated = await regenerateReport({ actor: editor.actor, input: { reportId: created.reportId, baseVersion: 2 } });
    expect(regenerated.version).toBe(3);
    const v3 = await getReport({ actor: editor.actor, reportId: created.reportId });
    const kept = v3.document.blocks.find((b) => b.id === target.id);
    expect(kept?.type === "paragraph" && kept.text).toBe("Rewritten by the editor <b>&amp;</b>.");
    expect(kept?.type === "paragraph" && kept.overridden).toBe(true);

    // Accepting Senegal's reply makes it a new State for the draft; a changed Ghanaian reply makes its paragraphs stale.
    const db = await getDb();
    await db.update(submissions).set({ status: "ACCEPTED", acceptedVersion: 1 }).where(eq(submissions.memberStateId, "SEN"));
    await db.update(submissions).set({ submittedVersion: 2, acceptedVersion: 2 }).where(eq(submissions.id, ghana.id));
    await db.insert(submissionSnapshots).values({ submissionId: ghana.id, version: 2, questionnaireVersionId: cycle.questionnaireVersionId, answers: reply("GHA") as Record<string, Record<string, unknown>>, sha256: "changed" });
    const stale = await getReport({ actor: editor.actor, reportId: created.reportId });
    expect(stale.staleness.newStates).toEqual([{ stateId: "SEN", name: "Senegal" }]);
    expect(stale.staleness.changedStates).toEqual([{ stateId: "GHA", name: "Ghana" }]);
    const ghanaBlocks = stale.document.blocks.filter((b) => b.type === "paragraph" && b.sentences.some((s) => s.stateIds.includes("GHA"))).map((b) => b.id);
    expect(ghanaBlocks.length).toBeGreaterThan(0);
    // …and the paragraph carrying the contributors footnote, since the set of contributing States changed.
    const contributors = stale.document.blocks.filter((b) => b.type === "paragraph" && (b.key === "contributors" || b.footnotes.some((f) => f.key === "contributors"))).map((b) => b.id);
    expect(contributors).toHaveLength(1);
    expect(stale.staleness.staleBlockIds.sort()).toEqual([...new Set([...ghanaBlocks, ...contributors])].sort());

    // Versions are kept and can be compared; old versions stay readable.
    const versions = await findReportVersions({ actor: reviewer.actor, reportId: created.reportId });
    expect(versions.map((v) => [v.version, v.kind])).toEqual([
      [3, "REGENERATED"],
      [2, "EDITED"],
      [1, "GENERATED"],
    ]);
    const comparison = await compareReportVersions({ actor: reviewer.actor, input: { reportId: created.reportId, from: 1, to: 2 } });
    expect(comparison.counts.changed).toBe(1);
    const old = await getReport({ actor: reviewer.actor, reportId: created.reportId, version: 1 });
    expect(old.version.version).toBe(1);
    expect(old.document.blocks.find((b) => b.id === target.id)).toMatchObject({ overridden: false });

    // Stored versions never change.
    const immutable = await pgErrorOf(db.execute(sql`update report_version set summary = 'x' where report_id = ${created.reportId}`));
    expect(immutable.message).toMatch(/immutable/);
    const stored = await db.select().from(reportVersions).where(eq(reportVersions.reportId, created.reportId));
    expect(stored).toHaveLength(3);
  });

  it("exports the stored snapshot as PDF, Word and JSON with the symbol in the file name", async () => {
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const cycle = await tipCycle();
    await insertReply(cycle, "GHA", "ACCEPTED", reply("GHA"));
    await insertReply(cycle, "ARG", "ACCEPTED", reply("ARG"));
    const { reportId } = await createReport({ actor: editor.actor, input: { ...BASE, cycleSlug: cycle.slug } });
    const json = await renderReportFile({ actor: editor.actor, reportId, format: "json" });
    expect(json.fileName).toBe("S-2026-901_v1.json");
    const doc = JSON.parse(json.bytes.toString("utf8"));
    const numbered = numberDocument(doc);

    const pdf = await renderReportFile({ actor: editor.actor, reportId, format: "pdf" });
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
    writeFileSync(path.join(dir, "r.pdf"), pdf.bytes);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("S/2026/901");
    expect(text).toContain("Distr.: General");
    expect(text).toContain(`${numbered.paragraphCount}.`);

    const docx = await renderReportFile({ actor: editor.actor, reportId, format: "docx" });
    const zip = await JSZip.loadAsync(docx.bytes);
    expect(await zip.file("word/document.xml")?.async("string")).toContain("S/2026/901");

    const bad = await appErrorOf(renderReportFile({ actor: editor.actor, reportId, format: "exe" }));
    expect(bad.code).toBe("VALIDATION");
  });

  it("lets reviewers read but not edit, and keeps State users out", async () => {
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
    const cycle = await tipCycle();
    await insertReply(cycle, "GHA", "ACCEPTED", reply("GHA"));
    const { reportId } = await createReport({ actor: editor.actor, input: { ...BASE, cycleSlug: cycle.slug } });
    expect((await appErrorOf(createReport({ actor: reviewer.actor, input: { ...BASE, cycleSlug: cycle.slug } }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(regenerateReport({ actor: reviewer.actor, input: { reportId, baseVersion: 1 } }))).code).toBe("FORBIDDEN");
    expect((await getReport({ actor: reviewer.actor, reportId })).version.version).toBe(1);
    expect((await appErrorOf(getReport({ actor: focal.actor, reportId }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(renderReportFile({ actor: focal.actor, reportId, format: "json" }))).code).toBe("FORBIDDEN");
    expect((await appErrorOf(getReport({ actor: null, reportId }))).code).toBe("UNAUTHORIZED");
  });

  it("uses good-practice examples only from answers a reviewer flagged", async () => {
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const cycle = await tipCycle();
    const gha = await insertReply(cycle, "GHA", "ACCEPTED", reply("GHA"));
    await insertReply(cycle, "ARG", "ACCEPTED", reply("ARG"));
    const before = await createReport({ actor: editor.actor, input: { ...BASE, cycleSlug: cycle.slug } });
    const unflagged = (await getReport({ actor: editor.actor, reportId: before.reportId })).document;
    const gpSentences = (doc: typeof unflagged) => doc.blocks.flatMap((b) => (b.type === "paragraph" ? b.sentences.filter((s) => s.kind === "GP" || s.kind === "EX1") : []));
    expect(gpSentences(unflagged)).toEqual([]);
    const db = await getDb();
    await db.insert(answerFlags).values({ submissionId: gha.id, questionId: "GP-01", kind: "GOOD_PRACTICE" });
    const after = await createReport({ actor: editor.actor, input: { ...BASE, cycleSlug: cycle.slug } });
    const flagged = (await getReport({ actor: editor.actor, reportId: after.reportId })).document;
    expect(gpSentences(flagged).length).toBeGreaterThan(0);
    expect(gpSentences(flagged).every((s) => s.stateIds.every((id) => id === "GHA"))).toBe(true);
  });
});

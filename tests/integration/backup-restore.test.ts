import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import { parseReportDocument } from "@/lib/report/document";
import { renderReportPdf } from "@/lib/report/render/pdf";
import { createReport } from "@/lib/server/reports/create-report";
import { editReport } from "@/lib/server/reports/edit-report";
import { documentSha256 } from "@/lib/server/reports/report-store";
import { acceptSubmission } from "@/lib/server/review/accept-submission";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { snapshotSha256 } from "@/lib/submission/snapshot-hash";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { createTestUser } from "@/tests/fixtures/users";

// Backup and restore (issue 6, point 6; the commands are in docs/operations.md): data made through the
// server functions, `pg_dump -Fc` of the run's database, `pg_restore` into a fresh database, and then
// every submission, snapshot, audit event and report version compared row by row, the stored sha256
// recomputed from the restored content, and a report version rendered to PDF from both databases.

const TIP_V2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const MODULES = ["CONFLICT"];
const workDir = mkdtempSync(path.join(tmpdir(), "rapporteur-backup-"));
const sourceUrl = inject("databaseUrl");
const restoredName = `rapporteur_restore_${Date.now()}_${randomBytes(3).toString("hex")}`;
const restoredUrl = (() => {
  const url = new URL(sourceUrl);
  url.pathname = `/${restoredName}`;
  return url.toString();
})();
const maintenanceUrl = (() => {
  const url = new URL(sourceUrl);
  url.pathname = "/postgres";
  return url.toString();
})();
let restoredCreated = false;

async function rows<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  if (restoredCreated) await rows(maintenanceUrl, `drop database if exists "${restoredName}" with (force)`);
});

/** A State's complete reply, saved, submitted and accepted through the server functions (one snapshot). */
async function acceptedReply(cycle: { slug: string }, stateId: string, reviewer: Awaited<ReturnType<typeof createTestUser>>) {
  const focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: stateId });
  const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
  const submissionId = workspace.submission.id;
  const answers = generateReply(TIP_V2, { stateId, seed: `backup-restore/${stateId}`, completeness: "full", modules: MODULES });
  const changes = Object.entries(answers).map(([questionId, value]) => ({ questionId, value: value as Record<string, unknown>, baseVersion: 0 }));
  for (let i = 0; i < changes.length; i += 100) {
    const result = await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: changes.slice(i, i + 100) } });
    expect(result.conflicts).toEqual([]);
  }
  const submitted = await submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: true } });
  await acceptSubmission({ actor: reviewer.actor, input: { submissionId, version: submitted.version } });
  return submissionId;
}

/** Row count and an md5 over every row's full text, in id order: equal only if every column of every row is. */
async function tableDigest(url: string, table: string): Promise<{ n: number; digest: string }> {
  const [row] = await rows<{ n: number; digest: string }>(
    url,
    `select count(*)::int as n, coalesce(md5(string_agg(t::text, E'\\n' order by t.id::text)), '') as digest from ${table} t`,
  );
  return row!;
}

function pdfText(bytes: Buffer, name: string): string {
  const file = path.join(workDir, name);
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

describe("backup and restore", () => {
  it("restores a pg_dump into a fresh database with every submission, snapshot, audit event and report version, and the same PDF text", async () => {
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const editor = await createTestUser({ role: "REPORT_EDITOR" });
    const { cycle } = await createTestCycle({ definition: TIP_V2, modules: MODULES });
    const submissionIds = [await acceptedReply(cycle, "GHA", reviewer), await acceptedReply(cycle, "ARG", reviewer)];

    const { reportId } = await createReport({
      actor: editor.actor,
      input: { cycleSlug: cycle.slug, templateId: "sc-conflict", symbol: "S/2026/977", date: "2026-11-23", naming: "named", includeSubmitted: false },
    });
    const [v1] = await rows<{ document: unknown }>(sourceUrl, "select document from report_version where report_id = $1 and version = 1", [reportId]);
    const target = parseReportDocument(v1!.document).blocks.find((b) => b.type === "paragraph" && b.origin === "generated");
    expect(target).toBeDefined();
    const edited = await editReport({
      actor: editor.actor,
      input: { reportId, baseVersion: 1, edit: { op: "setParagraph", blockId: target!.id, text: "Restored from a backup, word for word: <i>“as written”</i> & kept." } },
    });
    expect(edited.version).toBe(2);

    // The backup, in PostgreSQL's custom format, and the restore into a database that did not exist.
    const dump = path.join(workDir, "rapporteur.dump");
    execFileSync("pg_dump", ["--format=custom", "--no-owner", "--file", dump, "--dbname", sourceUrl]);
    expect(statSync(dump).size).toBeGreaterThan(0);
    await rows(maintenanceUrl, `create database "${restoredName}"`);
    restoredCreated = true;
    execFileSync("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", restoredUrl, dump]);

    // Every row of every table that holds what States sent, what the secretariat decided and what it drafted.
    for (const table of ["submission", "answer", "submission_snapshot", "audit_event", "report", "report_version", "review_comment", "app_user"]) {
      const before = await tableDigest(sourceUrl, table);
      const after = await tableDigest(restoredUrl, table);
      expect(after, table).toEqual(before);
    }
    const shaQuery = "select id::text, sha256 from submission_snapshot union all select id::text, sha256 from report_version order by 1";
    expect(await rows(restoredUrl, shaQuery)).toEqual(await rows(sourceUrl, shaQuery));
    expect((await rows(restoredUrl, "select 1 from drizzle.__drizzle_migrations")).length).toBe((await rows(sourceUrl, "select 1 from drizzle.__drizzle_migrations")).length);

    // This test's own rows are among them, and their hashes still match their restored content.
    const snapshots = await rows<{ cycle_id: string; member_state_id: string; version: number; questionnaire_version_id: string; submitted_at: Date; answers: Record<string, Record<string, unknown>>; sha256: string }>(
      restoredUrl,
      `select s.cycle_id, s.member_state_id, ss.version, ss.questionnaire_version_id, ss.submitted_at, ss.answers, ss.sha256
         from submission_snapshot ss join submission s on s.id = ss.submission_id
        where ss.submission_id = any($1::uuid[]) and s.status = 'ACCEPTED' and s.accepted_version = ss.version`,
      [submissionIds],
    );
    expect(snapshots.map((s) => s.member_state_id).sort()).toEqual(["ARG", "GHA"]);
    for (const s of snapshots) {
      const recomputed = snapshotSha256({ cycleId: s.cycle_id, memberStateId: s.member_state_id, version: s.version, questionnaireVersionId: s.questionnaire_version_id, submittedAt: s.submitted_at, answers: s.answers });
      expect(recomputed, `snapshot of ${s.member_state_id}`).toBe(s.sha256);
    }
    const actions = await rows<{ action: string; target_id: string }>(
      restoredUrl,
      "select action, target_id from audit_event where target_id = any($1::text[]) order by id",
      [[...submissionIds, reportId]],
    );
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["submission.submitted", "submission.accepted", "report.generated", "report.edited"]));
    expect(actions.filter((a) => a.action === "submission.accepted").map((a) => a.target_id).sort()).toEqual([...submissionIds].sort());

    const versionQuery = "select version, kind, document, sha256 from report_version where report_id = $1 order by version";
    const restoredVersions = await rows<{ version: number; kind: string; document: unknown; sha256: string }>(restoredUrl, versionQuery, [reportId]);
    expect(restoredVersions.map((v) => [v.version, v.kind])).toEqual([
      [1, "GENERATED"],
      [2, "EDITED"],
    ]);
    for (const v of restoredVersions) expect(documentSha256(parseReportDocument(v.document)), `report version ${v.version}`).toBe(v.sha256);

    // The edited snapshot renders to the same PDF text from the restored database as from the original.
    const [original] = await rows<{ document: unknown }>(sourceUrl, "select document from report_version where report_id = $1 and version = 2", [reportId]);
    const originalText = pdfText(await renderReportPdf(parseReportDocument(original!.document)), "original.pdf");
    const restoredText = pdfText(await renderReportPdf(parseReportDocument(restoredVersions[1]!.document)), "restored.pdf");
    expect(originalText).toContain("S/2026/977");
    expect(originalText).toContain("Restored from a backup, word for word");
    expect(restoredText).toBe(originalText);
  }, 180_000);
});

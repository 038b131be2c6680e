import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reports, submissionSnapshots, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import { parseReportDocument } from "@/lib/report/document";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { eq } from "drizzle-orm";

const TIP_V2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "cli", "--", ...args], { cwd: process.cwd(), env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("npm run cli -- report", () => {
  it("writes a draft from the accepted replies as JSON and PDF without storing one; bad options exit non-zero", async () => {
    const { cycle } = await createTestCycle({ definition: TIP_V2, modules: ["CONFLICT"] });
    const dir = mkdtempSync(path.join(tmpdir(), "rapporteur-report-cli-"));
    const empty = await cli(["report", "--cycle", cycle.slug, "--format", "json", "--out", path.join(dir, "none.json")]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no accepted replies/i);

    const db = await getDb();
    for (const state of ["GHA", "ARG", "NOR"]) {
      const answers = generateReply(TIP_V2, { stateId: state, seed: `cli/${state}`, completeness: "full", modules: ["CONFLICT"] });
      const [s] = await db.insert(submissions).values({ cycleId: cycle.id, memberStateId: state, status: "ACCEPTED", submittedVersion: 1, acceptedVersion: 1 }).returning();
      await db.insert(submissionSnapshots).values({ submissionId: s!.id, version: 1, questionnaireVersionId: cycle.questionnaireVersionId, answers: answers as Record<string, Record<string, unknown>>, sha256: createHash("sha256").update(state).digest("hex") });
    }

    const json = await cli(["report", "--cycle", cycle.slug, "--format", "json", "--naming", "anonymous", "--symbol", "S/2026/77", "--out", path.join(dir, "draft.json")]);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(0);
    expect(json.stdout).toMatch(/Wrote .*draft\.json: S\/2026\/77, \d+ paragraphs from 3 replies \(naming: anonymous\)/);
    const doc = parseReportDocument(JSON.parse(readFileSync(path.join(dir, "draft.json"), "utf8")));
    expect(doc.meta).toMatchObject({ symbol: "S/2026/77", naming: "anonymous", family: "SC" });
    expect(doc.generation.replies.map((r) => r.stateId).sort()).toEqual(["ARG", "GHA", "NOR"]);

    const pdf = await cli(["report", "--cycle", cycle.slug, "--format", "pdf", "--out", path.join(dir, "draft.pdf")]);
    expect(pdf.code).toBe(0);
    expect(readFileSync(path.join(dir, "draft.pdf")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await db.select().from(reports).where(eq(reports.cycleId, cycle.id))).toEqual([]);

    const badNaming = await cli(["report", "--cycle", cycle.slug, "--format", "json", "--naming", "everyone", "--out", path.join(dir, "x.json")]);
    expect(badNaming.code).toBe(1);
    expect(badNaming.stderr).toMatch(/naming policy must be one of anonymous, respondents-listed, named/);
    const badFormat = await cli(["report", "--cycle", cycle.slug, "--format", "odt", "--out", path.join(dir, "x.odt")]);
    expect(badFormat.code).toBe(2);
    const noCycle = await cli(["report", "--cycle", "no-such-cycle", "--format", "json", "--out", path.join(dir, "x.json")]);
    expect(noCycle.code).toBe(1);
    expect(noCycle.stderr).toContain("No such cycle.");
  }, 240_000);
});

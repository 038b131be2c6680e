import { and, eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, submissions, submissionSnapshots } from "@/db/schema";
import { getDb } from "@/lib/db";
import { exportLabelsFrom, type ExportLabels } from "@/lib/dashboard/export-table";
import { sectionCompleteness } from "@/lib/questionnaire/completeness";
import { completeTestAnswers, TEST_DEFINITION } from "@/lib/questionnaire/test-fixture";
import { getCycleDashboard, type CycleDashboard } from "@/lib/server/dashboard/get-cycle-dashboard";
import { exportCycleDashboard } from "@/lib/server/dashboard/export-cycle-dashboard";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { outcomeOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";
import messages from "@/lib/i18n/messages/en/dashboard.json";

let editor: TestUser;
let focalPoint: TestUser;
let slug: string;
let dashboard: CycleDashboard;
// Acceptance after the answers are written (now); the return and receipt before them.
const acceptedAt = new Date(Date.now() + 86_400_000);
const returnedAt = new Date(Date.now() - 5 * 86_400_000);
const receivedAt = new Date(Date.now() - 10 * 86_400_000);

/** The English labels, looked up in the dashboard catalogue as next-intl would. */
function englishLabels(): ExportLabels {
  return exportLabelsFrom((key) => {
    let node: unknown = messages.dashboard;
    for (const part of key.split(".")) node = (node as Record<string, unknown>)[part];
    if (typeof node !== "string") throw new Error(`missing label ${key}`);
    return node;
  });
}

beforeAll(async () => {
  editor = await createTestUser({ role: "REPORT_EDITOR" });
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
  const { cycle, version } = await createTestCycle({ status: "OPEN" });
  slug = cycle.slug;
  const db = await getDb();
  const insert = async (memberStateId: string, values: Partial<typeof submissions.$inferInsert>, stored: Record<string, Record<string, unknown>> = {}) => {
    const [row] = await db.insert(submissions).values({ cycleId: cycle.id, memberStateId, ...values }).returning();
    const entries = Object.entries(stored);
    if (entries.length) await db.insert(answers).values(entries.map(([questionId, value]) => ({ submissionId: row!.id, questionId, value })));
    return row!;
  };
  await insert("GHA", {}, completeTestAnswers());
  await insert("FRA", {}, { "LEG-01": { status: "YES" } });
  await insert("KEN", {});
  const bra = await insert("BRA", { status: "SUBMITTED", submittedVersion: 1, channel: "NOTE_VERBALE", receivedAt }, completeTestAnswers());
  await db.insert(submissionSnapshots).values({ submissionId: bra.id, version: 1, questionnaireVersionId: version.id, answers: completeTestAnswers(), sha256: "0".repeat(64), submittedAt: receivedAt });
  await insert("DEU", { status: "RETURNED", submittedVersion: 1, returnedAt }, { "LEG-01": { status: "YES" } });
  await insert("JPN", { status: "ACCEPTED", submittedVersion: 2, acceptedVersion: 2, acceptedAt, channel: "EMAIL" }, completeTestAnswers());
  dashboard = await getCycleDashboard({ actor: editor.actor, slug });
});

const rowOf = (d: CycleDashboard, id: string) => d.all.find((r) => r.memberStateId === id)!;

describe("the cycle dashboard", () => {
  it("lists all 195 States in United Nations order, observers marked", () => {
    expect(dashboard.all).toHaveLength(195);
    expect(dashboard.all[0]?.name).toBe("Afghanistan");
    expect(dashboard.all.filter((r) => r.observer).map((r) => r.memberStateId).sort()).toEqual(["PSE", "VAT"]);
    expect(dashboard.rows).toHaveLength(195);
  });

  it("derives each State's status, % complete, version, last activity and channel", () => {
    const partial = sectionCompleteness(TEST_DEFINITION, { "LEG-01": { status: "YES" } }, { modules: [] }).overall.percent;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(100);
    expect(rowOf(dashboard, "GHA")).toMatchObject({ status: "IN_PROGRESS", percentComplete: 100, submittedVersion: null, channel: "ONLINE", hasSubmission: true });
    expect(rowOf(dashboard, "FRA")).toMatchObject({ status: "IN_PROGRESS", percentComplete: partial });
    expect(rowOf(dashboard, "KEN")).toMatchObject({ status: "NOT_STARTED", percentComplete: null, channel: null, hasSubmission: true });
    expect(rowOf(dashboard, "BRA")).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, channel: "NOTE_VERBALE", percentComplete: null });
    expect(rowOf(dashboard, "DEU")).toMatchObject({ status: "RETURNED", submittedVersion: 1, percentComplete: partial });
    expect(rowOf(dashboard, "JPN")).toMatchObject({ status: "ACCEPTED", submittedVersion: 2, channel: "EMAIL", lastActivity: acceptedAt });
    expect(rowOf(dashboard, "ZWE")).toMatchObject({ status: "NOT_STARTED", percentComplete: null, lastActivity: null, channel: null, hasSubmission: false });
    // The answers were written after the return: the latest moment wins.
    expect(rowOf(dashboard, "DEU").lastActivity!.getTime()).toBeGreaterThan(returnedAt.getTime());
  });

  it("totals every status", () => {
    expect(dashboard.totals).toEqual({ NOT_STARTED: 190, IN_PROGRESS: 2, SUBMITTED: 1, RETURNED: 1, ACCEPTED: 1, total: 195 });
    expect(dashboard.filteredTotals).toEqual(dashboard.totals);
  });

  it("filters by regional group and status and totals the filtered view", async () => {
    const african = await getCycleDashboard({ actor: editor.actor, slug, filter: { group: "AFRICAN" } });
    expect(african.rows.length).toBeGreaterThan(40);
    expect(african.rows.every((r) => r.regionalGroup === "AFRICAN")).toBe(true);
    expect(african.filteredTotals).toMatchObject({ IN_PROGRESS: 1, SUBMITTED: 0, total: african.rows.length });
    expect(african.totals.total).toBe(195);

    const inProgress = await getCycleDashboard({ actor: editor.actor, slug, filter: { status: "IN_PROGRESS" } });
    expect(inProgress.rows.map((r) => r.memberStateId).sort()).toEqual(["FRA", "GHA"]);
    const observers = await getCycleDashboard({ actor: editor.actor, slug, filter: { group: "OBSERVER" } });
    expect(observers.rows.map((r) => r.memberStateId).sort()).toEqual(["PSE", "VAT"]);
  });

  it("recomputes % complete when the answers change (no stale cached figure)", async () => {
    const db = await getDb();
    const first = await getCycleDashboard({ actor: editor.actor, slug });
    const partial = rowOf(first, "FRA").percentComplete;
    expect(partial).toBeLessThan(100);
    const [fra] = await db.select().from(submissions).where(and(eq(submissions.memberStateId, "FRA"), eq(submissions.cycleId, first.cycle.id)));
    const rest = Object.entries(completeTestAnswers()).filter(([id]) => id !== "LEG-01");
    await db.insert(answers).values(rest.map(([questionId, value]) => ({ submissionId: fra!.id, questionId, value })));
    expect(rowOf(await getCycleDashboard({ actor: editor.actor, slug }), "FRA").percentComplete).toBe(100);
    // Emptying one required answer (same number of answers, version raised) is seen too.
    await db
      .update(answers)
      .set({ value: {}, version: sql`${answers.version} + 1` })
      .where(and(eq(answers.submissionId, fra!.id), eq(answers.questionId, "LEG-03")));
    const after = rowOf(await getCycleDashboard({ actor: editor.actor, slug }), "FRA").percentComplete;
    const expected = sectionCompleteness(TEST_DEFINITION, { ...completeTestAnswers(), "LEG-03": {} }, { modules: [] }).overall.percent;
    expect(expected).toBeLessThan(100);
    expect(after).toBe(expected);
  });

  it("is for the secretariat only", async () => {
    expect(await outcomeOf(() => getCycleDashboard({ actor: focalPoint.actor, slug }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => exportCycleDashboard({ actor: focalPoint.actor, slug, filter: {}, format: "csv", labels: englishLabels() }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => getCycleDashboard({ actor: editor.actor, slug: "no-such-cycle" }))).toBe("NOT_FOUND");
  });
});

describe("the dashboard download", () => {
  it("is the filtered table as CSV with a header and one line per State", async () => {
    const file = await exportCycleDashboard({ actor: editor.actor, slug, filter: { group: "AFRICAN" }, format: "csv", labels: englishLabels() });
    expect(file.filename).toBe(`dashboard-${slug}-african.csv`);
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    const lines = file.body.toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines[0]).toBe("State,Code,Observer State,Regional group,Status,% complete,Submitted version,Last activity,Channel");
    const african = await getCycleDashboard({ actor: editor.actor, slug, filter: { group: "AFRICAN" } });
    expect(lines).toHaveLength(african.rows.length + 1);
    expect(lines.find((l) => l.startsWith("Ghana,"))).toMatch(/^Ghana,GHA,No,African States,In progress,100,,\d{4}-\d{2}-\d{2}T[^,]+,Online$/);
    expect(lines.find((l) => l.startsWith("Kenya,"))).toBe("Kenya,KEN,No,African States,Not started,,,,");
  });

  it("is an XLSX workbook with the same cells", async () => {
    const file = await exportCycleDashboard({ actor: editor.actor, slug, filter: {}, format: "xlsx", labels: englishLabels() });
    expect(file.filename).toBe(`dashboard-${slug}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(196);
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["State", "Code", "Observer State", "Regional group", "Status", "% complete", "Submitted version", "Last activity", "Channel"]);
    const japan = Array.from({ length: 195 }, (_, i) => values(i + 2)).find((v) => v[1] === "JPN");
    expect(japan).toEqual(["Japan", "JPN", "No", "Asia-Pacific States", "Accepted", undefined, 2, acceptedAt.toISOString(), "E-mail"]);
  });

  it("neutralises every string cell in both formats (no State free text is exported; labels stand in for it)", async () => {
    // Every label starts with a formula character; the State names and codes come from the reference data.
    const hostile = exportLabelsFrom((key) => `=cmd|' /C calc'!${key}`);
    const csv = await exportCycleDashboard({ actor: editor.actor, slug, filter: { status: "ACCEPTED" }, format: "csv", labels: hostile });
    const lines = csv.body.toString("utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith("'=cmd|' /C calc'!table.state,")).toBe(true);
    for (const field of lines.join(",").split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)) expect(field.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);

    const xlsx = await exportCycleDashboard({ actor: editor.actor, slug, filter: {}, format: "xlsx", labels: hostile });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    let strings = 0;
    workbook.worksheets[0]!.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") {
          strings += 1;
          expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }
      });
    });
    expect(strings).toBeGreaterThan(195 * 4);
  });
});

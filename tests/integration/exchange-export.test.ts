import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { reviewComments, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { exportCycle } from "@/lib/server/exchange/export-cycle";
import { importReplies } from "@/lib/server/exchange/import-replies";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { outcomeOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

let reviewer: TestUser;
let editor: TestUser;
let focalPoint: TestUser;

beforeAll(async () => {
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
  editor = await createTestUser({ role: "REPORT_EDITOR" });
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
});

const INTERNAL_NOTE = "INTERNAL-NOTE-do-not-export-7f3a";
const SHARED_COMMENT = "SHARED-COMMENT-do-not-export-9c1b";

async function exported(slug: string, format: "xlsx" | "csv" | "json", actor = reviewer.actor): Promise<Buffer> {
  const prepared = await exportCycle({ actor, input: { slug, format } });
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  await prepared.write(stream);
  await ended;
  return Buffer.concat(chunks);
}

async function xlsxTexts(data: Buffer): Promise<{ texts: string[]; formulas: number }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  const texts: string[] = [];
  let formulas = 0;
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Formula) formulas++;
        texts.push(String(cell.value));
      }),
    ),
  );
  return { texts, formulas };
}

/** A cycle with Uruguay and France recorded by import (with formula-like text), and Ghana's draft only. */
async function cycleWithReplies() {
  const c = await createTestCycle();
  const doc = {
    format: "rapporteur.replies",
    version: 1,
    cycle: { slug: c.cycle.slug },
    questionnaire: { key: c.version.key, version: c.version.version },
    replies: [
      { state: "URY", answers: { "LEG-01": { status: "PARTIAL", details: '=HYPERLINK("http://evil.example","x")' }, "DAT-01": { victims: { value: 5 } } } },
      { state: "FRA", answers: { "LEG-01": { status: "NO", details: "@SUM(1+1)" } } },
    ],
  };
  const result = await importReplies({
    actor: reviewer.actor,
    input: { slug: c.cycle.slug, channel: "EMAIL", receivedOn: "2026-02-01", fileName: "r.json", contentBase64: Buffer.from(JSON.stringify(doc)).toString("base64") },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: c.cycle.slug });
  await saveAnswers({ actor: focalPoint.actor, input: { submissionId: workspace.submission.id, changes: [{ questionId: "LEG-01", value: { status: "YES", details: "GHANA-DRAFT-TEXT" }, baseVersion: 0 }] } });

  const db = await getDb();
  const [ury] = await db.select().from(submissions).where(and(eq(submissions.cycleId, c.cycle.id), eq(submissions.memberStateId, "URY")));
  await db.insert(reviewComments).values([
    { submissionId: ury!.id, questionId: "LEG-01", authorId: reviewer.id, body: INTERNAL_NOTE, internal: true, submissionVersion: 1 },
    { submissionId: ury!.id, questionId: "LEG-01", authorId: reviewer.id, body: SHARED_COMMENT, internal: false, submissionVersion: 1 },
  ]);
  return c;
}

describe("exporting replies", () => {
  it("exports XLSX with a sheet per section, States in UN order, formula text neutralised and no formula cells", async () => {
    const c = await cycleWithReplies();
    const { texts, formulas } = await xlsxTexts(await exported(c.cycle.slug, "xlsx"));
    expect(formulas).toBe(0);
    expect(texts).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(texts).toContain("'@SUM(1+1)");
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    // France before Uruguay (United Nations order); Ghana's draft is not exported.
    expect(texts.indexOf("FRA")).toBeLessThan(texts.indexOf("URY"));
    expect(texts).not.toContain("GHA");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exported(c.cycle.slug, "xlsx")) as unknown as ExcelJS.Buffer);
    const sectionB = workbook.worksheets.find((w) => w.name.startsWith("B "))!;
    const keys = (sectionB.getRow(1).values as unknown[]).slice(1);
    const ury = sectionB.getRow(4);
    expect(ury.getCell(1).value).toBe("URY");
    expect(ury.getCell(keys.indexOf("DAT-01") + 1).value).toBe(5);
  });

  it("exports CSV with the same neutralisation", async () => {
    const c = await cycleWithReplies();
    const csv = (await exported(c.cycle.slug, "csv")).toString("utf8");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^FRA,France,SUBMITTED,1,EMAIL,2026-02-01,/);
  });

  it("exports JSON in the documented format with the answers as stored", async () => {
    const c = await cycleWithReplies();
    const doc = JSON.parse((await exported(c.cycle.slug, "json", editor.actor)).toString("utf8"));
    expect(doc).toMatchObject({ format: "rapporteur.replies", version: 1, cycle: { slug: c.cycle.slug }, questionnaire: { key: c.version.key, version: 1 } });
    expect(doc.replies.map((r: { state: string }) => r.state)).toEqual(["FRA", "URY"]);
    expect(doc.replies[1]).toMatchObject({ state: "URY", stateName: "Uruguay", status: "SUBMITTED", version: 1, channel: "EMAIL", receivedOn: "2026-02-01", sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(doc.replies[1].answers).toEqual({ "LEG-01": { status: "PARTIAL", details: '=HYPERLINK("http://evil.example","x")' }, "DAT-01": { victims: { value: 5 } } });
  });

  it("never contains comments, internal notes or draft answers, in any format", async () => {
    const c = await cycleWithReplies();
    for (const format of ["csv", "json"] as const) {
      const text = (await exported(c.cycle.slug, format)).toString("utf8");
      expect(text).toContain("URY");
      expect(text).not.toContain(INTERNAL_NOTE);
      expect(text).not.toContain(SHARED_COMMENT);
      expect(text).not.toContain("GHANA-DRAFT-TEXT");
    }
    const { texts } = await xlsxTexts(await exported(c.cycle.slug, "xlsx"));
    const all = texts.join("\n");
    expect(all).toContain("URY");
    expect(all).not.toContain(INTERNAL_NOTE);
    expect(all).not.toContain(SHARED_COMMENT);
    expect(all).not.toContain("GHANA-DRAFT-TEXT");
  });

  it("is refused to State roles and finds no unknown cycle", async () => {
    const c = await createTestCycle();
    for (const format of ["xlsx", "csv", "json", "template"] as const) {
      expect(await outcomeOf(() => exportCycle({ actor: focalPoint.actor, input: { slug: c.cycle.slug, format } }))).toBe("FORBIDDEN");
    }
    expect(await outcomeOf(() => exportCycle({ actor: reviewer.actor, input: { slug: "no-such-cycle", format: "csv" } }))).toBe("NOT_FOUND");
  });
});

import { PassThrough } from "node:stream";
import { and, count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, auditEvents, submissionSnapshots, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { snapshotSha256 } from "@/lib/server/submissions/create-snapshot";
import { exportCycle } from "@/lib/server/exchange/export-cycle";
import { importReplies } from "@/lib/server/exchange/import-replies";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf, outcomeOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

let reviewer: TestUser;
let focalPoint: TestUser;

beforeAll(async () => {
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
});

type TestCycle = Awaited<ReturnType<typeof createTestCycle>>;

function jsonFile(c: TestCycle, replies: unknown[]): string {
  const doc = {
    format: "rapporteur.replies",
    version: 1,
    cycle: { slug: c.cycle.slug, title: c.cycle.title },
    questionnaire: { key: c.version.key, version: c.version.version },
    replies,
  };
  return Buffer.from(JSON.stringify(doc), "utf8").toString("base64");
}

function input(c: TestCycle, contentBase64: string, fileName = "replies.json") {
  return { slug: c.cycle.slug, channel: "NOTE_VERBALE" as const, receivedOn: "2026-03-01", fileName, contentBase64 };
}

async function cycleCounts(cycleId: string) {
  const db = await getDb();
  const [s] = await db.select({ n: count() }).from(submissions).where(eq(submissions.cycleId, cycleId));
  const [snap] = await db
    .select({ n: count() })
    .from(submissionSnapshots)
    .innerJoin(submissions, eq(submissions.id, submissionSnapshots.submissionId))
    .where(eq(submissions.cycleId, cycleId));
  return { submissions: s?.n ?? 0, snapshots: snap?.n ?? 0 };
}

describe("importing replies", () => {
  it("records a JSON reply as a SUBMITTED snapshot with its channel, date received, sha256 and audit event", async () => {
    const c = await createTestCycle();
    const result = await importReplies({
      actor: reviewer.actor,
      input: input(c, jsonFile(c, [{ state: "URY", answers: { "LEG-01": { status: "YES" }, "DAT-01": { victims: { value: 7 } } } }, { state: "gha", channel: "EMAIL", receivedOn: "2026-02-20", answers: { "LEG-01": { status: "NO" } } }])),
    });
    expect(result).toMatchObject({
      ok: true,
      recorded: [
        { state: "URY", version: 1, channel: "NOTE_VERBALE", receivedOn: "2026-03-01" },
        { state: "GHA", version: 1, channel: "EMAIL", receivedOn: "2026-02-20" },
      ],
    });
    const db = await getDb();
    const [sub] = await db.select().from(submissions).where(and(eq(submissions.cycleId, c.cycle.id), eq(submissions.memberStateId, "URY")));
    expect(sub).toMatchObject({ status: "SUBMITTED", submittedVersion: 1, channel: "NOTE_VERBALE" });
    expect(sub!.receivedAt?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    const [snap] = await db.select().from(submissionSnapshots).where(eq(submissionSnapshots.submissionId, sub!.id));
    expect(snap!.answers).toEqual({ "LEG-01": { status: "YES" }, "DAT-01": { victims: { value: 7 } } });
    expect(snap!.submittedById).toBe(reviewer.id);
    const expected = snapshotSha256({
      cycleId: c.cycle.id,
      memberStateId: "URY",
      version: 1,
      questionnaireVersionId: c.version.id,
      submittedAt: snap!.submittedAt,
      answers: snap!.answers,
    });
    expect(snap!.sha256).toBe(expected);
    const stored = await db.select().from(answers).where(eq(answers.submissionId, sub!.id));
    expect(stored.map((a) => a.questionId).sort()).toEqual(["DAT-01", "LEG-01"]);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.targetId, sub!.id), eq(auditEvents.action, "submission.imported")));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ version: 1, channel: "NOTE_VERBALE", receivedOn: "2026-03-01", via: "web" });
  });

  it("refuses a whole file with one bad reply, writes nothing, and lists every error", async () => {
    const c = await createTestCycle();
    const before = await cycleCounts(c.cycle.id);
    const result = await importReplies({
      actor: reviewer.actor,
      input: input(
        c,
        jsonFile(c, [
          { state: "GHA", answers: { "LEG-01": { status: "YES" } } },
          { state: "XXX", answers: { "LEG-01": { status: "YES" } } },
          { state: "GHA", answers: { "LEG-01": { status: "NO" } } },
          { state: "FRA", answers: { "ZZZ-99": { x: 1 } } },
          { state: "DEU", answers: { "LEG-02": { kind: { code: "DECREE" } } } },
          { state: "ITA", answers: { "LEG-02": { year: "two thousand" } } },
        ]),
      ),
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: "replies[1]", state: "XXX", reason: expect.stringContaining("not a known State code") }),
        expect.objectContaining({ row: "replies[2]", state: "GHA", reason: expect.stringContaining("appears twice") }),
        expect.objectContaining({ row: "replies[3]", state: "FRA", questionId: "ZZZ-99", reason: expect.stringContaining("not part of the questionnaire") }),
        expect.objectContaining({ row: "replies[4]", state: "DEU", questionId: "LEG-02", reason: expect.stringMatching(/LEG-02\.kind\.code: Choose one of the options/) }),
        expect.objectContaining({ row: "replies[5]", state: "ITA", questionId: "LEG-02", reason: expect.stringContaining("LEG-02.year") }),
      ]),
    );
    expect(errors).toHaveLength(5);
    expect(await cycleCounts(c.cycle.id)).toEqual(before);
  });

  it("refuses a State whose reply is already submitted, and writes none of the others", async () => {
    const c = await createTestCycle();
    const first = await importReplies({ actor: reviewer.actor, input: input(c, jsonFile(c, [{ state: "GHA", answers: { "LEG-01": { status: "YES" } } }])) });
    expect(first.ok).toBe(true);
    const before = await cycleCounts(c.cycle.id);
    const second = await importReplies({
      actor: reviewer.actor,
      input: input(c, jsonFile(c, [{ state: "URY", answers: { "LEG-01": { status: "YES" } } }, { state: "GHA", answers: { "LEG-01": { status: "NO" } } }])),
    });
    expect(second).toEqual({ ok: false, errors: [expect.objectContaining({ row: "replies[1]", state: "GHA", reason: expect.stringContaining("submitted") })] });
    expect(await cycleCounts(c.cycle.id)).toEqual(before);
  });

  it("imports the filled XLSX template, and names sheet rows in its errors", async () => {
    const c = await createTestCycle();
    const template = await exportCycle({ actor: reviewer.actor, input: { slug: c.cycle.slug, format: "template" } });
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise((resolve) => stream.on("end", resolve));
    await template.write(stream);
    await ended;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ExcelJS.Buffer);
    const sheetA = workbook.worksheets.find((w) => w.name.startsWith("A "))!;
    const keys = (sheetA.getRow(1).values as unknown[]).slice(1) as string[];
    const row = (values: Record<string, unknown>) => keys.map((k) => values[k] ?? null);
    sheetA.addRow(row({ state: "URY", "LEG-01.status": "YES", "LEG-02.kind": "law", "LEG-02.year": 2019, "LEG-03": "SEXUAL; LABOUR" }));
    sheetA.addRow(row({ state: "CHL", "LEG-01.status": "MAYBE" }));
    const replies = workbook.getWorksheet("Replies")!;
    replies.addRow(["URY", "Uruguay", null, null, "EMAIL", "2026-02-14"]);
    const bad = Buffer.from(await workbook.xlsx.writeBuffer());

    const refused = await importReplies({ actor: reviewer.actor, input: input(c, bad.toString("base64"), "filled.xlsx") });
    expect(refused).toEqual({ ok: false, errors: [expect.objectContaining({ row: `${sheetA.name}, row 4`, state: "CHL", questionId: "LEG-01" })] });
    expect(await cycleCounts(c.cycle.id)).toEqual({ submissions: 0, snapshots: 0 });

    sheetA.spliceRows(4, 1);
    const good = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importReplies({ actor: reviewer.actor, input: input(c, good.toString("base64"), "filled.xlsx") });
    expect(result).toMatchObject({ ok: true, recorded: [{ state: "URY", channel: "EMAIL", receivedOn: "2026-02-14" }] });
    const db = await getDb();
    const [snap] = await db
      .select({ answers: submissionSnapshots.answers })
      .from(submissionSnapshots)
      .innerJoin(submissions, eq(submissions.id, submissionSnapshots.submissionId))
      .where(and(eq(submissions.cycleId, c.cycle.id), eq(submissions.memberStateId, "URY")));
    expect(snap!.answers).toEqual({
      "LEG-01": { status: "YES" },
      "LEG-02": { kind: { code: "LAW" }, year: 2019 },
      "LEG-03": { forms: { selected: ["SEXUAL", "LABOUR"] } },
    });
  });

  it("refuses files that are not for this cycle, or not readable, with a clear message", async () => {
    const c = await createTestCycle();
    const other = await createTestCycle();
    const wrongCycle = await appErrorOf(importReplies({ actor: reviewer.actor, input: input(c, jsonFile(other, [])) }));
    expect(wrongCycle).toMatchObject({ code: "VALIDATION", message: expect.stringContaining(`for the cycle "${other.cycle.slug}"`) });
    const notJson = await appErrorOf(importReplies({ actor: reviewer.actor, input: input(c, Buffer.from("state,answers\nGHA,x").toString("base64"), "x.csv") }));
    expect(notJson.message).toMatch(/neither an XLSX workbook nor valid JSON/);
    const empty = await importReplies({ actor: reviewer.actor, input: input(c, jsonFile(c, [{ state: "GHA", answers: {} }])) });
    expect(empty).toEqual({ ok: false, errors: [{ row: "replies[0]", state: "GHA", questionId: null, reason: "The reply has no answers." }] });
    const badDate = await appErrorOf(importReplies({ actor: reviewer.actor, input: { ...input(c, jsonFile(c, [])), receivedOn: "2026-02-30" } }));
    expect(badDate.fieldErrors).toEqual({ receivedOn: ["validation.date"] });
  });

  it("is refused to State roles and unknown to them for export too", async () => {
    const c = await createTestCycle();
    expect(await outcomeOf(() => importReplies({ actor: focalPoint.actor, input: input(c, jsonFile(c, [{ state: "GHA", answers: {} }])) }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => exportCycle({ actor: focalPoint.actor, input: { slug: c.cycle.slug, format: "json" } }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => importReplies({ actor: null, input: input(c, jsonFile(c, [])) }))).toBe("UNAUTHORIZED");
    expect(await cycleCounts(c.cycle.id)).toEqual({ submissions: 0, snapshots: 0 });
  });
});

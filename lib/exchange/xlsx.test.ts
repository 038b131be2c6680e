import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { TEST_DEFINITION } from "@/lib/questionnaire/test-fixture";
import { buildCsvRows, buildSheets, type ExportReply } from "./layout";
import { toCsv } from "./neutralise";
import { readTemplate } from "./read-template";
import { writeXlsx } from "./xlsx";

const identity = { cycleSlug: "test-cycle", questionnaireKey: TEST_DEFINITION.key, questionnaireVersion: TEST_DEFINITION.version };

function reply(state: string, answers: ExportReply["answers"]): ExportReply {
  return {
    state,
    stateName: state === "GHA" ? "Ghana" : "Uruguay",
    status: "SUBMITTED",
    version: 1,
    channel: "NOTE_VERBALE",
    receivedOn: "2026-03-01",
    submittedAt: "2026-03-02T10:00:00.000Z",
    sha256: "0".repeat(64),
    answers,
  };
}

const ANSWERS = {
  "LEG-01": { status: "PARTIAL", details: "=HYPERLINK(\"http://evil.example\",\"click\")" },
  "LEG-02": { kind: { code: "OTHER", other: "@decree" }, year: 2015 },
  "LEG-03": { forms: { selected: ["LABOUR", "OTHER"], other: "+begging" } },
  "LEG-04": { laws: [{ title: "-Act 1", adopted: "2005-12-05" }] },
  "LEG-06": { instruments: [{ instrument: "UNTOC", date: "2003-09-29", action: "RATIFICATION" }] },
  "DAT-01": { victims: { notAvailable: true } },
  "DAT-02": { bySex: { cells: { FEMALE: { ADULT: 4 }, MALE: { CHILD: 1 } } } },
  "DAT-03": { cases: { cells: { INVESTIGATED: { VALUE: 3 } } }, confiscated: { value: 100, currency: "USD" } },
  "DAT-04": { partners: ["FRA"] },
  "DAT-06": { practices: [{ title: "Shelters", description: "Network.", consent: "NAMED" }] },
};

async function toBuffer(write: (s: PassThrough) => Promise<void>): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  await write(stream);
  await ended;
  return Buffer.concat(chunks);
}

describe("XLSX export and template import", () => {
  it("writes a sheet per section with neutralised text cells, and reads every answer back", async () => {
    const sheets = buildSheets(TEST_DEFINITION, [], [reply("GHA", ANSWERS), reply("URY", { "LEG-01": { status: "NO" } })], identity);
    const xlsx = await toBuffer((s) => writeXlsx(sheets, s));

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toHaveLength(4);
    expect([names[0], names[1]?.[0], names[2]?.[0], names[3]]).toEqual(["Replies", "A", "B", "About"]);
    const sectionA = workbook.worksheets[1]!;
    const header = (sectionA.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(["state", "stateName", "LEG-01.status", "LEG-01.details"]);
    const texts: string[] = [];
    workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value)))));
    // No text cell starts with a formula character; the dangerous ones carry the apostrophe.
    expect(texts.filter((t) => /^[=+\-@]/.test(t))).toEqual([]);
    expect(texts).toContain("'=HYPERLINK(\"http://evil.example\",\"click\")");
    expect(texts).toContain("OTHER: @decree");
    expect(texts).toContain("LABOUR; OTHER: +begging");
    expect(texts).toContain('[{"title":"-Act 1","adopted":"2005-12-05"}]');
    // Formula cells are never produced.
    workbook.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula))));

    const read = await readTemplate(xlsx, TEST_DEFINITION, [], identity);
    expect(read.problems).toEqual([]);
    const gha = read.replies.find((r) => r.state === "GHA");
    expect(gha).toMatchObject({ channel: "NOTE_VERBALE", receivedOn: "2026-03-01", answers: ANSWERS });
    expect(read.replies.find((r) => r.state === "URY")?.answers).toEqual({ "LEG-01": { status: "NO" } });
  });

  it("refuses a workbook of another cycle, and one that is not a template", async () => {
    const xlsx = await toBuffer((s) => writeXlsx(buildSheets(TEST_DEFINITION, [], [], identity), s));
    await expect(readTemplate(xlsx, TEST_DEFINITION, [], { ...identity, cycleSlug: "other" })).rejects.toThrow(/cycle "test-cycle", not "other"/);
    await expect(readTemplate(Buffer.from("PK\u0003\u0004garbage"), TEST_DEFINITION, [], identity)).rejects.toThrow(/XLSX/);
  });

  it("neutralises CSV cells the same way", () => {
    const csv = toCsv(buildCsvRows(TEST_DEFINITION, [], [reply("GHA", ANSWERS)]));
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toMatch(/^state,stateName,status,version,channel,receivedOn,submittedAt,sha256,LEG-01.status,LEG-01.details,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });
});

// `npx tsx bench/export-xlsx.ts [N]`: writes the XLSX export of N (default 195) full replies to the
// shipped questionnaire (every visible-or-not field answered with a plausible value) to a temporary
// file with the streaming writer, and prints the time and the peak resident memory. The database is
// not involved: this measures the layout and the writer (lib/exchange). Not part of npm test.
import { createWriteStream, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSheets, type ExportReply } from "@/lib/exchange/layout";
import { writeXlsx } from "@/lib/exchange/xlsx";
import { ZQuestionnaireDefinition, type LeafField, type QuestionField } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V1 } from "@/lib/questionnaire/tip/definition-v1";

const TIP_DEFINITION_V1 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);

const N = Number(process.argv[2] ?? 195);
const words = (n: number) => Array.from({ length: n }, (_, i) => ["trafficking", "victims", "protection", "law", "shelter"][i % 5]).join(" ");

function leaf(field: LeafField): unknown {
  switch (field.type) {
    case "YNP":
      return "YES";
    case "SC":
      return { code: field.options[0]!.code };
    case "MC":
      return { selected: field.options.filter((o) => !o.exclusive).slice(0, 3).map((o) => o.code) };
    case "INT":
      if (field.grid) {
        const cols = field.grid.columns?.map((c) => c.code) ?? ["VALUE"];
        return { cells: Object.fromEntries(field.grid.rows.map((r, i) => [r.code, Object.fromEntries(cols.map((c, j) => [c, i * 10 + j]))])) };
      }
      return field.withCurrency ? { value: 125000, currency: "USD" } : { value: 42 };
    case "YEAR":
      return 2020;
    case "DATE":
      return "2024-05-17";
    case "TXT":
      return words(Math.min(field.wordLimit, 150));
    case "INSTR":
      return field.instruments.map((o) => ({ instrument: o.code, date: "2005-01-01" }));
    case "STATE_LIST":
      return ["FRA", "GHA", "URY"];
    case "GP":
      return [{ title: "Shelter network", description: words(120), results: words(60), consent: "NAMED" }];
    case "FILE":
      return [];
  }
}

function value(field: QuestionField): unknown {
  if (field.type === "GROUP") return Array.from({ length: 3 }, () => Object.fromEntries(field.fields.map((f) => [f.key, leaf(f)])));
  return leaf(field);
}

const answers = Object.fromEntries(
  TIP_DEFINITION_V1.sections.flatMap((s) => s.questions).map((q) => [q.id, Object.fromEntries(q.fields.map((f) => [f.key, value(f)]))]),
);
const replies: ExportReply[] = Array.from({ length: N }, (_, i) => ({
  state: `S${String(i).padStart(2, "0")}`.slice(0, 3),
  stateName: `State ${i}`,
  status: "SUBMITTED",
  version: 1,
  channel: "ONLINE",
  receivedOn: "2026-01-15",
  submittedAt: "2026-01-15T10:00:00.000Z",
  sha256: "0".repeat(64),
  answers,
}));

async function main() {
  const out = path.join(tmpdir(), `rapporteur-bench-${process.pid}.xlsx`);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  const sheets = buildSheets(TIP_DEFINITION_V1, ["CONFLICT"], replies, { cycleSlug: "bench", questionnaireKey: "tip", questionnaireVersion: 1 });
  const file = createWriteStream(out);
  const closed = new Promise<void>((resolve) => file.on("close", () => resolve()));
  await writeXlsx(sheets, file);
  await closed;
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(`${N} replies, ${sheets.reduce((n, s) => n + s.keys.length, 0)} columns: ${ms.toFixed(0)} ms, ${(statSync(out).size / 1024).toFixed(0)} KiB, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MiB (${(baseline / 1024 / 1024).toFixed(0)} MiB before)`);
}

void main();

// `npm run cli -- <command>`: the secretariat's command line on the application's database
// (DATABASE_URL, or the embedded database in DATA_DIR, migrated and seeded first like `npm start`).
// It acts as the system actor "system:cli" (lib/server/exchange/system-actor.ts); imports are audited
// as such. Errors go to stderr with exit code 1 (2 for a usage error).
import "./cli-server-only";
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { isAppError } from "@/lib/errors";
import { closeDb } from "@/lib/db";
import { messagesFor } from "@/lib/i18n/messages";
import { EXPORT_FORMATS, type ExportFormat } from "@/lib/schemas/exchange";
import { exportCycle } from "@/lib/server/exchange/export-cycle";
import { importReplies } from "@/lib/server/exchange/import-replies";
import { listCycles } from "@/lib/server/exchange/list-cycles";
import { CLI_ACTOR } from "@/lib/server/exchange/system-actor";
import { generateReportFile } from "@/lib/server/reports/generate-report-file";

const USAGE = `Usage:
  npm run cli -- cycles
  npm run cli -- export --cycle SLUG --format xlsx|csv|json|template --out FILE
  npm run cli -- import --cycle SLUG [--channel note-verbale|email|online] [--received YYYY-MM-DD] FILE
      (defaults: --channel note-verbale, --received today in UTC; a JSON reply or the
       template's Replies sheet may give its own channel and date per State)
  npm run cli -- report --cycle SLUG --format pdf|docx|json --out FILE
      [--naming anonymous|respondents-listed|named] [--template ID] [--symbol S] [--date YYYY-MM-DD] [--include-submitted yes]
      (a draft generated from the cycle's accepted replies; nothing is stored)`;

class UsageError extends Error {}

const CHANNELS = { "note-verbale": "NOTE_VERBALE", email: "EMAIL", online: "ONLINE" } as const;

function parseArgs(argv: string[]): { command: string | undefined; flags: Map<string, string>; positional: string[] } {
  const [command, ...rest] = argv;
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
      const value = inline ?? rest[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value.`);
      flags.set(name, value);
    } else positional.push(arg);
  }
  return { command, flags, positional };
}

function required(flags: Map<string, string>, name: string): string {
  const value = flags.get(name);
  if (!value) throw new UsageError(`--${name} is required.`);
  return value;
}

function checkFlags(flags: Map<string, string>, allowed: string[]): void {
  for (const name of flags.keys()) if (!allowed.includes(name)) throw new UsageError(`Unknown option --${name}.`);
}

async function cycles(): Promise<void> {
  const rows = await listCycles({ actor: CLI_ACTOR });
  const width = Math.max(4, ...rows.map((r) => r.slug.length));
  console.log(`${"SLUG".padEnd(width)}  ${"STATUS".padEnd(6)}  TITLE`);
  for (const r of rows) console.log(`${r.slug.padEnd(width)}  ${r.status.padEnd(6)}  ${r.title}`);
}

async function exportCommand(flags: Map<string, string>): Promise<void> {
  checkFlags(flags, ["cycle", "format", "out"]);
  const slug = required(flags, "cycle");
  const format = required(flags, "format");
  const out = required(flags, "out");
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(", ")}.`);
  const prepared = await exportCycle({ actor: CLI_ACTOR, input: { slug, format: format as ExportFormat } });
  const file = createWriteStream(out);
  const closed = new Promise<void>((resolve, reject) => {
    file.on("close", resolve);
    file.on("error", reject);
  });
  await prepared.write(file);
  await closed;
  console.log(`Wrote ${out} (${prepared.replies} ${prepared.replies === 1 ? "reply" : "replies"}).`);
}

async function importCommand(flags: Map<string, string>, positional: string[]): Promise<void> {
  checkFlags(flags, ["cycle", "channel", "received"]);
  const slug = required(flags, "cycle");
  if (positional.length !== 1) throw new UsageError("Give exactly one FILE to import.");
  const path = positional[0]!;
  const channelName = flags.get("channel") ?? "note-verbale";
  const channel = CHANNELS[channelName as keyof typeof CHANNELS];
  if (!channel) throw new UsageError(`--channel must be one of ${Object.keys(CHANNELS).join(", ")}.`);
  const receivedOn = flags.get("received") ?? new Date().toISOString().slice(0, 10);
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch {
    throw new Error(`Cannot read ${path}.`);
  }
  const result = await importReplies({
    actor: CLI_ACTOR,
    input: { slug, channel, receivedOn, fileName: basename(path), contentBase64: content.toString("base64") },
  });
  if (!result.ok) {
    console.error(`Nothing was imported: ${result.errors.length} ${result.errors.length === 1 ? "problem" : "problems"}.`);
    for (const e of result.errors) console.error(`  ${e.row}\t${e.state ?? "-"}\t${e.questionId ?? "-"}\t${e.reason}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Recorded ${result.recorded.length} ${result.recorded.length === 1 ? "reply" : "replies"}:`);
  for (const r of result.recorded) {
    const missing = r.missingRequired ? `, ${r.missingRequired} required unanswered` : "";
    console.log(`  ${r.state}  ${r.stateName}: version ${r.version}, ${r.channel}, received ${r.receivedOn}${missing}`);
  }
}

async function reportCommand(flags: Map<string, string>): Promise<void> {
  checkFlags(flags, ["cycle", "format", "out", "naming", "template", "symbol", "date", "include-submitted"]);
  const slug = required(flags, "cycle");
  const format = required(flags, "format");
  const out = required(flags, "out");
  if (!["pdf", "docx", "json"].includes(format)) throw new UsageError("--format must be one of pdf, docx, json.");
  const include = flags.get("include-submitted");
  if (include !== undefined && !["yes", "no"].includes(include)) throw new UsageError("--include-submitted must be yes or no.");
  const { bytes, document } = await generateReportFile({
    actor: CLI_ACTOR,
    cycleSlug: slug,
    format,
    naming: flags.get("naming"),
    templateId: flags.get("template"),
    symbol: flags.get("symbol"),
    date: flags.get("date"),
    includeSubmitted: include === "yes",
  });
  await writeFile(out, bytes);
  const replies = document.generation.replies.length;
  const paragraphs = document.blocks.filter((b) => b.type !== "heading").length;
  console.log(`Wrote ${out}: ${document.meta.symbol}, ${paragraphs} paragraphs from ${replies} ${replies === 1 ? "reply" : "replies"} (naming: ${document.meta.naming}).`);
}

async function main(argv: string[]): Promise<void> {
  const { command, flags, positional } = parseArgs(argv);
  switch (command) {
    case "cycles":
      checkFlags(flags, []);
      return cycles();
    case "export":
      return exportCommand(flags);
    case "import":
      return importCommand(flags, positional);
    case "report":
      return reportCommand(flags);
    case undefined:
    case "help":
    case "--help":
      console.log(USAGE);
      return;
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

main(process.argv.slice(2))
  .catch((error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (isAppError(error)) {
      const text = messagesFor("en").validation as Record<string, string>;
      const message = (key: string) => text[key.replace(/^validation\./, "")] ?? key;
      const details = error.fieldErrors ? ` (${Object.entries(error.fieldErrors).map(([k, v]) => `${k}: ${v.map(message).join(", ")}`).join("; ")})` : "";
      console.error(`Error: ${error.code === "NOT_FOUND" ? "No such cycle." : error.message}${error.message.includes(details.trim()) ? "" : details}`);
      process.exitCode = 1;
    } else {
      console.error(error instanceof Error ? `Error: ${error.message}` : error);
      process.exitCode = 1;
    }
  })
  .finally(() => closeDb().catch(() => undefined));

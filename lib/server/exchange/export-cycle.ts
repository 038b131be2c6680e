import "server-only";
import type { Writable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { buildRepliesDocument } from "@/lib/exchange/json-format";
import { buildCsvRows, buildSheets } from "@/lib/exchange/layout";
import { toCsv } from "@/lib/exchange/neutralise";
import { writeXlsx } from "@/lib/exchange/xlsx";
import { parseInput } from "@/lib/schemas/parse";
import { ZExportInput, type TExportInput } from "@/lib/schemas/exchange";
import { writeAudit } from "@/lib/server/audit";
import { loadCycleReplies } from "./load-cycle-replies";

export interface PreparedExport {
  filename: string;
  contentType: string;
  /** How many States' replies it holds (0 for the template). */
  replies: number;
  /** Writes the file to the stream (and ends it); resolves when done. */
  write: (stream: Writable) => Promise<void>;
}

const CONTENT_TYPES = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  template: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
} as const;

function writeText(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    stream.end(text, "utf8", () => resolve());
  });
}

/**
 * Exports a cycle's replies (permission submission:export) as XLSX (a sheet per section), CSV or JSON,
 * or gives the blank XLSX template. The data is read and the export audited before anything is
 * written, so permission and not-found errors come first; `write` then streams the file.
 */
export async function exportCycle(opts: { actor: Actor | null; input: TExportInput }): Promise<PreparedExport> {
  const input = parseInput(ZExportInput, opts.input);
  const template = input.format === "template";
  const data = await loadCycleReplies({ actor: opts.actor, slug: input.slug, withReplies: !template });
  const { cycle, definition, questionnaire, replies } = data;
  const modules = cycle.modules;
  const identity = { cycleSlug: cycle.slug, questionnaireKey: questionnaire.key, questionnaireVersion: questionnaire.version };
  const base = template ? `${cycle.slug}-import-template` : `${cycle.slug}-replies`;
  const extension = input.format === "template" ? "xlsx" : input.format;

  if (!template) {
    await writeAudit(await getDb(), {
      actor: opts.actor,
      action: "submissions.exported",
      targetType: "reporting_cycle",
      targetId: cycle.id,
      details: { format: input.format, states: replies.map((r) => r.state) },
    });
  }

  const write = async (stream: Writable): Promise<void> => {
    switch (input.format) {
      case "xlsx":
      case "template":
        return writeXlsx(buildSheets(definition, modules, replies, identity), stream);
      case "csv":
        return writeText(stream, toCsv(buildCsvRows(definition, modules, replies)));
      case "json":
        return writeText(
          stream,
          JSON.stringify(buildRepliesDocument({ cycle, questionnaire, replies, exportedAt: new Date() }), null, 2) + "\n",
        );
    }
  };
  return { filename: `${base}.${extension}`, contentType: CONTENT_TYPES[input.format], replies: replies.length, write };
}

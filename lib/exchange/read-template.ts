import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { isIsoDate } from "@/lib/questionnaire/values";
import { cellContent, decodeCell, exchangeSections, findColumn } from "./cells";
import type { ImportedReply, ImportProblem } from "./json-format";
import { ABOUT_SHEET, CHANNELS, REPLIES_SHEET, WORKBOOK_FORMAT, type Channel, type WorkbookIdentity } from "./layout";
import { readXlsx, type ReadSheet } from "./xlsx";

/** An imported reply from a workbook also knows the sheet row of each question, for error messages. */
export interface TemplateReply extends ImportedReply {
  rowOf: Record<string, string>;
}

function text(raw: unknown): string {
  const c = cellContent(raw);
  if (!c.ok || c.value === null) return "";
  return c.value instanceof Date ? c.value.toISOString().slice(0, 10) : String(c.value).trim();
}

const CHANNEL_ALIASES: Record<string, Channel> = {
  ONLINE: "ONLINE",
  NOTE_VERBALE: "NOTE_VERBALE",
  "NOTE-VERBALE": "NOTE_VERBALE",
  "NOTE VERBALE": "NOTE_VERBALE",
  EMAIL: "EMAIL",
  "E-MAIL": "EMAIL",
};

function checkIdentity(sheets: ReadSheet[], expected: WorkbookIdentity): void {
  const about = sheets.find((s) => s.name === ABOUT_SHEET);
  const row = about?.rows[0]?.cells ?? [];
  const value = (key: string) => text(row[about?.keys.indexOf(key) ?? -1]);
  if (!about || value("format") !== WORKBOOK_FORMAT) {
    throw new Error(`The workbook is not a Rapporteur template: its "${ABOUT_SHEET}" sheet is missing or changed. Download the template of this cycle.`);
  }
  if (value("cycle") !== expected.cycleSlug) throw new Error(`The workbook is for the cycle "${value("cycle")}", not "${expected.cycleSlug}".`);
  if (value("questionnaire") !== expected.questionnaireKey || value("questionnaireVersion") !== String(expected.questionnaireVersion)) {
    throw new Error(
      `The workbook is for questionnaire ${value("questionnaire")} version ${value("questionnaireVersion")}; this cycle uses ${expected.questionnaireKey} version ${expected.questionnaireVersion}.`,
    );
  }
}

/**
 * Reads a filled XLSX template: the "Replies" sheet (optional channel and date received per State)
 * and every section sheet (a row per State, a column per question field). Throws a plain Error when
 * the workbook as a whole is unusable; cell problems are returned so that every one can be listed.
 */
export async function readTemplate(
  data: Uint8Array,
  definition: QuestionnaireDefinition,
  modules: readonly string[],
  identity: WorkbookIdentity,
): Promise<{ replies: TemplateReply[]; problems: ImportProblem[] }> {
  let sheets: ReadSheet[];
  try {
    sheets = await readXlsx(data);
  } catch {
    throw new Error("The file could not be read as an XLSX workbook.");
  }
  checkIdentity(sheets, identity);
  const sections = exchangeSections(definition, modules);
  const problems: ImportProblem[] = [];
  const byState = new Map<string, TemplateReply>();
  const replyFor = (state: string, where: string): TemplateReply => {
    let reply = byState.get(state);
    if (!reply) {
      reply = { row: where, state, answers: {}, rowOf: {} };
      byState.set(state, reply);
    }
    return reply;
  };

  for (const sheet of sheets) {
    if (sheet.name === ABOUT_SHEET || sheet.keys[0] !== "state") continue;
    const seen = new Map<string, number>();
    for (const { rowNumber, cells } of sheet.rows) {
      const where = `${sheet.name}, row ${rowNumber}`;
      const state = text(cells[0]).toUpperCase();
      if (!state) {
        problems.push({ row: where, state: null, questionId: null, reason: "The row has no State code in column A." });
        continue;
      }
      if (seen.has(state)) {
        problems.push({ row: where, state, questionId: null, reason: `The State appears twice on this sheet (also row ${seen.get(state)}).` });
        continue;
      }
      seen.set(state, rowNumber);
      const reply = replyFor(state, where);

      if (sheet.name === REPLIES_SHEET) {
        const channel = text(cells[sheet.keys.indexOf("channel")]).toUpperCase();
        if (channel) {
          if (CHANNEL_ALIASES[channel]) reply.channel = CHANNEL_ALIASES[channel];
          else problems.push({ row: where, state, questionId: null, reason: `The channel must be one of ${CHANNELS.join(", ")}.` });
        }
        const received = text(cells[sheet.keys.indexOf("receivedOn")]);
        if (received) {
          if (isIsoDate(received)) reply.receivedOn = received;
          else problems.push({ row: where, state, questionId: null, reason: "The date received must be a date like 2026-03-01." });
        }
        continue;
      }

      const answers = reply.answers as Record<string, Record<string, unknown>>;
      sheet.keys.forEach((key, i) => {
        if (i < 2 || !key) return;
        const raw = cells[i];
        const content = cellContent(raw);
        if (content.ok && content.value === null) return;
        const column = findColumn(sections, key);
        if (!("field" in column)) {
          const reason = column.unknownField
            ? `The question has no part "${column.unknownField}".`
            : "This question is not part of the questionnaire (or not of this cycle).";
          problems.push({ row: where, state, questionId: column.questionId || key, reason });
          return;
        }
        const decoded = decodeCell(column.field, raw);
        if (!decoded.ok) {
          problems.push({ row: where, state, questionId: column.questionId, reason: `${column.key}: ${decoded.reason}` });
          return;
        }
        if (decoded.value === undefined) return;
        (answers[column.questionId] ??= {})[column.field.key] = decoded.value;
        reply.rowOf[column.questionId] ??= where;
      });
    }
  }
  return { replies: [...byState.values()], problems };
}

import type { Question, QuestionField } from "./definition";

/** One line of a readable answer: the field label and its value in words (YNP values as catalogue keys). */
export interface SummaryLine {
  label: string;
  text: string;
  /** When set, `text` is a message-catalogue key to translate (YNP values, "not available"). */
  isKey?: boolean;
}

function optionLabel(field: QuestionField, code: string): string {
  const options = "options" in field ? field.options : field.type === "INSTR" ? field.instruments : [];
  return options.find((o) => o.code === code)?.label ?? code;
}

/** How an attachment id is shown: its file name and fingerprint, when the caller knows them. */
export type AttachmentNames = Readonly<Record<string, string>>;

function fieldText(field: QuestionField, value: unknown, attachments?: AttachmentNames): Omit<SummaryLine, "label"> | null {
  if (value === null || value === undefined || value === "") return null;
  switch (field.type) {
    case "YNP":
      return { text: `questionnaire.ynp.${String(value)}`, isKey: true };
    case "SC": {
      const v = value as { code: string; other?: string };
      return { text: v.other ? `${optionLabel(field, v.code)}: ${v.other}` : optionLabel(field, v.code) };
    }
    case "MC": {
      const v = value as { selected: string[]; other?: string };
      const labels = v.selected.map((c) => optionLabel(field, c));
      return { text: v.other ? `${labels.join("; ")} (${v.other})` : labels.join("; ") };
    }
    case "INT": {
      const v = value as { value?: number; currency?: string; notAvailable?: boolean; cells?: Record<string, Record<string, number | null>> };
      if (v.notAvailable) return { text: "questionnaire.notAvailable", isKey: true };
      if (v.cells) {
        const rowLabel = (code: string) => field.grid?.rows.find((r) => r.code === code)?.label ?? code;
        const colLabel = (code: string) => field.grid?.columns?.find((c) => c.code === code)?.label ?? code;
        const parts = Object.entries(v.cells).flatMap(([row, cols]) =>
          Object.entries(cols)
            .filter(([, n]) => n !== null)
            .map(([col, n]) => `${rowLabel(row)}${col === "VALUE" ? "" : `, ${colLabel(col)}`}: ${n}`),
        );
        return { text: parts.join(", ") };
      }
      return { text: `${v.value ?? ""}${v.currency ? ` ${v.currency}` : ""}` };
    }
    case "INSTR":
      return { text: (value as { instrument: string; date?: string }[]).map((e) => `${optionLabel(field, e.instrument)}${e.date ? ` (${e.date})` : ""}`).join("; ") };
    case "STATE_LIST":
      return { text: (value as string[]).join(", ") };
    case "GP":
      return { text: (value as { title: string }[]).map((g) => g.title).join("; ") };
    case "FILE": {
      const ids = value as string[];
      return { text: attachments ? ids.map((id) => attachments[id] ?? id).join("; ") : String(ids.length) };
    }
    case "GROUP":
      return { text: String((value as unknown[]).length) };
    default:
      return { text: String(value) };
  }
}

/**
 * A readable summary of an answer, for the conflict choice, the sign-off page and the receipt. FILE
 * fields show the number of files, or each file's description when `attachments` maps their ids.
 */
export function summariseAnswer(question: Question, answer: Record<string, unknown> | null | undefined, attachments?: AttachmentNames): SummaryLine[] {
  if (!answer) return [];
  const lines: SummaryLine[] = [];
  for (const field of question.fields) {
    const text = fieldText(field, answer[field.key], attachments);
    if (text) lines.push({ label: field.label, ...text });
  }
  return lines;
}

import "server-only";
import type { reportingCycles } from "@/db/schema";

type CycleRow = typeof reportingCycles.$inferSelect;

/** The editable columns of a cycle, as the audit trail records them. */
export const AUDITED_CYCLE_FIELDS = [
  "title",
  "organ",
  "mandate",
  "periodFrom",
  "periodTo",
  "questionnaireVersionId",
  "modules",
  "opensOn",
  "deadline",
  "cutOff",
  "reportSymbol",
  "reminderDays",
] as const;

export type CycleValues = Pick<CycleRow, (typeof AUDITED_CYCLE_FIELDS)[number]>;

/** The fields that differ between two versions of a cycle: { field: { before, after } }. */
export function cycleChanges(before: CycleValues, after: CycleValues): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of AUDITED_CYCLE_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}

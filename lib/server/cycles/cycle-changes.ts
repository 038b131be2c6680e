import "server-only";
import type { reportingCycles } from "@/db/schema";
import { CYCLE_FIELDS } from "@/lib/schemas/cycles";

type CycleRow = typeof reportingCycles.$inferSelect;

/** The editable columns of a cycle, as the audit trail records them: the form's fields but the slug. */
export const AUDITED_CYCLE_FIELDS = CYCLE_FIELDS.filter((f): f is Exclude<(typeof CYCLE_FIELDS)[number], "slug"> => f !== "slug");

export type CycleValues = Pick<CycleRow, (typeof AUDITED_CYCLE_FIELDS)[number]>;

/** The fields that differ between two versions of a cycle: { field: { before, after } }. */
export function cycleChanges(before: CycleValues, after: CycleValues): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const field of AUDITED_CYCLE_FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { before: before[field], after: after[field] };
  }
  return changes;
}

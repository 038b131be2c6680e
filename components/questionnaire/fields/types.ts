import type { LeafField } from "@/lib/questionnaire/definition";
import type { ErrorLookup } from "./field-errors";

/** A Member State offered by STATE_LIST fields; `id` is the ISO alpha-3 code stored in the answer. */
export interface MemberStateOption {
  id: string;
  name: string;
}

/** What every leaf control receives. */
export interface LeafControlProps<F extends LeafField = LeafField> {
  field: F;
  /** The field's current value as stored or typed (read defensively), or null when unanswered. */
  value: unknown;
  /** Called with the field's next value; null means unanswered. */
  onChange: (next: unknown) => void;
  /** The id of the control (or the base of its controls' ids); unique on the page. */
  id: string;
  /** The field's path in the error messages: "details", or "laws.0.title" inside a group. */
  path: string;
  errors: ErrorLookup;
  disabled: boolean;
  memberStates: readonly MemberStateOption[];
}

export type FieldOfType<T extends LeafField["type"]> = Extract<LeafField, { type: T }>;

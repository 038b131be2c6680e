"use client";

import { useMemo, type FocusEvent, type JSX } from "react";
import type { LeafField, Question, QuestionField } from "@/lib/questionnaire/definition";
import { setFieldValue } from "@/lib/questionnaire/value-updates";
import { createErrorLookup } from "./field-errors";
import { GroupFieldControl } from "./group-field";
import { LeafFieldControl } from "./leaf-field";
import type { MemberStateOption } from "./types";

export interface QuestionFieldsProps {
  question: Question;
  /** The current answer (an object keyed by field key), or null when the question is unanswered. */
  value: Record<string, unknown> | null;
  /** Called with the whole next answer object on every edit; the other field keys are kept as they are. */
  onChange: (next: Record<string, unknown>) => void;
  /** Called when focus leaves the question's controls altogether. */
  onBlur?: () => void;
  /** Messages (catalogue keys such as "validation.required", or text) keyed by "fieldKey" or a deeper path ("laws.0.title"). */
  errors?: Record<string, string>;
  /** The page decides visibility (conditions); hidden fields are not rendered and their values are kept. */
  isFieldVisible: (field: QuestionField | LeafField) => boolean;
  /** Offered by STATE_LIST fields; `id` is the ISO alpha-3 code stored in the answer. */
  memberStates: readonly MemberStateOption[];
  disabled?: boolean;
  /** Unique per question on the page, e.g. "q-LEG-01"; every control id starts with it. */
  idPrefix: string;
}

/**
 * The answer controls of one question: one control per visible field, rendered from `value` and
 * reporting every edit as the whole next answer. A field's control id is `${idPrefix}-${field.key}`
 * (sub-fields of group items: `${idPrefix}-${group}-${index}-${subField}`).
 */
export function QuestionFields({
  question,
  value,
  onChange,
  onBlur,
  errors,
  isFieldVisible,
  memberStates,
  disabled = false,
  idPrefix,
}: QuestionFieldsProps): JSX.Element {
  const lookup = useMemo(() => createErrorLookup(errors), [errors]);

  function handleBlur(e: FocusEvent<HTMLDivElement>) {
    if (onBlur && !e.currentTarget.contains(e.relatedTarget as Node | null)) onBlur();
  }

  return (
    <div onBlur={handleBlur}>
      {question.fields
        .filter((field) => isFieldVisible(field))
        .map((field) => {
          const common = {
            value: value?.[field.key] ?? null,
            onChange: (next: unknown) => onChange(setFieldValue(value, field.key, next)),
            id: `${idPrefix}-${field.key}`,
            path: field.key,
            errors: lookup,
            disabled,
            memberStates,
          };
          return field.type === "GROUP" ? (
            <GroupFieldControl key={field.key} {...common} field={field} isFieldVisible={isFieldVisible} />
          ) : (
            <LeafFieldControl key={field.key} {...common} field={field} />
          );
        })}
    </div>
  );
}

"use client";

import { readText, textOrNull } from "@/lib/questionnaire/value-updates";
import { controlAria, LabelShell } from "./field-parts";
import { DATE_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/** A date ("YYYY-MM-DD", as the browser's date input gives it); emptying it leaves the field unanswered. */
export function DateField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"DATE">>) {
  const error = errors.summary(path);
  return (
    <LabelShell id={id} label={field.label} help={field.help} error={error}>
      <input
        id={id}
        type="date"
        value={readText(value)}
        disabled={disabled}
        onChange={(e) => onChange(textOrNull(e.currentTarget.value))}
        className={DATE_CLASS}
        {...controlAria(id, { help: field.help, error })}
      />
    </LabelShell>
  );
}

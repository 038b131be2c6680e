"use client";

import { numberOrNull, readNumber } from "@/lib/questionnaire/value-updates";
import { controlAria, LabelShell } from "./field-parts";
import { YEAR_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/** A year of four digits; emptying it leaves the field unanswered. */
export function YearField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"YEAR">>) {
  const error = errors.summary(path);
  return (
    <LabelShell id={id} label={field.label} help={field.help} error={error}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={field.min ?? 1900}
        max={field.max ?? 2100}
        step={1}
        value={readNumber(value) ?? ""}
        disabled={disabled}
        onChange={(e) => onChange(numberOrNull(e.currentTarget.valueAsNumber))}
        className={YEAR_CLASS}
        {...controlAria(id, { help: field.help, error })}
      />
    </LabelShell>
  );
}

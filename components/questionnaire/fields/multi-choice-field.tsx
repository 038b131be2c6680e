"use client";

import { useTranslations } from "next-intl";
import { readMc, setMcOther, toggleMcOption } from "@/lib/questionnaire/value-updates";
import { ChoiceRow, FieldsetShell, SpecifyInput } from "./field-parts";
import type { FieldOfType, LeafControlProps } from "./types";

/**
 * A multiple choice: checkboxes. Ticking an exclusive option ("None") unticks the others and ticking
 * another unticks it; a ticked `specify` option asks for a text.
 */
export function MultiChoiceField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"MC">>) {
  const t = useTranslations("fields");
  const { selected, other } = readMc(value);
  const error = errors.summary(path, (rest) => rest === "other");
  const minId = `${id}-min`;
  const hasMin = field.minSelected !== undefined && field.minSelected > 1;
  // Only one specify text is stored, so it is asked for once, under the first ticked specify option.
  const specifyCode = field.options.find((o) => o.specify && selected.includes(o.code))?.code;
  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error} describe={hasMin ? minId : undefined}>
      {hasMin ? (
        <p id={minId} className="mb-2 text-sm text-gray-600">
          {t("minSelected", { count: field.minSelected ?? 0 })}
        </p>
      ) : null}
      {field.options.map((o) => (
        <div key={o.code}>
          <ChoiceRow
            type="checkbox"
            id={`${id}-${o.code}`}
            label={o.label}
            help={o.help}
            checked={selected.includes(o.code)}
            disabled={disabled}
            invalid={Boolean(error)}
            onChange={(checked) => onChange(toggleMcOption(field, value, o.code, checked))}
          />
          {o.code === specifyCode ? (
            <SpecifyInput
              id={`${id}-other`}
              value={other}
              error={errors.at(`${path}.other`)}
              disabled={disabled}
              onChange={(text) => onChange(setMcOther(value, text))}
            />
          ) : null}
        </div>
      ))}
    </FieldsetShell>
  );
}

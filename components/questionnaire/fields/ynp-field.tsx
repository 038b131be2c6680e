"use client";

import { useTranslations } from "next-intl";
import { YNP_VALUES } from "@/lib/questionnaire/definition";
import { readText } from "@/lib/questionnaire/value-updates";
import { ChoiceRow, ClearButton, FieldsetShell } from "./field-parts";
import type { FieldOfType, LeafControlProps } from "./types";

/** Yes / No / Partially / Not applicable / Information not available, as radio buttons. */
export function YnpField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"YNP">>) {
  const t = useTranslations("fields");
  const current = readText(value);
  const error = errors.summary(path);
  const choices = YNP_VALUES.filter((v) => v !== "PARTIAL" || field.allowPartial !== false);
  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error}>
      {choices.map((choice) => (
        <ChoiceRow
          key={choice}
          type="radio"
          id={`${id}-${choice}`}
          name={id}
          label={t(`ynp.${choice}`)}
          checked={current === choice}
          disabled={disabled}
          invalid={Boolean(error)}
          onChange={() => onChange(choice)}
        />
      ))}
      {current ? <ClearButton disabled={disabled} onClick={() => onChange(null)} /> : null}
    </FieldsetShell>
  );
}

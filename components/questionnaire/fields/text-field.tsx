"use client";

import { readText, textOrNull } from "@/lib/questionnaire/value-updates";
import { controlAria, LabelShell, WordCount } from "./field-parts";
import { TEXTAREA_CLASS, TEXT_INPUT_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/** Free text with a live word count against its limit; a text area unless the field is single-line. */
export function TextField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"TXT">>) {
  const error = errors.summary(path);
  const text = readText(value);
  const countId = `${id}-count`;
  const common = {
    id,
    value: text,
    disabled,
    onChange: (e: { currentTarget: { value: string } }) => onChange(textOrNull(e.currentTarget.value)),
    ...controlAria(id, { help: field.help, error, extra: countId }),
  };
  return (
    <LabelShell id={id} label={field.label} help={field.help} error={error}>
      {field.multiline === false ? (
        <input type="text" className={TEXT_INPUT_CLASS} {...common} />
      ) : (
        <textarea rows={field.wordLimit > 100 ? 6 : 3} className={TEXTAREA_CLASS} {...common} />
      )}
      <WordCount id={countId} text={text} limit={field.wordLimit} />
    </LabelShell>
  );
}

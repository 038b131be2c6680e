"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { chooseScOption, readSc, setScOther } from "@/lib/questionnaire/value-updates";
import { errorId, helpId } from "./field-errors";
import { ChoiceRow, ClearButton, controlAria, ErrorText, FieldsetShell, HelpText, SpecifyInput } from "./field-parts";
import { FIELD_CLASS, INVALID_FIELD_CLASS, LABEL_CLASS, SELECT_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/** Above this many options a single choice is a select rather than radio buttons. */
const MAX_RADIOS = 7;

/** A single choice: radio buttons, or a select for long lists; a `specify` option asks for a text. */
export function SingleChoiceField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"SC">>) {
  const t = useTranslations("fields");
  const { code, other } = readSc(value);
  const chosen = field.options.find((o) => o.code === code);
  const error = errors.summary(path, (rest) => rest === "other");
  const otherId = `${id}-other`;
  const specify = chosen?.specify ? (
    <SpecifyInput id={otherId} value={other} error={errors.at(`${path}.other`)} disabled={disabled} onChange={(text) => onChange(setScOther(value, text))} />
  ) : null;

  if (field.options.length > MAX_RADIOS) {
    return (
      <div className={clsx(FIELD_CLASS, error && INVALID_FIELD_CLASS)}>
        <label htmlFor={id} className={LABEL_CLASS}>
          {field.label}
        </label>
        <HelpText id={helpId(id)} help={field.help} />
        <select
          id={id}
          value={code ?? ""}
          disabled={disabled}
          onChange={(e) => onChange(chooseScOption(field, value, e.currentTarget.value || null))}
          className={SELECT_CLASS}
          {...controlAria(id, { help: field.help, error })}
        >
          <option value="">{t("choose")}</option>
          {field.options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
        <ErrorText id={errorId(id)} message={error} />
        {specify}
      </div>
    );
  }

  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error}>
      {field.options.map((o) => (
        <div key={o.code}>
          <ChoiceRow
            type="radio"
            id={`${id}-${o.code}`}
            name={id}
            label={o.label}
            help={o.help}
            checked={code === o.code}
            disabled={disabled}
            invalid={Boolean(error)}
            onChange={() => onChange(chooseScOption(field, value, o.code))}
          />
          {code === o.code ? specify : null}
        </div>
      ))}
      {code ? <ClearButton disabled={disabled} onClick={() => onChange(null)} /> : null}
    </FieldsetShell>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { readInstruments, setInstrumentPart, toggleInstrument } from "@/lib/questionnaire/value-updates";
import { describedBy, errorId } from "./field-errors";
import { ChoiceRow, ErrorText, FieldsetShell } from "./field-parts";
import { DATE_CLASS, SELECT_CLASS, SUB_LABEL_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/**
 * One checkbox per instrument; a ticked instrument shows its date (when the field asks for dates) and
 * its treaty action (when the field lists actions). Their accessible names carry the instrument's title
 * ("Date, Slavery Convention of 1926") so that each is distinct.
 */
export function InstrumentsField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"INSTR">>) {
  const t = useTranslations("fields");
  const entries = readInstruments(value);
  const withDate = field.withDate !== false;
  const error = errors.summary(path, (rest) => /^\d+\.(date|action)$/.test(rest));
  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error}>
      <ul className="list-none">
        {field.instruments.map((instrument) => {
          const index = entries.findIndex((e) => e.instrument === instrument.code);
          const entry = entries[index];
          const base = `${id}-${instrument.code}`;
          const dateError = entry ? errors.at(`${path}.${index}.date`) : undefined;
          const actionError = entry ? errors.at(`${path}.${index}.action`) : undefined;
          return (
            <li key={instrument.code} className="mb-1">
              <ChoiceRow
                type="checkbox"
                id={base}
                label={instrument.label}
                help={instrument.help}
                checked={Boolean(entry)}
                disabled={disabled}
                invalid={Boolean(error)}
                onChange={(checked) => onChange(toggleInstrument(field, value, instrument.code, checked))}
              />
              {entry && (withDate || field.actions) ? (
                <div className="mb-2 ms-7 flex flex-wrap gap-4">
                  {withDate ? (
                    <div>
                      <label htmlFor={`${base}-date`} className={SUB_LABEL_CLASS}>
                        {t("instrumentDate")}
                      </label>
                      <input
                        id={`${base}-date`}
                        type="date"
                        aria-label={t("instrumentDateName", { instrument: instrument.label })}
                        value={entry.date ?? ""}
                        disabled={disabled}
                        aria-invalid={dateError ? true : undefined}
                        aria-describedby={describedBy(dateError && errorId(`${base}-date`))}
                        onChange={(e) => onChange(setInstrumentPart(value, instrument.code, "date", e.currentTarget.value))}
                        className={DATE_CLASS}
                      />
                      <ErrorText id={errorId(`${base}-date`)} message={dateError} />
                    </div>
                  ) : null}
                  {field.actions ? (
                    <div className="min-w-48">
                      <label htmlFor={`${base}-action`} className={SUB_LABEL_CLASS}>
                        {t("instrumentAction")}
                      </label>
                      <select
                        id={`${base}-action`}
                        aria-label={t("instrumentActionName", { instrument: instrument.label })}
                        value={entry.action ?? ""}
                        disabled={disabled}
                        aria-invalid={actionError ? true : undefined}
                        aria-describedby={describedBy(actionError && errorId(`${base}-action`))}
                        onChange={(e) => onChange(setInstrumentPart(value, instrument.code, "action", e.currentTarget.value))}
                        className={SELECT_CLASS}
                      >
                        <option value="">{t("choose")}</option>
                        {field.actions.map((action) => (
                          <option key={action.code} value={action.code}>
                            {action.label}
                          </option>
                        ))}
                      </select>
                      <ErrorText id={errorId(`${base}-action`)} message={actionError} />
                    </div>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </FieldsetShell>
  );
}

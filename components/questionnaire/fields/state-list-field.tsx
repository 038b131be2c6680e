"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { readStringList, toggleState } from "@/lib/questionnaire/value-updates";
import { ChoiceRow, FieldsetShell } from "./field-parts";
import { SUB_LABEL_CLASS, TEXT_INPUT_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/** Case- and accent-insensitive form of a name for filtering ("Côte" matches "cote"). */
function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * Member States: the chosen ones as removable buttons, then a filter box and a scrollable list of
 * checkboxes named by the States' names. The answer holds the States' ids (ISO alpha-3 codes).
 */
export function StateListField({ field, value, onChange, id, path, errors, disabled, memberStates }: LeafControlProps<FieldOfType<"STATE_LIST">>) {
  const t = useTranslations("fields");
  const [filter, setFilter] = useState("");
  const chosenRef = useRef<HTMLUListElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const chosen = readStringList(value);
  const error = errors.summary(path);
  const names = new Map(memberStates.map((s) => [s.id, s.name]));
  const needle = fold(filter.trim());
  const shown = needle ? memberStates.filter((s) => fold(s.name).includes(needle)) : memberStates;
  const filterId = `${id}-filter`;
  const chosenLabelId = `${id}-chosen`;
  const listLabelId = `${id}-list`;

  /** Removing a chosen State removes its button; focus moves to the next one, or to the filter box. */
  function removeChosen(code: string, index: number) {
    onChange(toggleState(value, code, false));
    const buttons = chosenRef.current?.querySelectorAll("button");
    const next = buttons?.[index + 1] ?? buttons?.[index - 1];
    (next ?? filterRef.current)?.focus();
  }

  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error}>
      {chosen.length ? (
        <p id={chosenLabelId} className={SUB_LABEL_CLASS}>
          {t("statesChosen", { count: chosen.length })}
        </p>
      ) : null}
      {chosen.length ? (
        <ul ref={chosenRef} aria-labelledby={chosenLabelId} className="mb-3 flex list-none flex-wrap gap-2">
          {chosen.map((code, index) => {
            const name = names.get(code) ?? code;
            return (
              <li key={code}>
                <button
                  type="button"
                  disabled={disabled}
                  aria-label={t("removeState", { name })}
                  onClick={() => removeChosen(code, index)}
                  className="inline-flex items-center gap-1 rounded-full border border-gray-400 bg-gray-100 px-3 py-1 text-sm hover:bg-gray-200 disabled:cursor-not-allowed disabled:opacity-60"
                >
                  {name}
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mb-3 text-sm text-gray-600">{t("noStatesChosen")}</p>
      )}
      <label htmlFor={filterId} className={SUB_LABEL_CLASS}>
        {t("stateFilter")}
      </label>
      <input
        ref={filterRef}
        id={filterId}
        type="search"
        autoComplete="off"
        value={filter}
        disabled={disabled}
        onChange={(e) => setFilter(e.currentTarget.value)}
        // Enter in a filter box must not submit a surrounding form.
        onKeyDown={(e) => {
          if (e.key === "Enter") e.preventDefault();
        }}
        className={TEXT_INPUT_CLASS}
      />
      <p role="status" className="sr-only">
        {needle ? t("stateMatches", { count: shown.length }) : ""}
      </p>
      <p id={listLabelId} className="sr-only">
        {t("stateList")}
      </p>
      <div className="mt-2 max-h-64 max-w-md overflow-y-auto rounded border border-gray-300 bg-white px-3 py-1">
        {shown.length ? (
          <ul aria-labelledby={listLabelId} className="list-none">
            {shown.map((state) => (
              <li key={state.id}>
                <ChoiceRow
                  type="checkbox"
                  id={`${id}-${state.id}`}
                  label={state.name}
                  checked={chosen.includes(state.id)}
                  disabled={disabled}
                  invalid={Boolean(error)}
                  onChange={(checked) => onChange(toggleState(value, state.id, checked))}
                />
              </li>
            ))}
          </ul>
        ) : (
          <p className="py-2 text-sm text-gray-600">{t("noStateMatches")}</p>
        )}
      </div>
    </FieldsetShell>
  );
}

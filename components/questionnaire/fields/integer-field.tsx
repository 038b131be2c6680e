"use client";

import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/form/field";
import { GRID_VALUE_COLUMN } from "@/lib/questionnaire/values";
import { numberOrNull, readInt, setGridCell, setIntAmount, setIntCurrency, setIntNotAvailable, type IntView } from "@/lib/questionnaire/value-updates";
import { describedBy, errorId } from "./field-errors";
import { ChoiceRow, ErrorText, FieldsetShell } from "./field-parts";
import { CELL_CLASS, CURRENCY_CLASS, ERROR_CLASS, NUMBER_CLASS, SUB_LABEL_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

type IntField = FieldOfType<"INT">;

/**
 * A non-negative whole number, or a grid of them (rows × columns), with "Information not available"
 * and, on amounts, a currency code. Emptying the number or every cell leaves the field unanswered.
 */
export function IntegerField(props: LeafControlProps<IntField>) {
  const { field, value, onChange, id, path, errors, disabled } = props;
  const t = useTranslations("fields");
  const view = readInt(value);
  const error = errors.summary(path, (rest) => rest === "currency" || isKnownCell(field, rest));
  const unitId = `${id}-unit`;
  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error} describe={field.unit ? unitId : undefined}>
      {field.grid ? (
        <GridTable {...props} view={view} />
      ) : (
        <div className="flex flex-wrap items-center gap-2">
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={0}
            max={field.max}
            step={1}
            value={view.value ?? ""}
            disabled={disabled || view.notAvailable}
            aria-labelledby={`${id}-legend`}
            aria-describedby={describedBy(field.unit && unitId, error && errorId(id))}
            aria-invalid={error ? true : undefined}
            onChange={(e) => onChange(setIntAmount(field, value, numberOrNull(e.currentTarget.valueAsNumber)))}
            className={NUMBER_CLASS}
          />
          {field.unit ? (
            <span id={unitId} className="text-gray-700">
              {field.unit}
            </span>
          ) : null}
        </div>
      )}
      {field.grid && field.unit ? (
        <p id={unitId} className="mt-1 text-sm text-gray-700">
          {field.unit}
        </p>
      ) : null}
      {field.withCurrency ? <CurrencyInput {...props} view={view} /> : null}
      <div className="mt-2">
        <ChoiceRow
          type="checkbox"
          id={`${id}-not-available`}
          label={t("notAvailable")}
          checked={view.notAvailable}
          disabled={disabled}
          onChange={(checked) => onChange(setIntNotAvailable(checked))}
        />
      </div>
    </FieldsetShell>
  );
}

/** Whether an error path below the field names a cell of its grid ("cells.FEMALE.ADULT"), whose input shows it. */
function isKnownCell(field: IntField, rest: string): boolean {
  const [cells, row, column, ...more] = rest.split(".");
  if (cells !== "cells" || more.length) return false;
  const columns = field.grid?.columns?.map((c) => c.code) ?? [GRID_VALUE_COLUMN];
  return Boolean(field.grid?.rows.some((r) => r.code === row)) && columns.includes(column ?? "");
}

function CurrencyInput({ field, value, onChange, id, path, errors, disabled, view }: LeafControlProps<IntField> & { view: IntView }) {
  const t = useTranslations("fields");
  const currencyId = `${id}-currency`;
  const error = errors.at(`${path}.currency`);
  return (
    <div className="mt-3">
      <label htmlFor={currencyId} className={SUB_LABEL_CLASS}>
        {t("currency")}
      </label>
      <p id={`${currencyId}-help`} className="mb-1 text-sm text-gray-600">
        {t("currencyHelp")}
      </p>
      <input
        id={currencyId}
        type="text"
        maxLength={3}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={view.currency}
        disabled={disabled || view.notAvailable}
        aria-describedby={describedBy(`${currencyId}-help`, error && errorId(currencyId))}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(setIntCurrency(field, value, e.currentTarget.value))}
        className={CURRENCY_CLASS}
      />
      <ErrorText id={errorId(currencyId)} message={error} />
    </div>
  );
}

/** A real table: column and row headers, one labelled number input per cell ("Female, Adult"). */
function GridTable({ field, value, onChange, id, path, errors, disabled, view }: LeafControlProps<IntField> & { view: IntView }) {
  const t = useTranslations("fields");
  const errorText = useErrorText();
  const grid = field.grid!;
  const columns = grid.columns ?? [{ code: GRID_VALUE_COLUMN, label: t("gridValue") }];
  const cellErrors: { id: string; name: string; message: string }[] = [];
  const cellId = (row: string, column: string) => `${id}-${row}-${column}`;
  const cellName = (rowLabel: string, columnLabel: string) => (grid.columns ? t("gridCell", { row: rowLabel, column: columnLabel }) : rowLabel);
  for (const row of grid.rows) {
    for (const column of columns) {
      const message = errors.at(`${path}.cells.${row.code}.${column.code}`);
      if (message) cellErrors.push({ id: errorId(cellId(row.code, column.code)), name: cellName(row.label, column.label), message });
    }
  }
  return (
    <>
      <div className="w-fit max-w-full overflow-x-auto rounded border border-gray-300 bg-white">
        <table className="border-collapse text-sm">
          <caption className="sr-only">{field.label}</caption>
          <thead className="bg-gray-100">
            <tr>
              <td className="border-b border-gray-300 px-3 py-2" />
              {columns.map((column) => (
                <th key={column.code} scope="col" className="border-b border-gray-300 px-3 py-2 text-start font-semibold">
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row" className="border-b border-gray-200 px-3 py-2 text-start font-normal">
                  {row.label}
                </th>
                {columns.map((column) => {
                  const cid = cellId(row.code, column.code);
                  const message = errors.at(`${path}.cells.${row.code}.${column.code}`);
                  return (
                    <td key={column.code} className="border-b border-gray-200 px-3 py-2">
                      <input
                        id={cid}
                        type="number"
                        inputMode="numeric"
                        min={0}
                        max={field.max}
                        step={1}
                        value={view.cells[row.code]?.[column.code] ?? ""}
                        disabled={disabled || view.notAvailable}
                        aria-label={cellName(row.label, column.label)}
                        aria-describedby={message ? errorId(cid) : undefined}
                        aria-invalid={message ? true : undefined}
                        onChange={(e) =>
                          onChange(setGridCell(field, value, row.code, grid.columns ? column.code : null, numberOrNull(e.currentTarget.valueAsNumber)))
                        }
                        className={CELL_CLASS}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cellErrors.length ? (
        <ul className="mt-1 list-none">
          {cellErrors.map((e) => (
            <li key={e.id}>
              <p id={e.id} className={ERROR_CLASS}>
                {t("cellError", { cell: e.name, message: errorText(e.message) ?? "" })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { GP_CONSENTS, GP_TEXT_WORD_LIMIT, GP_TITLE_WORD_LIMIT, type GoodPracticeEntry } from "@/lib/questionnaire/values";
import { addGoodPractice, readGoodPractices, removeGoodPractice, setGoodPracticePart, type GoodPracticePart } from "@/lib/questionnaire/value-updates";
import { describedBy, errorId } from "./field-errors";
import { ChoiceRow, ErrorText, FieldsetShell, WordCount } from "./field-parts";
import { ITEM_CLASS, ITEM_LEGEND_CLASS, SUB_LABEL_CLASS, TEXTAREA_CLASS, TEXT_INPUT_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";
import { useFocusAfterChange } from "./use-focus-after-change";

const EMPTY: GoodPracticeEntry = { title: "", description: "" };
const PART_PATH = /^\d+(\.(title|description|results|consent))?$/;

/**
 * Good-practice nominations, up to the field's `count`: title, description and results with word
 * counts, and consent to be named. One empty nomination is shown to start with; it is stored from the
 * first edit.
 */
export function GoodPracticeField({ field, value, onChange, id, path, errors, disabled }: LeafControlProps<FieldOfType<"GP">>) {
  const t = useTranslations("fields");
  const { containerRef, focusWhenShown } = useFocusAfterChange<HTMLDivElement>();
  const entries = readGoodPractices(value);
  const shown = entries.length ? entries : [EMPTY];
  const max = field.count ?? 1;
  const error = errors.summary(path, (rest) => PART_PATH.test(rest));

  function add() {
    focusWhenShown(`[data-item="${entries.length}"] input`);
    onChange(addGoodPractice(field, value));
  }

  function remove(index: number) {
    focusWhenShown(entries.length > 1 ? `[data-item="${Math.max(0, index - 1)}"] input` : `[data-item="0"] input`);
    onChange(removeGoodPractice(value, index));
  }

  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error}>
      <div ref={containerRef}>
        {shown.map((entry, index) => (
          <Nomination
            key={index}
            id={`${id}-${index}`}
            index={index}
            entry={entry}
            path={`${path}.${index}`}
            errors={errors}
            disabled={disabled}
            canRemove={entries.length > 0}
            onPart={(part, text) => onChange(setGoodPracticePart(value, index, part, text))}
            onRemove={() => remove(index)}
          />
        ))}
        {entries.length > 0 && entries.length < max ? (
          <Button type="button" variant="secondary" disabled={disabled} onClick={add}>
            {t("gp.add")}
          </Button>
        ) : null}
      </div>
    </FieldsetShell>
  );
}

function Nomination({
  id,
  index,
  entry,
  path,
  errors,
  disabled,
  canRemove,
  onPart,
  onRemove,
}: {
  id: string;
  index: number;
  entry: GoodPracticeEntry;
  path: string;
  errors: LeafControlProps["errors"];
  disabled: boolean;
  canRemove: boolean;
  onPart: (part: GoodPracticePart, text: string) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("fields");
  const number = index + 1;
  const consentError = errors.at(`${path}.consent`);
  return (
    <fieldset data-item={index} className={ITEM_CLASS} aria-describedby={describedBy(errors.at(path) && errorId(id))}>
      <legend className={ITEM_LEGEND_CLASS}>{t("gp.nomination", { number })}</legend>
      <TextPart
        id={`${id}-title`}
        label={t("gp.title")}
        text={entry.title}
        limit={GP_TITLE_WORD_LIMIT}
        error={errors.at(`${path}.title`)}
        disabled={disabled}
        onChange={(text) => onPart("title", text)}
      />
      <TextPart
        id={`${id}-description`}
        label={t("gp.description")}
        text={entry.description}
        limit={GP_TEXT_WORD_LIMIT}
        multiline
        error={errors.at(`${path}.description`)}
        disabled={disabled}
        onChange={(text) => onPart("description", text)}
      />
      <TextPart
        id={`${id}-results`}
        label={t("gp.results")}
        text={entry.results ?? ""}
        limit={GP_TEXT_WORD_LIMIT}
        multiline
        error={errors.at(`${path}.results`)}
        disabled={disabled}
        onChange={(text) => onPart("results", text)}
      />
      <fieldset className="mb-3 min-w-0" aria-describedby={describedBy(consentError && errorId(`${id}-consent`))}>
        <legend className={SUB_LABEL_CLASS}>{t("gp.consent")}</legend>
        {GP_CONSENTS.map((consent) => (
          <ChoiceRow
            key={consent}
            type="radio"
            id={`${id}-consent-${consent}`}
            name={`${id}-consent`}
            label={t(`gp.${consent}`)}
            checked={entry.consent === consent}
            disabled={disabled}
            invalid={Boolean(consentError)}
            onChange={() => onPart("consent", consent)}
          />
        ))}
        <ErrorText id={errorId(`${id}-consent`)} message={consentError} />
      </fieldset>
      <ErrorText id={errorId(id)} message={errors.at(path)} />
      {canRemove ? (
        <Button type="button" variant="secondary" disabled={disabled} aria-label={t("gp.removeName", { number })} onClick={onRemove}>
          {t("gp.remove")}
        </Button>
      ) : null}
    </fieldset>
  );
}

function TextPart({
  id,
  label,
  text,
  limit,
  multiline,
  error,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  text: string;
  limit: number;
  multiline?: boolean;
  error: string | undefined;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const countId = `${id}-count`;
  const common = {
    id,
    value: text,
    disabled,
    "aria-describedby": describedBy(countId, error && errorId(id)),
    "aria-invalid": error ? true : undefined,
    onChange: (e: { currentTarget: { value: string } }) => onChange(e.currentTarget.value),
  };
  return (
    <div className="mb-3">
      <label htmlFor={id} className={SUB_LABEL_CLASS}>
        {label}
      </label>
      {multiline ? <textarea rows={4} className={TEXTAREA_CLASS} {...common} /> : <input type="text" className={TEXT_INPUT_CLASS} {...common} />}
      <WordCount id={countId} text={text} limit={limit} />
      <ErrorText id={errorId(id)} message={error} />
    </div>
  );
}

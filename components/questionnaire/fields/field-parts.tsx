"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useErrorText } from "@/components/form/field";
import { OTHER_WORD_LIMIT } from "@/lib/questionnaire/values";
import { countWords } from "@/lib/questionnaire/words";
import { describedBy, errorId, helpId } from "./field-errors";
import { CHECK_CLASS, ERROR_CLASS, FIELD_CLASS, HELP_CLASS, INVALID_FIELD_CLASS, LABEL_CLASS, SUB_LABEL_CLASS, TEXT_INPUT_CLASS } from "./styles";

/** The translated text of an error message (a catalogue key or plain text), under the control. */
export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  const text = useErrorText()(message);
  if (!text) return null;
  return (
    <p id={id} className={ERROR_CLASS}>
      {text}
    </p>
  );
}

export function HelpText({ id, help }: { id: string; help: string | undefined }) {
  if (!help) return null;
  return (
    <p id={id} className={HELP_CLASS}>
      {help}
    </p>
  );
}

/**
 * A field made of several controls (radios, checkboxes, a grid): a fieldset named by its legend, with
 * the help and the error tied to it. `describe` adds ids of other text that describes the whole field.
 */
export function FieldsetShell({
  id,
  label,
  help,
  error,
  describe,
  children,
}: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  describe?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      id={`${id}-field`}
      className={clsx(FIELD_CLASS, error && INVALID_FIELD_CLASS)}
      aria-describedby={describedBy(help && helpId(id), describe, error && errorId(id))}
    >
      <legend id={`${id}-legend`} className={LABEL_CLASS}>
        {label}
      </legend>
      <HelpText id={helpId(id)} help={help} />
      {children}
      <ErrorText id={errorId(id)} message={error} />
    </fieldset>
  );
}

/** A field with one control: a label tied to the control by htmlFor; the control wires its own aria-describedby. */
export function LabelShell({ id, label, help, error, children }: { id: string; label: string; help?: string; error?: string; children: ReactNode }) {
  return (
    <div className={clsx(FIELD_CLASS, error && INVALID_FIELD_CLASS)}>
      <label htmlFor={id} className={LABEL_CLASS}>
        {label}
      </label>
      <HelpText id={helpId(id)} help={help} />
      {children}
      <ErrorText id={errorId(id)} message={error} />
    </div>
  );
}

/** The aria attributes of a control inside LabelShell. */
export function controlAria(id: string, opts: { help?: string; error?: string; extra?: string }) {
  return {
    "aria-describedby": describedBy(opts.help && helpId(id), opts.extra, opts.error && errorId(id)),
    "aria-invalid": opts.error ? true : undefined,
  } as const;
}

/** One radio button or checkbox with its label; an option's help is a description, not part of its name. */
export function ChoiceRow({
  type,
  id,
  name,
  label,
  help,
  checked,
  disabled,
  invalid,
  onChange,
}: {
  type: "radio" | "checkbox";
  id: string;
  name?: string;
  label: string;
  help?: string;
  checked: boolean;
  disabled: boolean;
  invalid?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-start gap-2 py-1">
      <input
        id={id}
        type={type}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={help ? helpId(id) : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
        className={CHECK_CLASS}
      />
      <div>
        <label htmlFor={id} className={clsx(!disabled && "cursor-pointer")}>
          {label}
        </label>
        {help ? (
          <p id={helpId(id)} className="text-sm text-gray-600">
            {help}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** "12 / 200 words", announced politely as it changes and shown in red over the limit. */
export function WordCount({ id, text, limit }: { id: string; text: string; limit: number }) {
  const t = useTranslations("fields");
  const count = countWords(text);
  const isOver = count > limit;
  return (
    <p id={id} aria-live="polite" className={clsx("mt-1 text-sm", isOver ? "font-semibold text-red-800" : "text-gray-600")}>
      {t(isOver ? "wordCountOver" : "wordCount", { count, limit })}
    </p>
  );
}

/** The "Please specify" text of an option that asks for one (SC and MC), shown under that option. */
export function SpecifyInput({
  id,
  value,
  error,
  disabled,
  onChange,
}: {
  id: string;
  value: string;
  error: string | undefined;
  disabled: boolean;
  onChange: (text: string) => void;
}) {
  const t = useTranslations("fields");
  const countId = `${id}-count`;
  return (
    <div className="mb-2 ms-7 mt-1">
      <label htmlFor={id} className={SUB_LABEL_CLASS}>
        {t("specify")}
      </label>
      <input
        id={id}
        type="text"
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value)}
        className={TEXT_INPUT_CLASS}
        {...controlAria(id, { error, extra: countId })}
      />
      <WordCount id={countId} text={value} limit={OTHER_WORD_LIMIT} />
      <ErrorText id={errorId(id)} message={error} />
    </div>
  );
}

/** Empties a radio group, which the keyboard and the mouse cannot otherwise do. */
export function ClearButton({ disabled, onClick }: { disabled: boolean; onClick: () => void }) {
  const t = useTranslations("fields");
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={onClick}
      className="mt-1 text-sm text-[#0b5cab] underline underline-offset-2 hover:text-[#094a8a] disabled:cursor-not-allowed disabled:opacity-60"
    >
      {t("clearAnswer")}
    </button>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { useEditor, type EditOutcome } from "./editor-context";
import { labelledError } from "./labelled-error";

/**
 * Moves focus to `ref` once the control can take it after `request()`: it may not exist yet (a form
 * is closing) or be disabled while the page refreshes; each render tries again until it is focused.
 */
export function useFocusLater<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || !ref.current) return;
    ref.current.focus();
    if (document.activeElement === ref.current) pending.current = false;
  });
  const request = () => {
    pending.current = true;
  };
  return [ref, request] as const;
}

/** The message for a failed edit: a conflict keeps the text and says so; else the field's reason. */
export function outcomeMessage(outcome: Extract<EditOutcome, { ok: false }>, label: string, conflictText: string): string {
  if (outcome.conflict) return conflictText;
  const first = Object.values(outcome.fieldErrors ?? {}).find((m) => m.length > 0)?.[0];
  return labelledError(label, first) ?? outcome.message;
}

/**
 * A textarea with Save and Cancel, for any text of the draft. The typed text is never lost: on a
 * failed save (someone else changed the draft, or the text was refused) it stays in the box with the
 * reason beside it.
 */
export function TextEditForm({
  label,
  initial,
  rows = 6,
  saveLabel,
  onSave,
  onCancel,
}: {
  label: string;
  initial: string;
  rows?: number;
  saveLabel?: string;
  onSave: (text: string) => Promise<EditOutcome>;
  onCancel: () => void;
}) {
  const t = useTranslations("reports.editor");
  const { busy } = useEditor();
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) {
      setError(labelledError(label, t("mustNotBeEmpty")) ?? null);
      box.current?.focus();
      return;
    }
    setError(null);
    const outcome = await onSave(text);
    if (!outcome.ok) {
      setError(outcomeMessage(outcome, label, t("conflictKept")));
      box.current?.focus();
    }
  }

  return (
    <form onSubmit={submit} className="mt-2 space-y-2" noValidate>
      <label htmlFor={`${id}-text`} className="block text-sm font-semibold">
        {label}
      </label>
      <textarea
        ref={box}
        id={`${id}-text`}
        value={text}
        rows={rows}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className="block w-full rounded border border-gray-500 bg-white p-2 font-serif text-base aria-[invalid=true]:border-red-700"
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={busy}>
          {saveLabel ?? t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

"use client";

import * as Label from "@radix-ui/react-label";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Translates a validation key (validation.*) or passes a plain message through. */
export function useErrorText() {
  const t = useTranslations();
  return (message: string | undefined) => {
    if (!message) return undefined;
    return t.has(message as never) ? t(message as never) : message;
  };
}

/** A labelled form control with its hint and error, wired for assistive technology. */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const errorText = useErrorText()(error);
  return (
    <div className="mb-4">
      <Label.Root htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </Label.Root>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      {children}
      {errorText ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-red-800">
          {errorText}
        </p>
      ) : null}
    </div>
  );
}

export const INPUT_CLASS =
  "block h-11 w-full max-w-md rounded border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";

/** aria attributes for a control rendered inside Field. */
export function describedBy(id: string, opts: { hint?: boolean; error?: unknown }) {
  const ids = [opts.hint ? `${id}-hint` : null, opts.error ? `${id}-error` : null].filter(Boolean);
  return { "aria-describedby": ids.length ? ids.join(" ") : undefined, "aria-invalid": opts.error ? true : undefined };
}

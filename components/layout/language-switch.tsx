"use client";

import { useRouter } from "next/navigation";
import { useId, useTransition } from "react";
import { chooseLocaleAction } from "@/app/_locale/actions";
import { LOCALES, type Locale } from "@/lib/i18n/config";

/** Each language named in itself, as the UN's own sites do. */
const NATIVE_NAMES: Record<Locale, string> = { ar: "العربية", en: "English", es: "Español", fr: "Français", ru: "Русский", zh: "中文" };

/** The interface language, on every page; the page reloads its texts in place. */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const id = useId();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        value={current}
        disabled={pending}
        aria-busy={pending}
        onChange={(event) => {
          const locale = event.target.value as Locale;
          startTransition(async () => {
            const result = await chooseLocaleAction({ locale });
            if (result.ok) router.refresh();
          });
        }}
        className="rounded border border-white/60 bg-[#1a3a5c] px-2 py-1 text-white"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NATIVE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}

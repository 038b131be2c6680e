"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { TSetFlagInput } from "@/lib/schemas/review";
import type { ReviewAction } from "./types";

/** The reviewer's flags on one answer, as toggle buttons (aria-pressed). */
export function FlagToggles({
  submissionId,
  questionId,
  flags,
  goodPracticeAllowed,
  disabled,
  action,
}: {
  submissionId: string;
  questionId: string;
  flags: ("NEEDS_CLARIFICATION" | "GOOD_PRACTICE")[];
  goodPracticeAllowed: boolean;
  disabled: boolean;
  action: ReviewAction<TSetFlagInput, { on: boolean }>;
}) {
  const t = useTranslations("review.flags");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const kinds = goodPracticeAllowed ? (["NEEDS_CLARIFICATION", "GOOD_PRACTICE"] as const) : (["NEEDS_CLARIFICATION"] as const);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {kinds.map((kind) => {
        const on = flags.includes(kind);
        return (
          <button
            key={kind}
            type="button"
            aria-pressed={on}
            disabled={disabled || pending}
            onClick={() =>
              startTransition(async () => {
                setError(null);
                const result = await action({ submissionId, questionId, kind, on: !on });
                if (!result.ok) setError(result.error.message);
                else router.refresh();
              })
            }
            className={`rounded-full border px-3 py-0.5 text-xs font-semibold ${on ? (kind === "GOOD_PRACTICE" ? "border-green-800 bg-green-100 text-green-900" : "border-red-800 bg-red-100 text-red-900") : "border-gray-400 bg-white text-gray-800"}`}
          >
            {t(kind)}
          </button>
        );
      })}
      {error ? (
        <span role="alert" className="text-xs font-semibold text-red-800">
          {error}
        </span>
      ) : null}
    </div>
  );
}

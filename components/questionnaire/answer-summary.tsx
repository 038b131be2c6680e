"use client";

import { useTranslations } from "next-intl";
import type { Question } from "@/lib/questionnaire/definition";
import { summariseAnswer } from "@/lib/questionnaire/summarise";

/** An answer in words (field label: value), or "no answer". */
export function AnswerSummary({ question, value }: { question: Question; value: Record<string, unknown> | null | undefined }) {
  const t = useTranslations();
  const lines = summariseAnswer(question, value);
  if (lines.length === 0) return <p className="italic">{t("questionnaire.noAnswer")}</p>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
      {lines.map((l) => (
        <div key={l.label} className="contents">
          <dt className="font-semibold">{l.label}</dt>
          <dd className="break-words">{l.isKey ? t(l.text as never) : l.text}</dd>
        </div>
      ))}
    </dl>
  );
}

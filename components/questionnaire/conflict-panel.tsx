"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { Question } from "@/lib/questionnaire/definition";
import { AnswerSummary } from "./answer-summary";
import type { Conflict } from "./use-autosave";

/** A colleague saved the same answer meanwhile: both versions side by side, and the user chooses. */
export function ConflictPanel({ question, conflict, onResolve }: { question: Question; conflict: Conflict; onResolve: (keep: "mine" | "theirs") => void }) {
  const t = useTranslations("questionnaire");
  const format = useFormatter();
  const when = conflict.theirs.updatedAt ? format.dateTime(new Date(conflict.theirs.updatedAt), { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <div role="alert" aria-label={t("conflictTitle", { question: question.id })} className="mb-4 rounded border-s-4 border-amber-700 bg-amber-50 p-3">
      <p className="font-semibold">{t("conflictIntro", { who: conflict.theirs.updatedByName ?? "—", when })}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <section aria-label={t("yourAnswer")}>
          <h4 className="mb-1 font-semibold">{t("yourAnswer")}</h4>
          <AnswerSummary question={question} value={conflict.mine} />
        </section>
        <section aria-label={t("theirAnswer")}>
          <h4 className="mb-1 font-semibold">{t("theirAnswer")}</h4>
          <AnswerSummary question={question} value={conflict.theirs.value} />
        </section>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="button" onClick={() => onResolve("mine")}>
          {t("keepMine")}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onResolve("theirs")}>
          {t("keepTheirs")}
        </Button>
      </div>
    </div>
  );
}

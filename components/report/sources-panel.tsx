"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ReplySource, SourceSentence } from "@/lib/report/document";
import { EditorButton } from "./editor-button";

export interface SourcesSelection {
  /** "paragraph 3". */
  blockName: string;
  /** The selected sentence, or every sentence of a rewritten paragraph. */
  sentences: SourceSentence[];
  /** The whole paragraph's sources (its text was rewritten or assembled differently). */
  whole: boolean;
  /** States whose reply was submitted, not yet accepted, when this was generated. */
  provisionalStateIds: readonly string[];
}

/**
 * The "Sources" side panel: for the selected sentence, the questions and the States behind it, each
 * State linking to its reply; replies that were only submitted (not accepted) are marked. Focus moves
 * here when a sentence is selected, and back to the sentence when the panel is closed.
 */
export function SourcesPanel({
  cycleSlug,
  selection,
  focusKey,
  replies,
  onClose,
}: {
  cycleSlug: string;
  selection: SourcesSelection | null;
  /** Changes when another sentence is selected: focus moves to the panel then, not on every render. */
  focusKey: string | null;
  replies: readonly ReplySource[];
  onClose: () => void;
}) {
  const t = useTranslations("reports.sources");
  const heading = useRef<HTMLHeadingElement>(null);
  const byState = new Map(replies.map((r) => [r.stateId, r]));
  const base = `/cycles/${encodeURIComponent(cycleSlug)}`;
  useEffect(() => {
    if (focusKey) heading.current?.focus();
  }, [focusKey]);

  return (
    <aside aria-labelledby="sources-title" className="rounded border border-gray-300 bg-white p-4 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <div className="flex items-start justify-between gap-2">
        <h2 id="sources-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-[#1a3a5c]">
          {t("title")}
        </h2>
        {selection ? <EditorButton onClick={onClose}>{t("close")}</EditorButton> : null}
      </div>
      {!selection ? (
        <p className="mt-2 text-sm text-gray-700">{t("empty")}</p>
      ) : (
        <div className="mt-2 space-y-4 text-sm">
          <p className="text-gray-700">{selection.whole ? t("wholeIntro", { name: selection.blockName }) : t("sentenceIntro", { name: selection.blockName })}</p>
          {selection.sentences.length === 0 ? <p>{t("none")}</p> : null}
          {selection.sentences.map((sentence, i) => {
            const states = [...sentence.stateIds].sort((a, b) => (byState.get(a)?.stateName ?? a).localeCompare(byState.get(b)?.stateName ?? b));
            return (
              <section key={i} aria-label={t("sentenceLabel", { number: i + 1 })} className="border-t border-gray-200 pt-2 first:border-t-0 first:pt-0">
                <blockquote className="border-s-4 border-gray-300 ps-2 font-serif">{sentence.text}</blockquote>
                <p className="mt-2 font-semibold">{t("questions", { count: sentence.questionIds.length })}</p>
                {sentence.questionIds.length ? (
                  <ul className="flex flex-wrap gap-2">
                    {sentence.questionIds.map((q) => (
                      <li key={q}>
                        <Link href={`${base}/analysis?question=${encodeURIComponent(q)}`} aria-label={t("questionLink", { id: q })}>
                          {q}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
                <p className="mt-2 font-semibold">{t("states", { count: states.length })}</p>
                {states.length ? (
                  <ul className="mt-1 space-y-1">
                    {states.map((stateId) => {
                      const reply = byState.get(stateId);
                      const name = reply?.stateName ?? stateId;
                      const provisional = reply?.status === "SUBMITTED" || selection.provisionalStateIds.includes(stateId);
                      const named = sentence.namedStateIds.includes(stateId);
                      return (
                        <li key={stateId}>
                          <Link href={`${base}/replies/${encodeURIComponent(stateId)}`}>{t("replyOf", { name })}</Link>
                          {provisional ? <span className="ms-2 rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900">{t("provisional")}</span> : null}
                          {named ? <span className="ms-2 text-xs text-gray-700">{t("named")}</span> : null}
                        </li>
                      );
                    })}
                  </ul>
                ) : (
                  <p className="text-gray-700">{t("noStates")}</p>
                )}
                <p className="mt-2 text-xs text-gray-600">{t("kind", { kind: sentence.kind })}</p>
              </section>
            );
          })}
        </div>
      )}
    </aside>
  );
}

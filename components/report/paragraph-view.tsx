"use client";

import { clsx } from "clsx";
import { useTranslations } from "next-intl";
import { useState, type KeyboardEvent } from "react";
import type { NumberedBlock } from "@/lib/report/document";
import { BlockToolbar } from "./block-toolbar";
import { useEditor } from "./editor-context";
import { FootnoteList, useFootnoteAdder } from "./footnote-list";
import { sentenceRuns } from "./sentence-runs";
import { EditorButton } from "./editor-button";
import { TextEditForm, useFocusLater } from "./text-edit-form";

export type NumberedParagraph = Extract<NumberedBlock, { type: "paragraph" }>;

/** The id of the hidden hint that every selectable sentence points to. */
export const SENTENCE_HINT_ID = "report-sentence-hint";

/**
 * One numbered paragraph as it prints (hanging number, footnote markers at its end, its footnotes
 * under it), with its generated sentences selectable for their sources, its markers (edited, sources
 * changed, provisional replies) and, for editors, its actions.
 */
export function ParagraphView({ block, index, total }: { block: NumberedParagraph; index: number; total: number }) {
  const t = useTranslations("reports.editor");
  const { canEdit, run, busy, selected, select, staleBlockIds } = useEditor();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editButtonRef, focusEditLater] = useFocusLater<HTMLButtonElement>();
  const name = t("paragraphName", { number: block.number });
  const footnoteAdder = useFootnoteAdder(block.id, name);
  const stale = block.stale || staleBlockIds.has(block.id);
  const { runs, complete } = block.overridden ? { runs: [{ text: block.text, sentence: null }], complete: false } : sentenceRuns(block.text, block.sentences);
  const wholeSources = block.sentences.length > 0 && !complete;
  const isSelected = (sentence: number | null) => selected?.blockId === block.id && selected.sentence === sentence;

  function onSentenceKey(event: KeyboardEvent<HTMLSpanElement>, sentence: number) {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      select({ blockId: block.id, sentence });
    }
  }

  async function revert() {
    setError(null);
    const outcome = await run({ op: "revertParagraph", blockId: block.id }, (version) => t("status.reverted", { name, version }));
    if (!outcome.ok) setError(outcome.conflict ? t("conflict") : outcome.message);
    else focusEditLater();
  }

  return (
    <article
      id={`block-${block.id}`}
      aria-label={name}
      data-block-id={block.id}
      className={clsx("scroll-mt-4 rounded border-s-4 py-1 ps-2", stale ? "border-amber-500 bg-amber-50" : block.overridden ? "border-[#0b5cab]" : "border-transparent")}
    >
      <div className="grid grid-cols-[3rem_minmax(0,1fr)] font-serif text-[1.05rem] leading-relaxed">
        <span aria-hidden="true" className="text-end pe-3">
          {block.number}.
        </span>
        <p>
          <span className="sr-only">{block.number}. </span>
          {runs.map((run, i) =>
            run.sentence === null ? (
              <span key={i}>{run.text}</span>
            ) : (
              <span
                key={i}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected(run.sentence)}
                aria-describedby={SENTENCE_HINT_ID}
                data-sentence={run.sentence}
                onClick={() => select({ blockId: block.id, sentence: run.sentence })}
                onKeyDown={(e) => onSentenceKey(e, run.sentence!)}
                className="cursor-pointer rounded-sm decoration-[#0b5cab] decoration-dotted underline-offset-4 hover:bg-blue-50 hover:underline focus:outline-2 focus:outline-offset-1 focus:outline-[#0b5cab] aria-pressed:bg-yellow-100"
              >
                {run.text}
              </span>
            ),
          )}
          {block.footnotes.map((f) => (
            <sup key={f.id} className="ms-0.5">
              <a href={`#footnote-${f.id}`} aria-label={t("footnoteName", { number: f.number })}>
                {f.number}
              </a>
            </sup>
          ))}
        </p>
      </div>

      <div className="ms-12 mt-1 flex flex-wrap items-center gap-2 text-xs">
        {block.overridden ? <span className="rounded bg-blue-100 px-2 py-0.5 font-semibold text-[#1a3a5c]">{t("edited")}</span> : null}
        {block.origin === "editor" ? <span className="rounded bg-gray-200 px-2 py-0.5 font-semibold">{t("addedByEditor")}</span> : null}
        {stale ? <span className="rounded bg-amber-200 px-2 py-0.5 font-semibold text-amber-950">{t("stale")}</span> : null}
        {block.provisionalStateIds.length ? <span className="rounded bg-gray-100 px-2 py-0.5 font-semibold">{t("provisionalBadge", { count: block.provisionalStateIds.length })}</span> : null}
        {wholeSources ? (
          <EditorButton aria-pressed={isSelected(null)} onClick={() => select({ blockId: block.id, sentence: null })}>
            {t("paragraphSources")}
            <span className="sr-only"> {t("ofName", { name })}</span>
          </EditorButton>
        ) : null}
      </div>

      {editing ? (
        <div className="ms-12">
          <TextEditForm
            label={t("textOf", { name })}
            initial={block.text}
            rows={Math.min(16, Math.max(4, Math.ceil(block.text.length / 90)))}
            onCancel={() => {
              setEditing(false);
              focusEditLater();
            }}
            onSave={async (text) => {
              const outcome = await run({ op: "setParagraph", blockId: block.id, text }, (version) => t("status.saved", { name, version }));
              if (outcome.ok) {
                setEditing(false);
                focusEditLater();
              }
              return outcome;
            }}
          />
        </div>
      ) : null}

      {canEdit && !editing ? (
        <div className="ms-12">
          <BlockToolbar blockId={block.id} index={index} total={total} name={name} generated={block.origin !== "editor"}>
            <EditorButton ref={editButtonRef} variant="primary" disabled={busy} onClick={() => setEditing(true)}>
              {t("edit")}
              <span className="sr-only"> {name}</span>
            </EditorButton>
            {block.overridden && block.origin === "generated" ? (
              <EditorButton disabled={busy} onClick={revert}>
                {t("revert")}
                <span className="sr-only"> {name}</span>
              </EditorButton>
            ) : null}
            {footnoteAdder.button}
          </BlockToolbar>
          {error ? (
            <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
              {error}
            </p>
          ) : null}
        </div>
      ) : null}

      <FootnoteList owner={block.id} ownerName={name} footnotes={block.footnotes} addForm={footnoteAdder.form} />
    </article>
  );
}

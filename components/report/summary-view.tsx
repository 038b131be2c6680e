"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { NumberedDocument } from "@/lib/report/document";
import { useEditor } from "./editor-context";
import { FootnoteList, useFootnoteAdder } from "./footnote-list";
import { EditorButton } from "./editor-button";
import { TextEditForm, useFocusLater } from "./text-edit-form";

/** The General Assembly's Summary box (not numbered), with its footnotes; editors rewrite it. */
export function SummaryView({ summary }: { summary: NonNullable<NumberedDocument["summary"]> }) {
  const t = useTranslations("reports.editor");
  const { canEdit, run, busy, staleBlockIds } = useEditor();
  const [editing, setEditing] = useState(false);
  const [editButtonRef, focusEditLater] = useFocusLater<HTMLButtonElement>();
  const name = t("summaryName");
  const footnoteAdder = useFootnoteAdder("summary", name);

  return (
    <section aria-labelledby="report-summary-title" className="my-4 border-2 border-black bg-white p-4">
      <h2 id="report-summary-title" className="text-center font-serif font-bold">
        Summary
      </h2>
      <p className="mt-2 whitespace-pre-line font-serif">
        {summary.text}
        {summary.footnotes.map((f) => (
          <sup key={f.id} className="ms-0.5">
            <a href={`#footnote-${f.id}`} aria-label={t("footnoteName", { number: f.number })}>
              {f.number}
            </a>
          </sup>
        ))}
      </p>
      <p className="mt-1 flex flex-wrap gap-2 text-xs">
        {summary.overridden ? <span className="rounded bg-blue-100 px-2 py-0.5 font-semibold text-[#1a3a5c]">{t("edited")}</span> : null}
        {/* The lead's staleness names the Summary by this pseudo block id when its contributors footnote is out of date. */}
        {staleBlockIds.has("summary") ? <span className="rounded bg-amber-200 px-2 py-0.5 font-semibold text-amber-950">{t("stale")}</span> : null}
      </p>
      {canEdit && editing ? (
        <TextEditForm
          label={t("textOf", { name })}
          initial={summary.text}
          rows={8}
          onCancel={() => {
            setEditing(false);
            focusEditLater();
          }}
          onSave={async (text) => {
            const outcome = await run({ op: "setSummary", text }, (version) => t("status.saved", { name, version }));
            if (outcome.ok) {
              setEditing(false);
              focusEditLater();
            }
            return outcome;
          }}
        />
      ) : null}
      {canEdit && !editing ? (
        <div className="mt-2 flex flex-wrap gap-1">
          <EditorButton ref={editButtonRef} variant="primary" disabled={busy} onClick={() => setEditing(true)}>
            {t("edit")}
            <span className="sr-only"> {name}</span>
          </EditorButton>
          {footnoteAdder.button}
        </div>
      ) : null}
      <FootnoteList owner="summary" ownerName={name} footnotes={summary.footnotes} addForm={footnoteAdder.form} />
    </section>
  );
}

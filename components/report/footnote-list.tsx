"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import type { NumberedFootnote } from "@/lib/report/document";
import { useEditor } from "./editor-context";
import { EditorButton } from "./editor-button";
import { TextEditForm, useFocusLater } from "./text-edit-form";

/**
 * The "Add footnote" button (for the owner's toolbar) and its form (shown under the footnotes), sharing
 * one state; focus returns to the button when the form closes.
 */
export function useFootnoteAdder(owner: string, ownerName: string): { button: ReactNode; form: ReactNode } {
  const t = useTranslations("reports.editor");
  const { canEdit, run, busy } = useEditor();
  const [adding, setAdding] = useState(false);
  const [addButtonRef, focusAddLater] = useFocusLater<HTMLButtonElement>();
  if (!canEdit) return { button: null, form: null };
  const button = (
    <EditorButton ref={addButtonRef} disabled={busy || adding} onClick={() => setAdding(true)}>
      {t("addFootnote")}
      <span className="sr-only"> {t("toName", { name: ownerName })}</span>
    </EditorButton>
  );
  const form = adding ? (
    <TextEditForm
      label={t("newFootnote", { name: ownerName })}
      initial=""
      rows={3}
      saveLabel={t("addFootnote")}
      onCancel={() => {
        setAdding(false);
        focusAddLater();
      }}
      onSave={async (text) => {
        const outcome = await run({ op: "addFootnote", blockId: owner, text }, (version) => t("status.footnoteAdded", { version }));
        if (outcome.ok) {
          setAdding(false);
          focusAddLater();
        }
        return outcome;
      }}
    />
  ) : null;
  return { button, form };
}

/**
 * The footnotes of a paragraph (or of the Summary, owner "summary"), listed under it with the numbers
 * they print with; editors edit and delete them (after a confirmation), and add one with `addForm`.
 */
export function FootnoteList({ owner, ownerName, footnotes, addForm }: { owner: string; ownerName: string; footnotes: readonly NumberedFootnote[]; addForm?: ReactNode }) {
  const t = useTranslations("reports.editor");
  if (footnotes.length === 0 && !addForm) return null;
  return (
    <div className="mt-2 ms-12 border-t border-gray-300 pt-1">
      {footnotes.length ? (
        <ol className="space-y-1 text-sm" aria-label={t("footnotesOf", { name: ownerName })}>
          {footnotes.map((f) => (
            <FootnoteItem key={f.id} owner={owner} footnote={f} />
          ))}
        </ol>
      ) : null}
      {addForm}
    </div>
  );
}

function FootnoteItem({ owner, footnote }: { owner: string; footnote: NumberedFootnote }) {
  const t = useTranslations("reports.editor");
  const { canEdit, run, busy } = useEditor();
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [error, setError] = useState<string | null>(null);
  const [editButtonRef, focusEditLater] = useFocusLater<HTMLButtonElement>();
  const name = t("footnoteName", { number: footnote.number });

  return (
    <li className="flex flex-col gap-1" id={`footnote-${footnote.id}`}>
      <p className="font-serif">
        <sup className="me-1">{footnote.number}</sup>
        {footnote.text}
        {footnote.overridden ? <span className="ms-2 rounded bg-blue-100 px-1 font-sans text-xs font-semibold text-[#1a3a5c]">{t("edited")}</span> : null}
        {footnote.stale ? <span className="ms-2 rounded bg-amber-100 px-1 font-sans text-xs font-semibold text-amber-900">{t("staleShort")}</span> : null}
      </p>
      {canEdit && mode === "view" ? (
        <div className="flex gap-1">
          <EditorButton ref={editButtonRef} disabled={busy} onClick={() => setMode("edit")}>
            {t("edit")}
            <span className="sr-only"> {name}</span>
          </EditorButton>
          <EditorButton variant="danger" disabled={busy} onClick={() => setMode("confirm")}>
            {t("delete")}
            <span className="sr-only"> {name}</span>
          </EditorButton>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {mode === "confirm" ? (
        <div role="group" aria-labelledby={`footnote-${footnote.id}-confirm`} className="rounded border border-red-700 bg-red-50 p-2">
          <p id={`footnote-${footnote.id}-confirm`} className="mb-2 text-sm font-semibold">
            {t("confirmDelete", { name })}
          </p>
          <div className="flex gap-2">
            <EditorButton
              variant="danger"
              autoFocus
              disabled={busy}
              onClick={async () => {
                const outcome = await run({ op: "deleteFootnote", blockId: owner, footnoteId: footnote.id }, (version) => t("status.deleted", { name, version }));
                if (!outcome.ok) {
                  setError(outcome.conflict ? t("conflict") : outcome.message);
                  setMode("view");
                  focusEditLater();
                }
              }}
            >
              {t("confirmDeleteButton")}
            </EditorButton>
            <EditorButton
              onClick={() => {
                setMode("view");
                focusEditLater();
              }}
            >
              {t("cancel")}
            </EditorButton>
          </div>
        </div>
      ) : null}
      {mode === "edit" ? (
        <TextEditForm
          label={t("textOf", { name })}
          initial={footnote.text}
          rows={3}
          onCancel={() => {
            setMode("view");
            focusEditLater();
          }}
          onSave={async (text) => {
            const outcome = await run({ op: "setFootnote", blockId: owner, footnoteId: footnote.id, text }, (version) => t("status.saved", { name, version }));
            if (outcome.ok) {
              setMode("view");
              focusEditLater();
            }
            return outcome;
          }}
        />
      ) : null}
    </li>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EditorButton } from "./editor-button";
import { useEditor } from "./editor-context";
import { TextEditForm, useFocusLater } from "./text-edit-form";

/**
 * The actions every block of the draft has: its own (Edit, Revert…) first, then move up and down,
 * delete after a confirmation, and add a paragraph after it. `name` says which block, for the
 * buttons' accessible names ("Move paragraph 3 up").
 */
export function BlockToolbar({
  blockId,
  index,
  total,
  name,
  generated,
  children,
}: {
  blockId: string;
  index: number;
  total: number;
  name: string;
  generated: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("reports.editor");
  const { run, busy } = useEditor();
  const [confirming, setConfirming] = useState(false);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const [deleteButtonRef, focusDeleteLater] = useFocusLater<HTMLButtonElement>();
  const [addButtonRef, focusAddLater] = useFocusLater<HTMLButtonElement>();
  // A moved block is re-rendered in its new place once the page has the new version; focus follows it.
  const moved = useRef<{ direction: "up" | "down"; from: number } | null>(null);
  useEffect(() => {
    const m = moved.current;
    if (!m || m.from === index || busy) return;
    moved.current = null;
    const wanted = m.direction === "up" ? up.current : down.current;
    (wanted && !wanted.disabled ? wanted : m.direction === "up" ? down.current : up.current)?.focus();
  });

  async function move(direction: "up" | "down") {
    setError(null);
    const outcome = await run({ op: "moveBlock", blockId, direction }, (version) => t("status.moved", { name, version }));
    if (outcome.ok) moved.current = { direction, from: index };
    else setError(outcome.conflict ? t("conflict") : outcome.message);
  }

  async function remove() {
    setError(null);
    const outcome = await run({ op: "deleteBlock", blockId }, (version) => t("status.deleted", { name, version }));
    if (!outcome.ok) {
      setError(outcome.conflict ? t("conflict") : outcome.message);
      setConfirming(false);
      focusDeleteLater();
    }
    // On success the block disappears; the editor's status message (focused) says what happened.
  }

  return (
    <div className="mt-2">
      <div className="flex flex-wrap gap-1" role="group" aria-label={t("actionsFor", { name })}>
        {children}
        <EditorButton ref={up} disabled={busy || index === 0} onClick={() => move("up")}>
          {t("moveUp")}
          <span className="sr-only"> {name}</span>
        </EditorButton>
        <EditorButton ref={down} disabled={busy || index === total - 1} onClick={() => move("down")}>
          {t("moveDown")}
          <span className="sr-only"> {name}</span>
        </EditorButton>
        <EditorButton ref={addButtonRef} disabled={busy || adding} onClick={() => setAdding(true)}>
          {t("addAfter")}
          <span className="sr-only"> {name}</span>
        </EditorButton>
        <EditorButton ref={deleteButtonRef} variant="danger" disabled={busy || confirming} onClick={() => setConfirming(true)}>
          {t("delete")}
          <span className="sr-only"> {name}</span>
        </EditorButton>
      </div>
      {error ? (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {confirming ? (
        <div role="group" aria-labelledby={`${blockId}-confirm`} className="mt-2 rounded border border-red-700 bg-red-50 p-3">
          <p id={`${blockId}-confirm`} className="mb-2 text-sm font-semibold">
            {generated ? t("confirmDeleteGenerated", { name }) : t("confirmDelete", { name })}
          </p>
          <div className="flex gap-2">
            <Button type="button" variant="danger" autoFocus disabled={busy} onClick={remove}>
              {t("confirmDeleteButton")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                focusDeleteLater();
              }}
            >
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      {adding ? (
        <TextEditForm
          label={t("newParagraphAfter", { name })}
          initial=""
          saveLabel={t("addParagraph")}
          onCancel={() => {
            setAdding(false);
            focusAddLater();
          }}
          onSave={async (text) => {
            const outcome = await run({ op: "addParagraph", afterBlockId: blockId, text }, (version) => t("status.added", { version }));
            if (outcome.ok) {
              setAdding(false);
              focusAddLater();
            }
            return outcome;
          }}
        />
      ) : null}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { HeadingBlock } from "@/lib/report/document";
import { BlockToolbar } from "./block-toolbar";
import { useEditor } from "./editor-context";
import { EditorButton } from "./editor-button";
import { outcomeMessage, useFocusLater } from "./text-edit-form";

const LOOK: Record<HeadingBlock["level"], { tag: "h2" | "h3" | "h4" | "h5"; className: string }> = {
  chapter: { tag: "h2", className: "mt-6 text-lg font-bold" },
  section: { tag: "h3", className: "mt-4 font-bold" },
  subsection: { tag: "h4", className: "mt-3 font-bold italic" },
  runin: { tag: "h5", className: "mt-2 italic" },
};

/** A heading of the draft at its level (chapter, section, subsection, run-in), editable by editors. */
export function HeadingView({ block, index, total }: { block: HeadingBlock; index: number; total: number }) {
  const t = useTranslations("reports.editor");
  const { canEdit, busy, run } = useEditor();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [label, setLabel] = useState(block.label ?? "");
  const [text, setText] = useState(block.text);
  const [error, setError] = useState<string | null>(null);
  const [editButtonRef, focusEditLater] = useFocusLater<HTMLButtonElement>();
  const { tag: Tag, className } = LOOK[block.level];
  const shown = [block.label, block.text].filter(Boolean).join(" ");
  const name = t("headingName", { text: shown });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const outcome = await run({ op: "setHeading", blockId: block.id, label: label.trim() || undefined, text }, (version) => t("status.saved", { name, version }));
    if (outcome.ok) {
      setEditing(false);
      focusEditLater();
    } else setError(outcomeMessage(outcome, t("headingText"), t("conflictKept")));
  }

  return (
    <div id={`block-${block.id}`} data-block-id={block.id} className="font-serif">
      <Tag className={className}>
        {block.label ? <span className="inline-block min-w-[3rem]">{block.label}</span> : null}
        {block.text}
      </Tag>
      {canEdit && editing ? (
        <form onSubmit={submit} noValidate className="mt-2 flex flex-wrap items-end gap-2 font-sans" aria-label={t("editName", { name })}>
          <div>
            <label htmlFor={`${id}-label`} className="block text-sm font-semibold">
              {t("headingLabel")}
            </label>
            <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} className="h-9 w-20 rounded border border-gray-500 px-2" />
          </div>
          <div className="min-w-64 flex-1">
            <label htmlFor={`${id}-text`} className="block text-sm font-semibold">
              {t("headingText")}
            </label>
            <input id={`${id}-text`} autoFocus value={text} onChange={(e) => setText(e.target.value)} className="h-9 w-full rounded border border-gray-500 px-2" />
          </div>
          <Button type="submit" disabled={busy}>
            {t("save")}
          </Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setEditing(false);
              focusEditLater();
            }}
          >
            {t("cancel")}
          </Button>
        </form>
      ) : null}
      {error ? (
        <p role="alert" className="font-sans text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      {canEdit && !editing ? (
        <div className="font-sans">
          <BlockToolbar blockId={block.id} index={index} total={total} name={name} generated={block.key !== undefined}>
            <EditorButton
              ref={editButtonRef}
              disabled={busy}
              onClick={() => {
                setLabel(block.label ?? "");
                setText(block.text);
                setEditing(true);
              }}
            >
              {t("edit")}
              <span className="sr-only"> {name}</span>
            </EditorButton>
          </BlockToolbar>
        </div>
      ) : null}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { itemLetter, recommendationItemText, type NumberedBlock } from "@/lib/report/document";
import { BlockToolbar } from "./block-toolbar";
import { useEditor } from "./editor-context";
import { EditorButton } from "./editor-button";
import { outcomeMessage, useFocusLater } from "./text-edit-form";

export type NumberedRecommendations = Extract<NumberedBlock, { type: "recommendations" }>;

interface DraftItem {
  /** The stored item's id; new items get one from the server. */
  id?: string;
  /** A key for React that stays with the item while it moves. */
  key: string;
  text: string;
}

/** A recommendations paragraph: its chapeau and lettered items as printed; editors rewrite it whole. */
export function RecommendationsView({ block, index, total }: { block: NumberedRecommendations; index: number; total: number }) {
  const t = useTranslations("reports.editor");
  const { canEdit, busy } = useEditor();
  const [editing, setEditing] = useState(false);
  const [editButtonRef, focusEditLater] = useFocusLater<HTMLButtonElement>();
  const name = t("paragraphName", { number: block.number });

  return (
    <article id={`block-${block.id}`} aria-label={name} data-block-id={block.id} className={`rounded border-s-4 py-1 ps-2 ${block.overridden ? "border-[#0b5cab]" : "border-transparent"}`}>
      <div className="grid grid-cols-[3rem_minmax(0,1fr)] font-serif text-[1.05rem] leading-relaxed">
        <span aria-hidden="true" className="text-end pe-3">
          {block.number}.
        </span>
        <div>
          <p>
            <span className="sr-only">{block.number}. </span>
            {block.chapeau}
          </p>
          <ol className="mt-1 space-y-1">
            {block.items.map((item, i) => (
              <li key={item.id} className="grid grid-cols-[2.5rem_minmax(0,1fr)]">
                <span>{block.letters[i]}</span>
                <span>{recommendationItemText(block.items, i)}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
      {block.overridden ? (
        <p className="ms-12 mt-1 text-xs">
          <span className="rounded bg-blue-100 px-2 py-0.5 font-semibold text-[#1a3a5c]">{t("edited")}</span>
        </p>
      ) : null}
      {canEdit && editing ? (
        <RecommendationsForm
          block={block}
          name={name}
          onDone={() => {
            setEditing(false);
            focusEditLater();
          }}
        />
      ) : null}
      {canEdit && !editing ? (
        <div className="ms-12">
          <BlockToolbar blockId={block.id} index={index} total={total} name={name} generated={block.origin !== "editor"}>
            <EditorButton ref={editButtonRef} variant="primary" disabled={busy} onClick={() => setEditing(true)}>
              {t("editRecommendations")}
              <span className="sr-only"> {name}</span>
            </EditorButton>
          </BlockToolbar>
        </div>
      ) : null}
    </article>
  );
}

function RecommendationsForm({ block, name, onDone }: { block: NumberedRecommendations; name: string; onDone: () => void }) {
  const t = useTranslations("reports.editor");
  const { run, busy } = useEditor();
  const id = useId();
  const counter = useRef(0);
  const [chapeau, setChapeau] = useState(block.chapeau);
  const [items, setItems] = useState<DraftItem[]>(() => block.items.map((item) => ({ id: item.id, key: item.id, text: item.text })));
  const [error, setError] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // After adding, removing or moving an item, focus goes to the first of the named controls that can
  // take it (a move button at the list's edge is disabled; the item's text then).
  const focusLater = (...keys: string[]) => {
    requestAnimationFrame(() => {
      for (const key of keys) {
        const target = form.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
        if (target && !(target instanceof HTMLButtonElement && target.disabled)) {
          target.focus();
          return;
        }
      }
    });
  };

  function moveItem(from: number, to: number) {
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(from, 1);
      next.splice(to, 0, item!);
      return next;
    });
    const key = items[from]!.key;
    focusLater(`move-${key}-${to < from ? "up" : "down"}`, `text-${key}`);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const outcome = await run(
      { op: "setRecommendations", blockId: block.id, chapeau, items: items.map((item) => ({ ...(item.id ? { id: item.id } : {}), text: item.text })) },
      (version) => t("status.saved", { name, version }),
    );
    if (outcome.ok) onDone();
    else setError(outcomeMessage(outcome, name, t("conflictKept")));
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="ms-12 mt-2 space-y-3 rounded border border-gray-300 bg-white p-3" aria-label={t("editRecommendationsOf", { name })}>
      <div>
        <label htmlFor={`${id}-chapeau`} className="block text-sm font-semibold">
          {t("chapeau")}
        </label>
        <textarea
          id={`${id}-chapeau`}
          data-focus-key="chapeau"
          autoFocus
          rows={3}
          value={chapeau}
          onChange={(e) => setChapeau(e.target.value)}
          className="block w-full rounded border border-gray-500 p-2 font-serif"
        />
      </div>
      <ol className="space-y-3">
        {items.map((item, i) => {
          const letter = `(${itemLetter(i)})`;
          return (
            <li key={item.key} className="rounded border border-gray-200 p-2">
              <label htmlFor={`${id}-${item.key}`} className="block text-sm font-semibold">
                {t("itemLabel", { letter })}
              </label>
              <textarea
                id={`${id}-${item.key}`}
                data-focus-key={`text-${item.key}`}
                rows={2}
                value={item.text}
                onChange={(e) => setItems((list) => list.map((x) => (x.key === item.key ? { ...x, text: e.target.value } : x)))}
                className="block w-full rounded border border-gray-500 p-2 font-serif"
              />
              <div className="mt-1 flex gap-1">
                <EditorButton data-focus-key={`move-${item.key}-up`} disabled={i === 0} onClick={() => moveItem(i, i - 1)}>
                  {t("moveUp")}
                  <span className="sr-only"> {t("itemName", { letter })}</span>
                </EditorButton>
                <EditorButton data-focus-key={`move-${item.key}-down`} disabled={i === items.length - 1} onClick={() => moveItem(i, i + 1)}>
                  {t("moveDown")}
                  <span className="sr-only"> {t("itemName", { letter })}</span>
                </EditorButton>
                <EditorButton
                  variant="danger"
                  disabled={items.length === 1}
                  onClick={() => {
                    setItems((list) => list.filter((x) => x.key !== item.key));
                    const neighbour = items[i + 1] ?? items[i - 1];
                    focusLater(neighbour ? `text-${neighbour.key}` : "chapeau");
                  }}
                >
                  {t("removeItem")}
                  <span className="sr-only"> {t("itemName", { letter })}</span>
                </EditorButton>
              </div>
            </li>
          );
        })}
      </ol>
      <EditorButton
        onClick={() => {
          const key = `new-${++counter.current}`;
          setItems((list) => [...list, { key, text: "" }]);
          focusLater(`text-${key}`);
        }}
      >
        {t("addItem")}
      </EditorButton>
      {error ? (
        <p role="alert" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={busy}>
          {t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

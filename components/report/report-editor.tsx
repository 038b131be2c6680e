"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ReportEditOpInput } from "@/lib/report/edit-ops";
import type { ReportView } from "@/lib/server/reports/types";
import { DownloadButtons } from "./download-buttons";
import { EditorButton } from "./editor-button";
import { EditorContext, type EditOutcome, type EditorApi, type EditReportAction, type RegenerateReportAction, type SelectedSources } from "./editor-context";
import { HeadingView } from "./heading-view";
import { Masthead } from "./masthead";
import { MetaForm } from "./meta-form";
import { ParagraphView, SENTENCE_HINT_ID } from "./paragraph-view";
import { RecommendationsView } from "./recommendations-view";
import { SourcesPanel, type SourcesSelection } from "./sources-panel";
import { SummaryView } from "./summary-view";
import { useFocusLater } from "./text-edit-form";

/**
 * The draft editor: the report as it will print, each generated sentence selectable for its sources,
 * and (for editors, on the current version) every edit. Each edit is sent with the version it was
 * made on; when someone else saved in between, the server refuses it (CONFLICT), the typed text stays
 * where it was, and the editor offers to reload the draft.
 */
export function ReportEditor({
  view,
  mayEdit,
  editAction,
  regenerateAction,
}: {
  view: ReportView;
  /** The user holds report:edit (the version on screen decides the rest). */
  mayEdit: boolean;
  editAction: EditReportAction;
  regenerateAction: RegenerateReportAction;
}) {
  const t = useTranslations("reports.editor");
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const [sending, setSending] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [selected, setSelected] = useState<SelectedSources | null>(null);
  const [editingMeta, setEditingMeta] = useState(false);
  const [showTools, setShowTools] = useState(true);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [metaButtonRef, focusMetaLater] = useFocusLater<HTMLButtonElement>();
  // The newest version this user saved: the next edit builds on it even before the page has refreshed.
  const lastSaved = useRef(0);

  const { report, version, document: doc, numbered, staleness } = view;
  const isCurrent = version.version === report.currentVersion;
  const editable = mayEdit && isCurrent;
  // The per-paragraph controls can be hidden to read the draft as it prints.
  const canEdit = editable && showTools;
  const busy = sending || refreshing || regenerating;
  const baseVersion = () => Math.max(version.version, lastSaved.current);
  const staleBlockIds = useMemo(() => new Set(staleness.staleBlockIds), [staleness.staleBlockIds]);
  const movable = numbered.blocks.length;

  async function run(edit: ReportEditOpInput, describe: (version: number) => string): Promise<EditOutcome> {
    setSending(true);
    setStatus(null);
    try {
      const result = await editAction({ reportId: report.id, baseVersion: baseVersion(), edit });
      if (result.ok) {
        lastSaved.current = result.data.version;
        setConflict(false);
        setStatus(describe(result.data.version));
        if (edit.op === "deleteBlock" || edit.op === "deleteFootnote") requestAnimationFrame(() => statusRef.current?.focus());
        startRefresh(() => router.refresh());
        return { ok: true, version: result.data.version };
      }
      if (result.error.code === "CONFLICT") {
        setConflict(true);
        return { ok: false, conflict: true, message: result.error.message };
      }
      return { ok: false, conflict: false, message: result.error.message, fieldErrors: result.error.fieldErrors };
    } finally {
      setSending(false);
    }
  }

  async function regenerate() {
    setRegenerating(true);
    setStatus(t("regenerating"));
    try {
      const result = await regenerateAction({ reportId: report.id, baseVersion: baseVersion() });
      if (result.ok) {
        lastSaved.current = result.data.version;
        setConflict(false);
        setStatus(t("regenerated", { version: result.data.version, summary: result.data.summary }));
        startRefresh(() => router.refresh());
      } else if (result.error.code === "CONFLICT") {
        setStatus(null);
        setConflict(true);
      } else {
        setStatus(t("regenerateFailed", { reason: result.error.message }));
      }
    } finally {
      setRegenerating(false);
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  }

  function reload() {
    setConflict(false);
    setStatus(t("reloaded"));
    startRefresh(() => router.refresh());
  }

  // A selection whose block is gone (deleted, or another version) is dropped.
  const selectedBlock = selected ? numbered.blocks.find((b) => b.id === selected.blockId) : undefined;
  const selection: SourcesSelection | null =
    selected && selectedBlock?.type === "paragraph"
      ? {
          blockName: t("paragraphName", { number: selectedBlock.number }),
          sentences: selected.sentence === null ? selectedBlock.sentences : selectedBlock.sentences.slice(selected.sentence, selected.sentence + 1),
          whole: selected.sentence === null,
          provisionalStateIds: selectedBlock.provisionalStateIds,
        }
      : null;
  const selectionKey = selection && selected ? `${selected.blockId}:${selected.sentence ?? "all"}` : null;

  function closeSources() {
    const was = selected;
    setSelected(null);
    if (!was) return;
    requestAnimationFrame(() => {
      const scope = document.querySelector(`[data-block-id="${CSS.escape(was.blockId)}"]`);
      const target = was.sentence === null ? scope?.querySelector<HTMLElement>("[aria-pressed]:not([data-sentence])") : scope?.querySelector<HTMLElement>(`[data-sentence="${was.sentence}"]`);
      target?.focus();
    });
  }

  const api: EditorApi = { cycleSlug: report.cycleSlug, canEdit, busy, run, selected, select: setSelected, staleBlockIds, shownVersion: version.version };
  const reportBase = `/cycles/${encodeURIComponent(report.cycleSlug)}/reports/${report.id}`;
  const unphrased = doc.generation.unphrased;
  const staleCount = numbered.blocks.filter((b) => b.type === "paragraph" && (b.stale || staleBlockIds.has(b.id))).length;

  return (
    <EditorContext.Provider value={api}>
      <div className="space-y-4">
        {!isCurrent ? (
          <Alert tone="info">
            {t("oldVersion", { version: version.version, current: report.currentVersion })} <Link href={reportBase}>{t("openCurrent")}</Link>
          </Alert>
        ) : null}
        {conflict ? (
          <div role="alert" className="rounded border-s-4 border-red-700 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-semibold">{t("conflictBanner")}</p>
            <Button type="button" variant="secondary" className="mt-2" onClick={reload}>
              {t("reload")}
            </Button>
          </div>
        ) : null}
        {staleness.changedStates.length || staleness.newStates.length ? (
          <div role="status" className="rounded border-s-4 border-amber-500 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold">{t("staleBanner", { count: staleCount })}</p>
            {staleness.changedStates.length ? <p>{t("changedStates", { names: staleness.changedStates.map((s) => s.name).join(", ") })}</p> : null}
            {staleness.newStates.length ? <p>{t("newStates", { names: staleness.newStates.map((s) => s.name).join(", ") })}</p> : null}
          </div>
        ) : null}

        <div className="flex flex-wrap items-start justify-between gap-4 rounded border border-gray-300 bg-white p-3">
          <div className="flex flex-wrap gap-2">
            {editable ? (
              <>
                <Button type="button" disabled={busy} onClick={regenerate}>
                  {regenerating ? t("regeneratingButton") : t("regenerate")}
                </Button>
                <EditorButton ref={metaButtonRef} size="md" disabled={busy || editingMeta} onClick={() => setEditingMeta(true)}>
                  {t("editMeta")}
                </EditorButton>
              </>
            ) : null}
            <Button asChild variant="secondary">
              <Link href={`${reportBase}/versions`}>{t("versionsLink")}</Link>
            </Button>
          </div>
          <DownloadButtons reportId={report.id} version={version.version} symbol={doc.meta.symbol} />
        </div>
        <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="min-h-6 text-sm font-semibold text-[#1a3a5c]" data-testid="editor-status">
          {status ?? ""}
        </p>

        {editable ? (
          <div className="flex items-center gap-2 text-sm">
            <input id="report-show-tools" type="checkbox" className="h-5 w-5" checked={showTools} onChange={(e) => setShowTools(e.target.checked)} />
            <label htmlFor="report-show-tools">{t("showTools")}</label>
          </div>
        ) : null}

        {editingMeta && editable ? (
          <MetaForm
            meta={doc.meta}
            onDone={() => {
              setEditingMeta(false);
              focusMetaLater();
            }}
          />
        ) : null}

        {unphrased.length ? (
          <details className="rounded border border-gray-300 bg-white p-3 text-sm">
            <summary className="cursor-pointer font-semibold">{t("unphrasedSummary", { count: unphrased.length })}</summary>
            <p className="mt-1 text-gray-700">{t("unphrasedIntro")}</p>
            <p className="mt-1 font-mono">{unphrased.join(", ")}</p>
          </details>
        ) : null}

        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-2">
            <Masthead meta={doc.meta} />
            {numbered.summary ? <SummaryView summary={numbered.summary} /> : null}
            <p id={SENTENCE_HINT_ID} className="text-sm text-gray-700">
              {t("sentenceHint")}
            </p>
            <div className="space-y-3 rounded border border-gray-300 bg-white p-4" aria-label={t("bodyLabel")} role="region">
              {numbered.blocks.length === 0 ? <p>{t("emptyBody")}</p> : null}
              {numbered.blocks.map((block, index) =>
                block.type === "heading" ? (
                  <HeadingView key={block.id} block={block} index={index} total={movable} />
                ) : block.type === "paragraph" ? (
                  <ParagraphView key={block.id} block={block} index={index} total={movable} />
                ) : (
                  <RecommendationsView key={block.id} block={block} index={index} total={movable} />
                ),
              )}
            </div>
          </div>
          <SourcesPanel cycleSlug={report.cycleSlug} selection={selection} focusKey={selectionKey} replies={doc.generation.replies} onClose={closeSources} />
        </div>
      </div>
    </EditorContext.Provider>
  );
}

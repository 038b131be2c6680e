"use client";

import { createContext, useContext } from "react";
import type { ActionResult } from "@/lib/actions/types";
import type { ReportEditOpInput } from "@/lib/report/edit-ops";
import type { TEditReportInput, TRegenerateReportInput } from "@/lib/server/reports/types";

export type ReportChangeResult = ActionResult<{ version: number; summary: string }>;
export type EditReportAction = (input: TEditReportInput) => Promise<ReportChangeResult>;
export type RegenerateReportAction = (input: TRegenerateReportInput) => Promise<ReportChangeResult>;

/** What one edit came to, for the form that sent it: on failure it keeps the typed text and shows why. */
export type EditOutcome = { ok: true; version: number } | { ok: false; conflict: boolean; message: string; fieldErrors?: Record<string, string[]> };

/** A sentence (index) of a block, or the whole block's sources (null) when its text was rewritten. */
export interface SelectedSources {
  blockId: string;
  sentence: number | null;
}

export interface EditorApi {
  cycleSlug: string;
  /** The user may edit and is looking at the current version. */
  canEdit: boolean;
  /** An edit is on its way: other edit buttons wait. */
  busy: boolean;
  /** Sends one edit operation against the version on screen (or the user's own newer one). */
  run: (edit: ReportEditOpInput, describe: (version: number) => string) => Promise<EditOutcome>;
  selected: SelectedSources | null;
  select: (selection: SelectedSources) => void;
  /** Blocks whose sources changed since generation. */
  staleBlockIds: ReadonlySet<string>;
  /** The report's version number on screen (changes after each refresh). */
  shownVersion: number;
}

export const EditorContext = createContext<EditorApi | null>(null);

export function useEditor(): EditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error("useEditor outside the report editor");
  return api;
}

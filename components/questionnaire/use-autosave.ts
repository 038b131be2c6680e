"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/types";
import type { FieldErrors } from "@/lib/errors";

type AnswerValue = Record<string, unknown>;

export interface ServerAnswer {
  value: AnswerValue;
  version: number;
}

export interface Conflict {
  mine: AnswerValue;
  theirs: { value: AnswerValue | null; version: number; updatedByName: string | null; updatedAt: Date | string | null };
}

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "offline" }
  | { kind: "error"; message: string };

type SaveResult = ActionResult<{
  saved: { questionId: string; version: number }[];
  conflicts: { questionId: string; current: Conflict["theirs"] }[];
}>;

export type SaveAction = (input: {
  submissionId: string;
  changes: { questionId: string; value: AnswerValue; baseVersion: number }[];
}) => Promise<SaveResult>;

interface Pending {
  value: AnswerValue;
  /** The server version the edit was made on top of. */
  baseVersion: number;
}

/** Delay after the last keystroke before an autosave is sent. */
const DEBOUNCE_MS = 800;
/** While offline, how often a resend is tried (besides the browser's "online" event). */
const RETRY_MS = 5_000;

const storageKey = (submissionId: string) => `rapporteur.pending.${submissionId}`;

function readStored(submissionId: string): Record<string, Pending> {
  try {
    const raw = window.localStorage.getItem(storageKey(submissionId));
    return raw ? (JSON.parse(raw) as Record<string, Pending>) : {};
  } catch {
    return {};
  }
}

/**
 * Autosave for one submission. Every edit is written to localStorage at once (a closed tab, a
 * reload or a dropped connection loses nothing) and sent shortly after typing stops, on blur, and
 * when the connection returns. Each change carries the version it was based on; a colleague's newer
 * save comes back as a conflict for the user to settle, never as a silent overwrite.
 */
export function useAutosave(opts: {
  submissionId: string;
  initial: Record<string, ServerAnswer>;
  save: SaveAction;
  /** Client-side check with the same draft schema as the server; null when the answer is valid. */
  validate: (questionId: string, value: AnswerValue) => FieldErrors | null;
  disabled?: boolean;
}) {
  const { submissionId, save, validate, disabled } = opts;
  const [values, setValues] = useState<Record<string, AnswerValue>>(() =>
    Object.fromEntries(Object.entries(opts.initial).map(([id, a]) => [id, a.value])),
  );
  const versions = useRef<Record<string, number>>(Object.fromEntries(Object.entries(opts.initial).map(([id, a]) => [id, a.version])));
  const pending = useRef<Record<string, Pending>>({});
  const [pendingCount, setPendingCount] = useState(0);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [conflicts, setConflicts] = useState<Record<string, Conflict>>({});
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Questions whose local answer is invalid: kept in the browser, not sent until corrected. */
  const invalid = useRef(new Set<string>());

  /** Lets a finished save start the next one (edits made while it was in flight). */
  const flushRef = useRef<(() => Promise<void>) | null>(null);

  const persist = useCallback(() => {
    const entries = pending.current;
    setPendingCount(Object.keys(entries).length);
    try {
      if (Object.keys(entries).length) window.localStorage.setItem(storageKey(submissionId), JSON.stringify(entries));
      else window.localStorage.removeItem(storageKey(submissionId));
    } catch {
      // Storage full or disabled: the edit is still in memory and will be sent.
    }
  }, [submissionId]);

  const flush = useCallback(async () => {
    if (disabled) return;
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const batch = Object.entries(pending.current).filter(([questionId]) => !invalid.current.has(questionId));
    if (batch.length === 0) return;
    inFlight.current = true;
    setStatus({ kind: "saving" });
    let result: SaveResult;
    try {
      result = await save({ submissionId, changes: batch.map(([questionId, p]) => ({ questionId, value: p.value, baseVersion: p.baseVersion })) });
    } catch {
      // The request did not reach the server (offline, server restarting): keep everything for later.
      inFlight.current = false;
      setStatus({ kind: "offline" });
      return;
    }
    inFlight.current = false;
    if (!result.ok && result.error.code === "UNAVAILABLE") {
      // The server is up but its database is not (restart, failover): the same as offline for the
      // person typing — everything is kept and resent.
      setStatus({ kind: "offline" });
      return;
    }
    if (!result.ok) {
      if (result.error.fieldErrors) setErrors((e) => ({ ...e, ...result.error.fieldErrors }));
      setStatus({ kind: "error", message: result.error.message });
      return;
    }
    const sent = new Map(batch);
    for (const s of result.data.saved) {
      versions.current[s.questionId] = s.version;
      const now = pending.current[s.questionId];
      if (now && now.value === sent.get(s.questionId)?.value) delete pending.current[s.questionId];
      else if (now) now.baseVersion = s.version; // edited again while saving: next save builds on this one
    }
    if (result.data.conflicts.length) {
      const found: Record<string, Conflict> = {};
      for (const c of result.data.conflicts) {
        const mine = pending.current[c.questionId]?.value ?? sent.get(c.questionId)?.value ?? {};
        found[c.questionId] = { mine, theirs: c.current };
        delete pending.current[c.questionId];
      }
      setConflicts((all) => ({ ...all, ...found }));
    }
    persist();
    setStatus({ kind: "saved", at: new Date() });
    if (again.current) {
      again.current = false;
      void flushRef.current?.();
    }
  }, [disabled, persist, save, submissionId]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  const edit = useCallback(
    (questionId: string, value: AnswerValue) => {
      setValues((all) => ({ ...all, [questionId]: value }));
      const problems = validate(questionId, value);
      setErrors((all) => {
        const next = Object.fromEntries(Object.entries(all).filter(([k]) => k !== questionId && !k.startsWith(`${questionId}.`)));
        return problems ? { ...next, ...problems } : next;
      });
      const baseVersion = pending.current[questionId]?.baseVersion ?? versions.current[questionId] ?? 0;
      pending.current[questionId] = { value, baseVersion };
      persist();
      if (problems) {
        invalid.current.add(questionId);
        return; // kept in the browser until it is valid; nothing invalid is sent
      }
      invalid.current.delete(questionId);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, persist, validate],
  );

  const resolveConflict = useCallback(
    (questionId: string, keep: "mine" | "theirs") => {
      const conflict = conflicts[questionId];
      if (!conflict) return;
      versions.current[questionId] = conflict.theirs.version;
      setConflicts(({ [questionId]: _settled, ...rest }) => rest);
      if (keep === "theirs") {
        setValues((all) => ({ ...all, [questionId]: conflict.theirs.value ?? {} }));
        return;
      }
      setValues((all) => ({ ...all, [questionId]: conflict.mine }));
      pending.current[questionId] = { value: conflict.mine, baseVersion: conflict.theirs.version };
      persist();
      void flush();
    },
    [conflicts, flush, persist],
  );

  /**
   * Adopts a FILE field's list as the server stored it after an upload or a removal (which bump the
   * answer's version): later saves build on that version, and an edit of the question that waits
   * keeps its other fields and takes the server's list.
   */
  const adoptServerField = useCallback(
    (change: { questionId: string; fieldKey: string; ids: string[]; version: number }) => {
      const { questionId, fieldKey, ids, version } = change;
      versions.current[questionId] = version;
      setValues((all) => ({ ...all, [questionId]: { ...(all[questionId] ?? {}), [fieldKey]: ids } }));
      const waiting = pending.current[questionId];
      if (waiting) {
        pending.current[questionId] = { value: { ...waiting.value, [fieldKey]: ids }, baseVersion: version };
        persist();
      }
    },
    [persist],
  );

  // Restore edits the browser kept (reload, closed tab, lost connection) and send them.
  // (After the first render, so the server-rendered page and the browser agree while hydrating.)
  useEffect(() => {
    let cancelled = false;
    void Promise.resolve().then(() => {
      if (cancelled) return;
      const stored = readStored(submissionId);
      if (Object.keys(stored).length === 0) return;
      if (disabled) {
        // The reply was submitted or the cycle closed meanwhile: these edits can no longer apply.
        window.localStorage.removeItem(storageKey(submissionId));
        return;
      }
      pending.current = { ...stored, ...pending.current };
      setValues((all) => ({ ...all, ...Object.fromEntries(Object.entries(stored).map(([id, p]) => [id, p.value])) }));
      persist();
      void flush();
    });
    return () => {
      cancelled = true;
    };
  }, [submissionId, flush, persist, disabled]);

  // Resend when the connection returns, and every few seconds while edits wait.
  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    const interval = setInterval(() => {
      const waiting = Object.keys(pending.current).some((id) => !invalid.current.has(id));
      if (waiting && !inFlight.current) void flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      clearInterval(interval);
    };
  }, [flush]);

  return { values, edit, flush, status, errors, conflicts, resolveConflict, pendingCount, adoptServerField };
}

"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * What the questionnaire page can tell FILE fields. Optional: without it a FILE field finds its
 * submission from the cycle in the URL and does not touch the form's answer (see FileField).
 */
export interface AttachmentSync {
  submissionId: string;
  /**
   * Called with a question's answer as the server stored it after an upload or a removal (the
   * attachment ids and the new version), so the autosave adopts it instead of later sending an
   * older value based on an older version.
   */
  onServerAnswer: (questionId: string, value: Record<string, unknown>, version: number) => void;
}

const AttachmentSyncContext = createContext<AttachmentSync | null>(null);

export function AttachmentSyncProvider({ value, children }: { value: AttachmentSync; children: ReactNode }) {
  return <AttachmentSyncContext.Provider value={value}>{children}</AttachmentSyncContext.Provider>;
}

export function useAttachmentSync(): AttachmentSync | null {
  return useContext(AttachmentSyncContext);
}

"use client";

import { createContext, useContext, type ReactNode } from "react";

/**
 * What the questionnaire page can tell FILE fields. Optional: without it a FILE field finds its
 * submission from the cycle in the URL and does not touch the form's answer (see FileField).
 */
export interface AttachmentSync {
  submissionId: string;
  /**
   * Called after an upload or a removal with the FILE field's list of attachment ids as the server
   * stored it and the answer's new version, so the autosave adopts both (keeping any other edit of
   * the question that waits to be sent) instead of later sending an older list on an older version.
   */
  onServerAnswer: (change: { questionId: string; fieldKey: string; ids: string[]; version: number }) => void;
}

const AttachmentSyncContext = createContext<AttachmentSync | null>(null);

export function AttachmentSyncProvider({ value, children }: { value: AttachmentSync; children: ReactNode }) {
  return <AttachmentSyncContext.Provider value={value}>{children}</AttachmentSyncContext.Provider>;
}

export function useAttachmentSync(): AttachmentSync | null {
  return useContext(AttachmentSyncContext);
}

"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";

/** The autosave state, announced politely to screen readers. */
export function SaveStatusLine({ status, pendingCount }: { status: SaveStatus; pendingCount: number }) {
  const t = useTranslations("questionnaire");
  const format = useFormatter();
  let text: string;
  switch (status.kind) {
    case "saving":
      text = t("saving");
      break;
    case "saved":
      text = pendingCount > 0 ? t("unsaved", { count: pendingCount }) : t("savedAt", { time: format.dateTime(status.at, { timeStyle: "short" }) });
      break;
    case "offline":
      text = t("offline");
      break;
    case "error":
      text = t("notSaved", { message: status.message });
      break;
    default:
      text = pendingCount > 0 ? t("unsaved", { count: pendingCount }) : t("allSaved");
  }
  const tone = status.kind === "offline" || status.kind === "error" ? "border-amber-700 bg-amber-50" : "border-gray-300 bg-white";
  return (
    <p role="status" aria-live="polite" data-testid="save-status" className={`rounded border px-3 py-2 text-sm ${tone}`}>
      {text}
    </p>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ReportFormat } from "@/lib/server/reports/types";

const EXTENSION: Record<ReportFormat, string> = { pdf: "pdf", docx: "docx", json: "json" };

/** The file name the server gave (Content-Disposition), else one made from the symbol. */
export function fileNameFrom(disposition: string | null, symbol: string, format: ReportFormat): string {
  const star = disposition ? /filename\*\s*=\s*(?:UTF-8'[^']*')?([^;]+)/i.exec(disposition) : null;
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  const plain = disposition ? /filename\s*=\s*"?([^";]+)"?/i.exec(disposition) : null;
  if (plain?.[1]) return plain[1].trim();
  return `${symbol.replace(/[^A-Za-z0-9.-]+/g, "-").replace(/^-+|-+$/g, "") || "report"}.${EXTENSION[format]}`;
}

/**
 * Downloads of the version on screen. The file is fetched first (rendering a PDF takes a moment), with
 * a live status while it is prepared, then saved under the server's file name; a failure says why.
 */
export function DownloadButtons({ reportId, version, symbol }: { reportId: string; version: number; symbol: string }) {
  const t = useTranslations("reports.download");
  const [preparing, setPreparing] = useState<ReportFormat | null>(null);
  const [status, setStatus] = useState<{ tone: "info" | "error"; text: string } | null>(null);

  async function download(format: ReportFormat) {
    setPreparing(format);
    setStatus({ tone: "info", text: t(`preparing.${format}`) });
    try {
      const response = await fetch(`/api/reports/${encodeURIComponent(reportId)}/export?format=${format}&version=${version}`, { credentials: "same-origin" });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string }; message?: string } | null;
        setStatus({ tone: "error", text: t("failed", { reason: body?.error?.message ?? body?.message ?? response.statusText ?? String(response.status) }) });
        return;
      }
      const blob = await response.blob();
      const name = fileNameFrom(response.headers.get("Content-Disposition"), symbol, format);
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the file once the click is handled; the object URL can go after that.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ tone: "info", text: t("ready", { name }) });
    } catch {
      setStatus({ tone: "error", text: t("failed", { reason: t("network") }) });
    } finally {
      setPreparing(null);
    }
  }

  return (
    <div>
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("label")}>
        {(["pdf", "docx", "json"] as const).map((format) => (
          <Button key={format} type="button" variant={format === "pdf" ? "primary" : "secondary"} disabled={preparing !== null} onClick={() => download(format)}>
            {t(`button.${format}`)}
          </Button>
        ))}
      </div>
      <p role="status" aria-live="polite" className={`mt-1 min-h-5 text-sm ${status?.tone === "error" ? "font-semibold text-red-800" : "text-gray-700"}`} data-testid="download-status">
        {status?.text ?? ""}
      </p>
    </div>
  );
}

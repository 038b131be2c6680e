import { neutraliseValue } from "@/lib/exchange/neutralise";
import type { DashboardStatus } from "./status";

/**
 * The dashboard table as spreadsheet cells (header first), every string cell neutralised against
 * formula injection. Labels come from the caller (the catalogue), so this stays pure.
 */

export interface ExportRow {
  memberStateId: string;
  name: string;
  observer: boolean;
  regionalGroup: string | null;
  status: DashboardStatus;
  percentComplete: number | null;
  submittedVersion: number | null;
  lastActivity: Date | null;
  channel: string | null;
}

export interface ExportLabels {
  header: { state: string; code: string; observer: string; group: string; status: string; percent: string; version: string; lastActivity: string; channel: string };
  yes: string;
  no: string;
  group: (code: string) => string;
  status: (status: DashboardStatus) => string;
  channel: (channel: string) => string;
}

export type Cell = string | number | null;

export function dashboardExportCells(rows: readonly ExportRow[], labels: ExportLabels): Cell[][] {
  const h = labels.header;
  const header: Cell[] = [h.state, h.code, h.observer, h.group, h.status, h.percent, h.version, h.lastActivity, h.channel];
  const body = rows.map((r): Cell[] => [
    r.name,
    r.memberStateId,
    r.observer ? labels.yes : labels.no,
    r.regionalGroup ? labels.group(r.regionalGroup) : "",
    labels.status(r.status),
    r.percentComplete,
    r.submittedVersion,
    r.lastActivity ? r.lastActivity.toISOString() : "",
    r.channel ? labels.channel(r.channel) : "",
  ]);
  return [header, ...body].map((row) => row.map((cell) => neutraliseValue(cell)));
}

/** The export's labels from the "dashboard" catalogue namespace (a translator taking keys within it). */
export function exportLabelsFrom(t: (key: string) => string): ExportLabels {
  return {
    header: {
      state: t("table.state"),
      code: t("table.code"),
      observer: t("table.observer"),
      group: t("table.group"),
      status: t("table.status"),
      percent: t("table.percent"),
      version: t("table.version"),
      lastActivity: t("table.lastActivity"),
      channel: t("table.channel"),
    },
    yes: t("yes"),
    no: t("no"),
    group: (code) => t(`groups.${code}`),
    status: (status) => t(`statuses.${status}`),
    channel: (channel) => t(`channels.${channel}`),
  };
}

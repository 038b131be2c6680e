import { z } from "zod";
import { AGENDA_LIST_TYPES, NAMING_POLICIES, type NumberedDocument, type ReportDocument } from "@/lib/report/document";
import { ZReportEditOp, type ReportComparison } from "@/lib/report/edit-ops";

/**
 * The contract between the report pages and the server functions of `lib/server/reports/`. One zod
 * schema per input, used by the form (resolver) and by the server.
 */

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)");
const optionalLine = z
  .string()
  .trim()
  .max(300, "is longer than 300 characters")
  .optional()
  .transform((v) => (v === "" ? undefined : v));

export const ZCreateReportInput = z.object({
  cycleSlug: z.string().min(1),
  /** "sc-conflict" | "ga-coordination" | "ga-women-girls" (lib/report/templates). */
  templateId: z.string().min(1, "is required"),
  symbol: z.string().trim().min(1, "is required").max(40, "is longer than 40 characters"),
  date: ZIsoDate,
  /** Defaults to the template's title for the cycle. */
  title: optionalLine,
  naming: z.enum(NAMING_POLICIES),
  includeSubmitted: z.boolean().default(false),
  jobNumber: optionalLine,
  /** General Assembly only (required there): "Eighty-first session", the agenda item. */
  session: optionalLine,
  agendaItemNumber: z.coerce.number().int("must be a whole number").positive("must be positive").optional(),
  agendaListType: z.enum(AGENDA_LIST_TYPES).optional(),
  agendaListSymbol: optionalLine,
  agendaItemTitle: optionalLine,
});
export type TCreateReportInput = z.input<typeof ZCreateReportInput>;

export const ZReportRef = z.object({ reportId: z.uuid("is not a report id") });

export const ZRegenerateReportInput = ZReportRef.extend({ baseVersion: z.number().int().positive() });
export type TRegenerateReportInput = z.input<typeof ZRegenerateReportInput>;

export const ZEditReportInput = ZReportRef.extend({ baseVersion: z.number().int().positive(), edit: ZReportEditOp });
export type TEditReportInput = z.input<typeof ZEditReportInput>;

export const ZCompareReportInput = ZReportRef.extend({ from: z.number().int().positive(), to: z.number().int().positive() });
export type TCompareReportInput = z.input<typeof ZCompareReportInput>;

export const REPORT_FORMATS = ["pdf", "docx", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportListItem {
  id: string;
  title: string;
  family: "SC" | "GA";
  templateId: string;
  currentVersion: number;
  updatedAt: Date;
}

export interface ReportVersionInfo {
  version: number;
  kind: "GENERATED" | "REGENERATED" | "EDITED";
  summary: string;
  createdAt: Date;
  createdByName: string | null;
}

/** What changed in the replies since the version was generated (lib/report/stale.ts). */
export interface ReportStaleness {
  /** Blocks whose supporting replies changed (a newer snapshot, or no longer counted). */
  staleBlockIds: string[];
  /** States whose reply the draft used and which changed or dropped out. */
  changedStates: { stateId: string; name: string }[];
  /** States with a reply that counts now but that the draft did not use. */
  newStates: { stateId: string; name: string }[];
}

export interface ReportView {
  report: { id: string; cycleSlug: string; cycleTitle: string; title: string; currentVersion: number };
  version: ReportVersionInfo;
  document: ReportDocument;
  numbered: NumberedDocument;
  staleness: ReportStaleness;
}

export type { ReportComparison };

import { z } from "zod";
import { isIsoDate } from "@/lib/questionnaire/values";

export const EXPORT_FORMATS = ["xlsx", "csv", "json", "template"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const ZSlug = z.string().trim().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" });

export const ZExportInput = z.object({
  slug: ZSlug,
  /** "template" is the blank XLSX workbook to fill in and import. */
  format: z.enum(EXPORT_FORMATS, { error: "validation.invalid" }),
});
export type TExportInput = z.infer<typeof ZExportInput>;

/** Largest import file accepted (bytes). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export const ZImportInput = z.object({
  slug: ZSlug,
  /** How the reply reached the secretariat; a JSON reply or the template's "Replies" sheet may override it per State. */
  channel: z.enum(["NOTE_VERBALE", "EMAIL", "ONLINE"], { error: "validation.required" }),
  /** The day it was received (YYYY-MM-DD); may be overridden per State like the channel. */
  receivedOn: z.string().refine(isIsoDate, { error: "validation.date" }),
  fileName: z.string().trim().min(1, { error: "validation.required" }).max(255, { error: "validation.tooLong" }),
  /** The file's bytes, base64-encoded. */
  contentBase64: z
    .string()
    .min(1, { error: "validation.required" })
    .max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4, { error: "validation.tooLong" }),
});
export type TImportInput = z.infer<typeof ZImportInput>;

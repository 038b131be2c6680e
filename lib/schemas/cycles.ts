import { z } from "zod";
import { plainText } from "@/lib/text/plain-text";

// Messages are catalogue keys (validation.* or cycles.validation.*), translated where they are shown.

export const CYCLE_ORGANS = ["SC", "GA"] as const;
export const CYCLE_STATUSES = ["DRAFT", "OPEN", "CLOSED"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** Lowercase letters, digits and single hyphens, starting with a letter (e.g. "sc-2026"). */
export const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * A United Nations document symbol of a report: the organ's series (S/, A/, E/ and their
 * subsidiary series, e.g. A/HRC/), the year or session, then the document number, with optional
 * further parts (A/81/123, S/2026/123, A/HRC/59/12, A/81/123/Add.1, A/81/123/Corr.1).
 */
export const REPORT_SYMBOL_PATTERN = /^(?:S|A|E)(?:\/[A-Z][A-Z.]*)?\/(?:\d{2}|\d{4})\/\d{1,5}(?:\/(?:Add|Corr|Rev)\.\d{1,3})*$/;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const ZRequiredText = (max: number) =>
  z.string({ error: "validation.required" }).overwrite(plainText).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

const ZDate = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .refine(isRealDate, { error: "validation.date" });

/** "14, 3" (the form) or [14, 3] (already parsed): distinct positive whole numbers of days, largest first. */
const ZReminderDays = z
  .union([z.string(), z.array(z.number())], { error: "cycles.validation.reminderDays" })
  .transform((value, ctx) => {
    const parts = typeof value === "string" ? value.split(/[\s,;]+/).filter(Boolean) : value.map(String);
    const days: number[] = [];
    for (const part of parts) {
      if (!/^\d{1,3}$/.test(part) || Number(part) < 1 || Number(part) > 365) {
        ctx.addIssue({ code: "custom", message: "cycles.validation.reminderDays" });
        return z.NEVER;
      }
      days.push(Number(part));
    }
    if (new Set(days).size !== days.length) {
      ctx.addIssue({ code: "custom", message: "cycles.validation.reminderDaysDuplicate" });
      return z.NEVER;
    }
    if (days.length > 10) {
      ctx.addIssue({ code: "custom", message: "cycles.validation.reminderDaysTooMany" });
      return z.NEVER;
    }
    return days.sort((a, b) => b - a);
  });

/**
 * A reporting cycle as the form edits it, shared by the browser and the server. On update the slug
 * names the cycle and cannot change.
 */
export const ZCycleInput = z
  .object({
    slug: z
      .string({ error: "validation.required" })
      .trim()
      .min(1, { error: "validation.required" })
      .max(60, { error: "validation.tooLong" })
      .regex(SLUG_PATTERN, { error: "cycles.validation.slug" }),
    title: ZRequiredText(300),
    organ: z.enum(CYCLE_ORGANS, { error: "cycles.validation.organ" }),
    mandate: ZRequiredText(500),
    periodFrom: ZDate,
    periodTo: ZDate,
    questionnaireVersionId: z.uuid({ error: "cycles.validation.questionnaireVersion" }),
    modules: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { error: "cycles.validation.module" })).max(20).default([]),
    opensOn: ZDate,
    deadline: ZDate,
    cutOff: ZDate,
    reportSymbol: z
      .string()
      .trim()
      .max(60, { error: "validation.tooLong" })
      .refine((v) => v === "" || REPORT_SYMBOL_PATTERN.test(v), { error: "cycles.validation.reportSymbol" })
      .optional()
      .transform((v) => v ?? ""),
    reminderDays: ZReminderDays,
  })
  .superRefine((v, ctx) => {
    // Compared only when both dates are real (otherwise the date's own error is enough).
    const ordered = (a: string, b: string) => !isRealDate(a) || !isRealDate(b) || a <= b;
    if (!ordered(v.periodFrom, v.periodTo)) ctx.addIssue({ code: "custom", path: ["periodTo"], message: "cycles.validation.periodOrder" });
    if (!ordered(v.opensOn, v.deadline)) ctx.addIssue({ code: "custom", path: ["deadline"], message: "cycles.validation.deadlineBeforeOpens" });
    if (!ordered(v.deadline, v.cutOff)) ctx.addIssue({ code: "custom", path: ["cutOff"], message: "cycles.validation.cutOffBeforeDeadline" });
  });
export type TCycleInput = z.input<typeof ZCycleInput>;
export type TCycleData = z.output<typeof ZCycleInput>;

/** The fields of the form, in order (server errors are put back on these). */
export const CYCLE_FIELDS = [
  "slug",
  "title",
  "organ",
  "mandate",
  "periodFrom",
  "periodTo",
  "questionnaireVersionId",
  "modules",
  "opensOn",
  "deadline",
  "cutOff",
  "reportSymbol",
  "reminderDays",
] as const;

export const ZCycleSlugInput = z.object({
  slug: z.string().trim().min(1, { error: "validation.required" }).max(60).regex(SLUG_PATTERN, { error: "cycles.validation.slug" }),
});
export type TCycleSlugInput = z.infer<typeof ZCycleSlugInput>;

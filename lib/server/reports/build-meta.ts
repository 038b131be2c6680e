import "server-only";
import { AppError } from "@/lib/errors";
import { ZReportMeta, type ReportMeta } from "@/lib/report/document";
import { getReportTemplate } from "@/lib/report/templates";
import { toFieldErrors } from "@/lib/schemas/parse";
import type { ReportingCycle } from "@/lib/server/cycles/get-cycle-for-secretariat";
import type { ZCreateReportInput } from "./types";
import type { z } from "zod";

const ORGANS = { SC: "Security Council", GA: "General Assembly" } as const;

/** Field names of the form for the paths of ZReportMeta, so that an error lands on the field the user filled. */
const FORM_FIELD: Record<string, string> = {
  agendaItem: "agendaItemNumber",
  "agendaItem.number": "agendaItemNumber",
  "agendaItem.listType": "agendaListType",
  "agendaItem.listSymbol": "agendaListSymbol",
  "agendaItem.title": "agendaItemTitle",
};

/** The masthead and choices of a new draft from the form, checked against the template's family. */
export function buildReportMeta(input: z.output<typeof ZCreateReportInput>, cycle: ReportingCycle): ReportMeta {
  let template;
  try {
    template = getReportTemplate(input.templateId);
  } catch {
    throw new AppError("VALIDATION", "Choose one of the report templates.", { templateId: ["is not a known template"] });
  }
  const family = template.family;
  const agendaGiven = input.agendaItemNumber !== undefined || input.agendaListSymbol || input.agendaItemTitle;
  const candidate = {
    family,
    templateId: template.id,
    symbol: input.symbol,
    organ: ORGANS[family],
    distribution: "General",
    date: input.date,
    originalLanguage: "English",
    session: family === "GA" ? input.session : undefined,
    agendaItem:
      family === "GA" && agendaGiven
        ? { number: input.agendaItemNumber, listType: input.agendaListType ?? "provisional agenda", listSymbol: input.agendaListSymbol, title: input.agendaItemTitle }
        : undefined,
    title: input.title ?? template.defaultTitle({ mandate: cycle.mandate, title: cycle.title }),
    subtitle: template.defaultSubtitle,
    jobNumber: input.jobNumber,
    naming: input.naming,
    includeSubmitted: input.includeSubmitted,
    cutOff: cycle.cutOff,
  };
  const parsed = ZReportMeta.safeParse(candidate);
  if (!parsed.success) {
    const errors = toFieldErrors(parsed.error);
    const fieldErrors: Record<string, string[]> = {};
    for (const [path, messages] of Object.entries(errors)) (fieldErrors[FORM_FIELD[path] ?? path] ??= []).push(...messages);
    throw new AppError("VALIDATION", undefined, fieldErrors);
  }
  return parsed.data;
}

import { GA_COORDINATION_TEMPLATE } from "./ga-coordination";
import { GA_WOMEN_GIRLS_TEMPLATE } from "./ga-women-girls";
import { SC_CONFLICT_TEMPLATE } from "./sc-conflict";
import { defineTemplate, ReportGenerationError, type ReportTemplate } from "./template";

export { defineTemplate, templateIssues, ZReportTemplate, type ReportTemplate, type ReportTemplateData, type ReportTemplateInput } from "./template";

/** The shipped templates (BRIEF Appendix A.1–A.3), validated when the module loads. */
export const REPORT_TEMPLATES: readonly ReportTemplate[] = [SC_CONFLICT_TEMPLATE, GA_COORDINATION_TEMPLATE, GA_WOMEN_GIRLS_TEMPLATE].map((t) => defineTemplate(t));

/** The shipped template with this id; throws ReportGenerationError("UNKNOWN_TEMPLATE") otherwise. */
export function getReportTemplate(id: string): ReportTemplate {
  const template = REPORT_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new ReportGenerationError("UNKNOWN_TEMPLATE", `Unknown report template "${id}" (known: ${REPORT_TEMPLATES.map((t) => t.id).join(", ")}).`);
  return template;
}

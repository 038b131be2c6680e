import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { NAMING_POLICIES, type ReportDocument } from "@/lib/report/document";
import { generateReport } from "@/lib/report/generate";
import { REPORT_TEMPLATES } from "@/lib/report/templates";
import { assertCan } from "@/lib/server/authorize";
import { getCycleForSecretariat } from "@/lib/server/cycles/get-cycle-for-secretariat";
import { buildReportMeta } from "./build-meta";
import { generationInput, loadReportInputs } from "./load-report-inputs";
import { renderDocumentAs } from "./render-report-file";
import { asAppError } from "./report-store";
import { REPORT_FORMATS, ZCreateReportInput, type ReportFormat } from "./types";

export interface GenerateReportFileOptions {
  actor: Actor | null;
  cycleSlug: string;
  format: string;
  naming?: string;
  templateId?: string;
  symbol?: string;
  date?: string;
  includeSubmitted?: boolean;
  now?: Date;
}

/**
 * The command line's `report`: a draft generated from the cycle's replies now and rendered at once,
 * without storing a draft (nothing is written). Defaults: the first template of the cycle's organ, the
 * cycle's report symbol, today, the template's naming policy.
 */
export async function generateReportFile(opts: GenerateReportFileOptions): Promise<{ bytes: Buffer; document: ReportDocument }> {
  const { actor } = opts;
  assertCan(actor, "report:read");
  if (!(REPORT_FORMATS as readonly string[]).includes(opts.format)) throw new AppError("VALIDATION", "The format must be pdf, docx or json.", { format: ["must be pdf, docx or json"] });
  if (opts.naming !== undefined && !(NAMING_POLICIES as readonly string[]).includes(opts.naming)) {
    throw new AppError("VALIDATION", `The naming policy must be one of ${NAMING_POLICIES.join(", ")}.`, { naming: ["is not a naming policy"] });
  }
  const db = await getDb();
  const cycle = await getCycleForSecretariat({ actor, slug: opts.cycleSlug });
  const now = opts.now ?? new Date();
  const template = REPORT_TEMPLATES.find((t) => t.id === opts.templateId) ?? REPORT_TEMPLATES.find((t) => t.family === cycle.organ) ?? REPORT_TEMPLATES[0]!;
  const parsed = ZCreateReportInput.safeParse({
    cycleSlug: cycle.slug,
    templateId: opts.templateId ?? template.id,
    symbol: opts.symbol ?? cycle.reportSymbol ?? (cycle.organ === "SC" ? `S/${now.getUTCFullYear()}/[…]` : "A/[…]"),
    date: opts.date ?? now.toISOString().slice(0, 10),
    naming: opts.naming ?? template.defaultNaming,
    includeSubmitted: opts.includeSubmitted ?? false,
  });
  if (!parsed.success) throw new AppError("VALIDATION", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  const meta = buildReportMeta(parsed.data, cycle);
  const inputs = await loadReportInputs(db, cycle);
  let document: ReportDocument;
  try {
    document = generateReport(generationInput(inputs, meta, now));
  } catch (error) {
    throw asAppError(error);
  }
  return { bytes: await renderDocumentAs(document, opts.format as ReportFormat), document };
}

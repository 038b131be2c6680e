import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { exportLabelsFrom } from "@/lib/dashboard/export-table";
import { parseDashboardFilter } from "@/lib/dashboard/status";
import { AppError } from "@/lib/errors";
import { exportCycleDashboard } from "@/lib/server/dashboard/export-cycle-dashboard";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

/** The cycle's dashboard table, as filtered (?group=&status=), as CSV or XLSX (?format=csv|xlsx). */
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await ctx.params;
    const params = new URL(request.url).searchParams;
    const format = params.get("format") ?? "csv";
    if (format !== "csv" && format !== "xlsx") throw new AppError("VALIDATION", "Choose format csv or xlsx.", { format: ["validation.option"] });
    const t = await getTranslations("dashboard");
    const file = await exportCycleDashboard({
      actor: await getActor(),
      slug,
      filter: parseDashboardFilter({ group: params.get("group"), status: params.get("status") }),
      format,
      labels: exportLabelsFrom((key) => t(key as never)),
    });
    return new Response(new Uint8Array(file.body), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.filename}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

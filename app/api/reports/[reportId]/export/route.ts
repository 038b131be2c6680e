import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { renderReportFile } from "@/lib/server/reports/render-report-file";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

/** A draft report as PDF, Word or JSON (`?format=`, `&version=`; default the current version), as an attachment. */
export async function GET(request: Request, ctx: { params: Promise<{ reportId: string }> }) {
  try {
    const { reportId } = await ctx.params;
    const params = new URL(request.url).searchParams;
    const versionParam = params.get("version");
    const version = versionParam === null ? undefined : Number(versionParam);
    if (version !== undefined && !Number.isInteger(version)) throw new AppError("VALIDATION", "The version must be a whole number.", { version: ["must be a whole number"] });
    const file = await renderReportFile({ actor: await getActor(), reportId, version, format: params.get("format") ?? "pdf" });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "content-type": file.contentType,
        "content-disposition": `attachment; filename="${file.fileName}"`,
        "content-length": String(file.bytes.length),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

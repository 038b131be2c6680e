import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { exportResponse } from "@/lib/server/exchange/export-response";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

const FORMATS = ["xlsx", "csv", "json"] as const;

/** A cycle's replies as XLSX, CSV or JSON (`?format=`), for users with submission:export. */
export async function GET(request: Request, ctx: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await ctx.params;
    const format = new URL(request.url).searchParams.get("format") ?? "xlsx";
    if (!(FORMATS as readonly string[]).includes(format)) throw new AppError("VALIDATION", "The format must be xlsx, csv or json.", { format: ["validation.invalid"] });
    return await exportResponse({ actor: await getActor(), slug, format: format as (typeof FORMATS)[number] });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

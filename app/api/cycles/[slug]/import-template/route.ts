import { getActor } from "@/lib/auth/session";
import { exportResponse } from "@/lib/server/exchange/export-response";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

/** The blank XLSX template of a cycle, to fill in with replies received outside the system and import. */
export async function GET(_request: Request, ctx: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await ctx.params;
    return await exportResponse({ actor: await getActor(), slug, format: "template" });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

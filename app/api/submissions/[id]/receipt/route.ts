import { getActor } from "@/lib/auth/session";
import { routeErrorResponse } from "@/lib/server/route-error";
import { renderSubmissionReceipt } from "@/lib/server/submissions/render-submission-receipt";

export const dynamic = "force-dynamic";

/** The submission receipt as a PDF download (the State's own submissions only). */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const { pdf, filename } = await renderSubmissionReceipt({ actor: await getActor(), submissionId: id });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

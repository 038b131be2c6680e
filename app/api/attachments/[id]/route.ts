import { NextResponse } from "next/server";
import { contentDisposition } from "@/lib/attachments/sanitise-file-name";
import { getActor } from "@/lib/auth/session";
import { getAttachmentDownload } from "@/lib/server/attachments/get-attachment-download";
import { assertSameOrigin } from "@/lib/server/attachments/read-upload";
import { removeAttachment } from "@/lib/server/attachments/remove-attachment";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

/** Download: always as an attachment, with the stored type and nosniff (never rendered inline). */
export async function GET(_request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const file = await getAttachmentDownload({ actor: await getActor(), input: { attachmentId: id } });
    return new Response(new Uint8Array(file.content), {
      headers: {
        "content-type": file.mediaType,
        "content-disposition": contentDisposition(file.fileName),
        "content-length": String(file.content.byteLength),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        "content-security-policy": "default-src 'none'; sandbox",
        digest: `sha-256=${Buffer.from(file.sha256, "hex").toString("base64")}`,
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

/** Removes the attachment from its answer and deletes it. */
export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const { id } = await ctx.params;
    const result = await removeAttachment({ actor: await getActor(), input: { attachmentId: id } });
    return NextResponse.json(result, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

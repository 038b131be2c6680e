import "server-only";
import { PassThrough, Readable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import type { ExportFormat } from "@/lib/schemas/exchange";
import { requestLogger } from "@/lib/server/logger";
import { exportCycle } from "./export-cycle";

/**
 * A download response for an export or the template: authorised and loaded first (errors are thrown
 * before any byte is sent), then streamed as an attachment that browsers must not sniff.
 */
export async function exportResponse(opts: { actor: Actor | null; slug: string; format: ExportFormat }): Promise<Response> {
  const prepared = await exportCycle({ actor: opts.actor, input: { slug: opts.slug, format: opts.format } });
  const stream = new PassThrough();
  prepared.write(stream).catch(async (error: unknown) => {
    (await requestLogger()).error({ err: error }, "export failed while streaming");
    stream.destroy(error instanceof Error ? error : new Error("export failed"));
  });
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: {
      "content-type": prepared.contentType,
      "content-disposition": `attachment; filename="${prepared.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
}

import "server-only";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachments/detect-type";
import { AppError } from "@/lib/errors";

/** Room for the multipart envelope and the other form fields around a file of the largest size. */
const ENVELOPE_BYTES = 64 * 1024;
export const MAX_UPLOAD_REQUEST_BYTES = MAX_ATTACHMENT_BYTES + ENVELOPE_BYTES;

const tooLarge = () => new AppError("VALIDATION", "The file is larger than 20 MB.", { file: ["The file is larger than 20 MB."] });

/**
 * Refuses a cross-site request: the browser's Origin must name this host (server actions get the
 * same check from Next.js; these route handlers change data, so they do it themselves).
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) return; // not sent by a browser on a cross-site request of this kind
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError("FORBIDDEN");
  }
  if (!host || originHost !== host) throw new AppError("FORBIDDEN");
}

/**
 * The multipart form of an upload, refusing a body over the limit early (Content-Length) and while
 * reading (a body without a length, or one that lies about it), so an oversize upload is never held
 * whole in memory.
 */
export async function readUploadForm(request: Request): Promise<FormData> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > MAX_UPLOAD_REQUEST_BYTES) throw tooLarge();
  if (!request.body) throw new AppError("VALIDATION", "Choose a file to upload.", { file: ["Choose a file to upload."] });
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_UPLOAD_REQUEST_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("VALIDATION", "The upload could not be read; please try again.", { file: ["The upload could not be read; please try again."] });
  }
}

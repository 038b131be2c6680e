import "server-only";
import { and, eq } from "drizzle-orm";
import { attachments, submissions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZAttachmentId, type TAttachmentId } from "@/lib/schemas/attachments";
import { parseInput } from "@/lib/schemas/parse";
import { attachmentReadScope } from "./attachment-scope";

/** A stored attachment's bytes and what the download needs: State users their own State's, the secretariat any. */
export async function getAttachmentDownload(opts: {
  actor: Actor | null;
  input: TAttachmentId;
}): Promise<{ fileName: string; mediaType: string; sha256: string; content: Buffer }> {
  const scope = attachmentReadScope(opts.actor);
  const input = parseInput(ZAttachmentId, opts.input);
  const db = await getDb();
  const [row] = await db
    .select({ fileName: attachments.fileName, mediaType: attachments.mediaType, sha256: attachments.sha256, content: attachments.content })
    .from(attachments)
    .innerJoin(submissions, eq(submissions.id, attachments.submissionId))
    .where(and(eq(attachments.id, input.attachmentId), scope));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}

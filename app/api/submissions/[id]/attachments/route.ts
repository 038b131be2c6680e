import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { listQuestionAttachments } from "@/lib/server/attachments/list-question-attachments";
import { assertSameOrigin, readUploadForm } from "@/lib/server/attachments/read-upload";
import { uploadAttachment } from "@/lib/server/attachments/upload-attachment";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

const noStore = { "cache-control": "private, no-store" };

/** The attachments of one question (`?questionId=`) of a submission. */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const questionId = new URL(request.url).searchParams.get("questionId") ?? "";
    const data = await listQuestionAttachments({ actor: await getActor(), input: { submissionId: id, questionId } });
    return NextResponse.json(data, { headers: noStore });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

/** Upload (multipart: questionId, optional fieldKey, file). A route handler because server actions cap bodies at 1 MB. */
export async function POST(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    assertSameOrigin(request);
    const actor = await getActor();
    const { id } = await ctx.params;
    const form = await readUploadForm(request);
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("VALIDATION", "Choose a file to upload.", { file: ["Choose a file to upload."] });
    const fieldKey = form.get("fieldKey");
    const result = await uploadAttachment({
      actor,
      input: {
        submissionId: id,
        questionId: String(form.get("questionId") ?? ""),
        fieldKey: typeof fieldKey === "string" && fieldKey ? fieldKey : undefined,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      },
    });
    return NextResponse.json(result, { status: 201, headers: noStore });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

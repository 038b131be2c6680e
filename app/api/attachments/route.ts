import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/session";
import { listQuestionAttachments } from "@/lib/server/attachments/list-question-attachments";
import { routeErrorResponse } from "@/lib/server/route-error";

export const dynamic = "force-dynamic";

/** A State user's attachments of one question in a cycle: `?cycle=<slug>&questionId=<id>` (the questionnaire page's FILE field). */
export async function GET(request: Request) {
  try {
    const params = new URL(request.url).searchParams;
    const data = await listQuestionAttachments({
      actor: await getActor(),
      input: { cycleSlug: params.get("cycle") ?? "", questionId: params.get("questionId") ?? "" },
    });
    return NextResponse.json(data, { headers: { "cache-control": "private, no-store" } });
  } catch (error) {
    return routeErrorResponse(error);
  }
}

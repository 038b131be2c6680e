import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { isAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/server/logger";

/** The JSON error response of a route handler: AppErrors by their code and status, anything else hidden. */
export async function routeErrorResponse(error: unknown): Promise<NextResponse> {
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
      { status: error.httpStatus },
    );
  }
  const errorId = randomUUID();
  (await requestLogger()).error({ errorId, err: error }, "route failed");
  return NextResponse.json({ error: { code: "UNKNOWN", message: `Something went wrong (reference ${errorId}).` } }, { status: 500 });
}

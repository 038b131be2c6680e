import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { AppError, isAppError, isDatabaseUnavailable } from "@/lib/errors";
import { requestLogger } from "@/lib/server/logger";

/** The JSON error response of a route handler: AppErrors by their code and status, anything else hidden. */
export async function routeErrorResponse(error: unknown): Promise<NextResponse> {
  if (isAppError(error)) {
    return NextResponse.json(
      { error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } },
      { status: error.httpStatus },
    );
  }
  if (isDatabaseUnavailable(error)) {
    (await requestLogger()).warn({ err: error }, "route failed: database unavailable");
    const unavailable = new AppError("UNAVAILABLE");
    return NextResponse.json({ error: { code: unavailable.code, message: unavailable.message } }, { status: unavailable.httpStatus, headers: { "retry-after": "5" } });
  }
  const errorId = randomUUID();
  (await requestLogger()).error({ errorId, err: error }, "route failed");
  return NextResponse.json({ error: { code: "UNKNOWN", message: `Something went wrong (reference ${errorId}).` } }, { status: 500 });
}

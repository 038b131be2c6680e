import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { AppError, isAppError, isDatabaseUnavailable } from "@/lib/errors";
import { toFieldErrors } from "@/lib/schemas/parse";
import { requestLogger } from "@/lib/server/logger";

import type { ActionResult } from "./types";

export type { ActionResult };

/**
 * Builds a server action: resolve the signed-in actor (re-checked against the database), parse the
 * input with the contract's zod schema, call one server function, and turn errors into the result
 * shape. An unexpected error is logged with an id; the user sees a generic message with that id.
 */
export function createAction<S extends z.ZodType, R>(
  schema: S,
  handler: (args: { actor: Actor | null; input: z.output<S> }) => Promise<R>,
): (input: z.input<S>) => Promise<ActionResult<R>> {
  return async (raw) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, error: { code: "VALIDATION", message: "Some fields need attention.", fieldErrors: toFieldErrors(parsed.error) } };
    }
    try {
      const actor = await getActor();
      return { ok: true, data: await handler({ actor, input: parsed.data }) };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, error: { code: error.code, message: error.message, fieldErrors: error.fieldErrors } };
      }
      // Next.js signals redirect() and notFound() by throwing; they must propagate.
      if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) {
        throw error;
      }
      if (isDatabaseUnavailable(error)) {
        (await requestLogger()).warn({ err: error }, "action failed: database unavailable");
        return { ok: false, error: { code: "UNAVAILABLE", message: new AppError("UNAVAILABLE").message } };
      }
      const errorId = randomUUID();
      (await requestLogger()).error({ errorId, err: error }, "action failed");
      return { ok: false, error: { code: "UNKNOWN", message: `Something went wrong (reference ${errorId}).` } };
    }
  };
}

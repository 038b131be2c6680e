import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** What every server action returns (importable by client components). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: ErrorCode; message: string; fieldErrors?: FieldErrors } };

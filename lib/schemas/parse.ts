import type { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** Field errors keyed by dotted path, from a zod error. A root error is keyed "_". */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses input with a contract schema; malformed input becomes a VALIDATION AppError with field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("VALIDATION", undefined, toFieldErrors(result.error));
  return result.data;
}

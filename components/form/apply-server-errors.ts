import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { FieldErrors } from "@/lib/errors";

/** Puts the server's field errors back onto the form's fields; returns the errors that matched no field. */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  fieldErrors: FieldErrors | undefined,
  fields: readonly string[],
): string[] {
  const rest: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    if (fields.includes(key)) setError(key as Path<T>, { type: "server", message });
    else rest.push(message);
  }
  return rest;
}

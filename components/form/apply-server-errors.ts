import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/types";

type ActionError = Extract<ActionResult<unknown>, { ok: false }>["error"];

/**
 * Puts a failed action's field errors back onto the form's fields and returns the message to show
 * above the form: null when every error landed on a field, else the first unmatched field message
 * (a catalogue key or text) or the error's own message.
 */
export function applyServerErrors<T extends FieldValues>(
  setError: UseFormSetError<T>,
  error: ActionError,
  fields: readonly Path<T>[],
): string | null {
  const rest: string[] = [];
  for (const [key, messages] of Object.entries(error.fieldErrors ?? {})) {
    const message = messages[0];
    if (!message) continue;
    if ((fields as readonly string[]).includes(key)) setError(key as Path<T>, { type: "server", message });
    else rest.push(message);
  }
  if (error.fieldErrors && rest.length === 0) return null;
  return rest[0] ?? error.message;
}

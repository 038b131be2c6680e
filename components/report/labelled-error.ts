/**
 * The report schemas word their field errors as fragments ("is required", "must be a date
 * (YYYY-MM-DD)") so that one message reads well after any field's name. Shown under a field, the
 * fragment gets the field's label in front; a message that is already a sentence is shown as it is.
 */
export function labelledError(label: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

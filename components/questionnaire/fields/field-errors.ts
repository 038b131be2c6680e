/**
 * Reads the question's error messages, keyed by path from the field key ("laws", "laws.0.title",
 * "victims.cells.FEMALE.ADULT"). A control shows the messages of the parts it has (the "specify" text,
 * a grid cell, a nomination's title) beside them, and every other message under its path at the field,
 * so that no message is lost.
 */
export interface ErrorLookup {
  /** The message at exactly this path. */
  at(path: string): string | undefined;
  /**
   * The message at this path, or else the first message below it whose remaining path (after
   * "path.") is not shown by a part of the control (`isShownByPart`).
   */
  summary(path: string, isShownByPart?: (rest: string) => boolean): string | undefined;
}

export function createErrorLookup(errors: Readonly<Record<string, string>> | undefined): ErrorLookup {
  const entries = Object.entries(errors ?? {});
  return {
    at: (path) => errors?.[path],
    summary: (path, isShownByPart = () => false) =>
      errors?.[path] ?? entries.find(([key]) => key.startsWith(`${path}.`) && !isShownByPart(key.slice(path.length + 1)))?.[1],
  };
}

/** The id list for aria-describedby, or undefined when there is none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

export const helpId = (id: string) => `${id}-help`;
export const errorId = (id: string) => `${id}-error`;

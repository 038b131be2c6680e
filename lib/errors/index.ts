/** The small, documented set of error codes every action and route handler speaks. */
export const ERROR_CODES = [
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "VALIDATION",
  "CONFLICT",
  "INVALID_STATE_TRANSITION",
  "CYCLE_CLOSED",
  "RATE_LIMITED",
  "UNAVAILABLE",
  "UNKNOWN",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  INVALID_STATE_TRANSITION: 409,
  CYCLE_CLOSED: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  UNKNOWN: 500,
};

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHORIZED: "Please sign in.",
  FORBIDDEN: "You do not have permission to do this.",
  NOT_FOUND: "Not found.",
  VALIDATION: "Some fields need attention.",
  CONFLICT: "Someone else changed this in the meantime.",
  INVALID_STATE_TRANSITION: "This step is not possible in the current state.",
  CYCLE_CLOSED: "This reporting cycle is closed.",
  RATE_LIMITED: "Too many attempts. Please wait a few minutes and try again.",
  UNAVAILABLE: "The service is briefly unavailable. Nothing was lost: please try again in a moment.",
  UNKNOWN: "Something went wrong. Please try again.",
};

export type FieldErrors = Record<string, string[]>;

/** An error whose message is safe to show to the user. Anything that is not an AppError is logged and hidden. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;

  constructor(code: ErrorCode, message?: string, fieldErrors?: FieldErrors) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", message);
export const forbidden = (message?: string) => new AppError("FORBIDDEN", message);
export const validation = (fieldErrors: FieldErrors, message?: string) =>
  new AppError("VALIDATION", message, fieldErrors);

/** PostgreSQL SQLSTATE classes and node socket errors that mean "the database cannot be reached now". */
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006", "3D000"]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
const UNAVAILABLE_MESSAGES = [/Connection terminated/i, /is not currently accepting connections/i, /the database system is (starting up|shutting down|in recovery mode)/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /connection is not open/i];

/**
 * Whether an error (or one of its causes: Drizzle wraps driver errors) says the database is out of
 * reach — shut down, restarting, refusing connections — rather than that the request was wrong. Such a
 * request can be retried as it is.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === "object" && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
    const message = (e as { message?: unknown }).message;
    if (typeof message === "string" && UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return true;
  }
  return false;
}

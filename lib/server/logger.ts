import "server-only";
import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured JSON logs. Secrets are redacted by key wherever they appear, so a password, token or
 * code passed in an object never reaches the log.
 */
export const logger = pino({
  level: env().NODE_ENV === "test" ? "silent" : env().LOG_LEVEL,
  base: { app: "rapporteur" },
  redact: {
    paths: [
      "password",
      "*.password",
      "newPassword",
      "*.newPassword",
      "token",
      "*.token",
      "code",
      "*.code",
      "totpSecret",
      "*.totpSecret",
      "passwordHash",
      "*.passwordHash",
      "headers.cookie",
      "*.headers.cookie",
      "headers.authorization",
    ],
    censor: "[redacted]",
  },
});

/** A child logger carrying the request id set by proxy.ts, when there is one. */
export async function requestLogger(): Promise<pino.Logger> {
  try {
    const { headers } = await import("next/headers");
    const requestId = (await headers()).get("x-request-id") ?? undefined;
    return requestId ? logger.child({ requestId }) : logger;
  } catch {
    // Outside a request (scripts, tests): no request id.
    return logger;
  }
}

import "server-only";
import { env } from "@/lib/env";

/**
 * The public base URL used in links sent by e-mail: APP_URL, else NEXTAUTH_URL, else localhost.
 * Never the request's Host header, which a client controls (a reset link must not point elsewhere).
 */
export function getAppUrl(): string {
  const configured = env().APP_URL ?? env().NEXTAUTH_URL;
  return (configured ?? `http://localhost:${env().PORT}`).replace(/\/$/, "");
}

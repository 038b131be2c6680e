import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { getAuthSecret } from "@/lib/server/auth/get-auth-secret";
import { getSessionActor } from "@/lib/server/auth/get-session-actor";

/**
 * The signed-in actor for this request, checked against the user row (session version, disabled
 * flag, current role), or null. Cached for the duration of one request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const token = await getToken({
    req: { cookies: await cookies(), headers: await headers() } as never,
    secret: await getAuthSecret(),
  });
  if (!token?.sub || typeof token.sv !== "number") return null;
  return getSessionActor({ userId: token.sub, sessionVersion: token.sv });
});

/** The actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

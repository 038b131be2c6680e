import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authenticateCredentials } from "@/lib/server/auth/authenticate-credentials";
import { getAuthSecret } from "@/lib/server/auth/get-auth-secret";
import { requestLogger } from "@/lib/server/logger";

/** Session lifetime: a working day. */
const SESSION_MAX_AGE_S = 12 * 60 * 60;

/**
 * The client address used for rate limiting. scripts/server.mjs sets x-rapporteur-client-ip from
 * the socket (overwriting anything a client sent); behind a reverse proxy, TRUST_PROXY=true uses
 * the first X-Forwarded-For hop instead.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string {
  const get = (name: string) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : undefined;
  };
  if (env().TRUST_PROXY) {
    const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return get("x-rapporteur-client-ip") ?? "unknown";
}

export async function getAuthOptions(): Promise<AuthOptions> {
  return {
    secret: await getAuthSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Authentication code", type: "text" },
        },
        async authorize(credentials, req) {
          const ip = clientIp(req?.headers);
          const outcome = await authenticateCredentials({
            input: { email: credentials?.email, password: credentials?.password, code: credentials?.code || undefined },
            ip,
          });
          (await requestLogger()).info({ event: "sign_in", outcome: outcome.ok ? "ok" : outcome.reason, ip }, "sign-in attempt");
          if (outcome.ok) return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
          // next-auth passes the message to the client as `error`; none of them says whether the account exists.
          throw new Error(outcome.reason);
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        // The session exposes nothing beyond the id; pages read the user from the database.
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
    },
  };
}

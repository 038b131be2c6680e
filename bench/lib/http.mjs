// Shared HTTP helpers for the benchmarks: a cookie jar, next-auth credentials sign-in, waiting for
// /api/health. Plain fetch, because these run once per user before the load, not under it.

/** Keeps the name=value part of every Set-Cookie of a response in the jar (a Map). */
export function absorbCookies(jar, res) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

export const cookieHeader = (jar) => [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");

/** Signs in through next-auth's credentials callback; returns the Cookie header of the session. */
export async function signIn(base, email, password) {
  const jar = new Map();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  absorbCookies(jar, csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    redirect: "manual",
  });
  absorbCookies(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return cookieHeader(jar);
}

/** Polls /api/health every half second until it answers 200 (the server migrates and seeds first). */
export async function waitHealthy(base, { attempts = 240 } = {}) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    if (i > attempts) throw new Error("server did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** Runs fn over items with at most `limit` in flight (sign-ins are argon2-bound on the server). */
export async function mapLimit(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

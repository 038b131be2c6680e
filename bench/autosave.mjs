// Autosave benchmark (issue 3): a production build on PostgreSQL, N simulated editors (default 200)
// each saving an answer every 2 seconds for BENCH_SECONDS (default 60). Prints the median and 99th
// percentile of the save round trip (loopback, so ≈ server time), failed saves, whether every
// acknowledged save is in the database, and the response time of the largest section page.
// Run: npm run build && node bench/autosave.mjs   (needs PostgreSQL at BENCH_DATABASE_ADMIN_URL)
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import pg from "pg";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const EDITORS = Number(process.env.BENCH_EDITORS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "Bench-editor-password-2026";

const dbName = `rapporteur_bench_${Date.now()}`;
const dbUrl = new URL(ADMIN_URL);
dbUrl.pathname = `/${dbName}`;

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const fmt = (n) => `${n.toFixed(1)} ms`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function cookieHeader(jar) {
  return [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
}
function absorb(jar, res) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair.indexOf("=");
    jar.set(pair.slice(0, i), pair.slice(i + 1));
  }
}

async function signIn(email) {
  const jar = new Map();
  const csrfRes = await fetch(`${BASE}/api/auth/csrf`);
  absorb(jar, csrfRes);
  const { csrfToken } = await csrfRes.json();
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, json: "true" }),
    redirect: "manual",
  });
  absorb(jar, res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}`);
  return cookieHeader(jar);
}

async function main() {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveAnswersAction")?.[0];
  if (!actionId) throw new Error("build first: npm run build");

  await withClient(ADMIN_URL, (c) => c.query(`create database "${dbName}"`));
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the server.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts/server.mjs")], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", PORT: String(PORT), DATABASE_URL: dbUrl.toString(), NEXTAUTH_URL: BASE, REQUIRE_2FA_FOR_SECRETARIAT: "false", SEED_DEMO: "false", LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${BASE}/api/health`)).ok) break;
      } catch {}
      if (i > 120) throw new Error("server did not start");
      await new Promise((r) => setTimeout(r, 500));
    }

    // Editors: one per State, then a second one in the first States, each on its own question.
    const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const editors = await withClient(dbUrl.toString(), async (c) => {
      const states = (await c.query("select id from member_state order by sort_order")).rows.map((r) => r.id);
      const list = [];
      for (let i = 0; i < EDITORS; i++) {
        const state = states[i % states.length];
        const email = `editor${i}@bench.rapporteur.test`;
        await c.query("insert into app_user (email, name, role, member_state_id, password_hash) values ($1, $2, 'STATE_CONTRIBUTOR', $3, $4)", [email, `Editor ${i}`, state, passwordHash]);
        const second = i >= states.length;
        list.push({ email, state, questionId: second ? "LEG-02" : "META-04", field: second ? "citation" : "title" });
      }
      return list;
    });

    for (const e of editors) {
      e.cookie = await signIn(e.email);
      const res = await fetch(`${BASE}/workspace/sc-2026/a`, { headers: { cookie: e.cookie } });
      if (!res.ok) throw new Error(`workspace ${res.status}`);
      await res.text();
    }
    await withClient(dbUrl.toString(), async (c) => {
      const rows = (await c.query("select s.id, s.member_state_id from submission s")).rows;
      const byState = new Map(rows.map((r) => [r.member_state_id, r.id]));
      for (const e of editors) e.submissionId = byState.get(e.state);
    });

    const latencies = [];
    let failed = 0;
    let conflicts = 0;
    const deadline = Date.now() + SECONDS * 1000;
    async function editorLoop(e, offset) {
      await new Promise((r) => setTimeout(r, offset));
      e.version = 0;
      e.n = 0;
      while (Date.now() < deadline) {
        const text = `Value ${e.n + 1} of ${e.email}`;
        const body = JSON.stringify([{ submissionId: e.submissionId, changes: [{ questionId: e.questionId, value: { [e.field]: text }, baseVersion: e.version }] }]);
        const started = performance.now();
        try {
          const res = await fetch(`${BASE}/workspace/sc-2026/a`, {
            method: "POST",
            headers: { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE, cookie: e.cookie },
            body,
          });
          const payload = await res.text();
          latencies.push(performance.now() - started);
          const saved = payload.match(/"saved":\[\{"questionId":"[A-Z0-9-]+","version":(\d+)/);
          if (res.ok && saved) {
            e.version = Number(saved[1]);
            e.n += 1;
            e.acked = text;
          } else if (payload.includes('"conflicts":[{')) conflicts += 1;
          else failed += 1;
        } catch {
          latencies.push(performance.now() - started);
          failed += 1;
        }
        await new Promise((r) => setTimeout(r, 2000));
      }
    }
    const rssBefore = rss(server.pid);
    await Promise.all(editors.map((e, i) => editorLoop(e, (i * 2000) / editors.length)));
    const rssAfter = rss(server.pid);

    const lost = await withClient(dbUrl.toString(), async (c) => {
      let missing = 0;
      for (const e of editors) {
        if (!e.acked) continue;
        const row = (await c.query("select value from answer where submission_id = $1 and question_id = $2", [e.submissionId, e.questionId])).rows[0];
        if (row?.value?.[e.field] !== e.acked) missing += 1;
      }
      return missing;
    });

    const page = [];
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      const res = await fetch(`${BASE}/workspace/sc-2026/f`, { headers: { cookie: editors[0].cookie } });
      await res.text();
      if (!res.ok) throw new Error(`section page ${res.status}`);
      page.push(performance.now() - started);
    }

    latencies.sort((a, b) => a - b);
    page.sort((a, b) => a - b);
    const acked = editors.reduce((n, e) => n + e.n, 0);
    console.log(`editors ${EDITORS}, ${SECONDS} s, one save every 2 s each`);
    console.log(`autosave: ${latencies.length} requests, ${acked} acknowledged, ${failed} failed, ${conflicts} conflicts`);
    console.log(`autosave latency: median ${fmt(quantile(latencies, 0.5))}, p90 ${fmt(quantile(latencies, 0.9))}, p99 ${fmt(quantile(latencies, 0.99))}, max ${fmt(latencies.at(-1))}`);
    console.log(`acknowledged saves missing from the database: ${lost}`);
    console.log(`largest section page (F), 50 sequential requests: median ${fmt(quantile(page, 0.5))}, p90 ${fmt(quantile(page, 0.9))}, min ${fmt(page[0])}, max ${fmt(page.at(-1))}`);
    console.log(`server RSS: ${rssBefore} MiB before the load, ${rssAfter} MiB after`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
    await withClient(ADMIN_URL, (c) => c.query(`drop database if exists "${dbName}" with (force)`));
  }
}

function rss(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS"));
    return Math.round(Number(line.split(/\s+/)[1]) / 1024);
  } catch {
    return NaN;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

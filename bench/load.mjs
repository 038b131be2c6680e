// Load benchmark (issue 6): a production build on PostgreSQL under BENCH_USERS simulated users (default
// 500) for BENCH_SECONDS (default 300): 80 % State officials, each autosaving an answer every 2 seconds
// and opening a section page now and then, and 20 % secretariat users on the dashboard and the analysis
// pages. Prints throughput, median and 99th percentile per kind of request, failures, the server's
// memory, then checks that every acknowledged save is in the database (zero lost). With
// BENCH_RESTART=1 it restarts PostgreSQL during the load (`pg_ctlcluster 15 main restart`) and reports
// when /api/health saw the outage, when saves were served again, the saves that failed, and that the
// users' retried saves landed.
//
// The load is driven by autocannon (programmatic API), one instance per kind of user:
// - autosave: every connection carries two State users and sends one request a second
//   (`connectionRate: 1`), alternating between them, so each user saves every 2 seconds. The users are
//   attached to their connection in `setupClient` with `client.setRequests` (one request per user, each
//   with `setupRequest`/`onResponse` closures over that user), because autocannon resets the
//   per-connection `context` at the end of every pass over the requests. Each user keeps the version
//   it last saw, the text it last had acknowledged, and the text it is sending: a save that fails is
//   retried with the same text on the user's next turn (the browser keeps unsent edits), and a retry
//   that comes back as a conflict holding the user's own text (the first try committed but its answer
//   was lost) counts as acknowledged. The connections are split into 10 autocannon instances started
//   100 ms apart, so that the saves are spread over each second instead of all leaving on the tick.
// - sections: the State users, round robin, open a section page (A–K) every BENCH_SECTION_EVERY s.
// - secretariat: each secretariat user opens the dashboard, the analysis of a YNP question, then of an
//   INT question, one page every BENCH_SECRETARIAT_EVERY s.
// Latencies are autocannon's own timings (first byte sent to last byte received), attributed to a kind
// through the `response` event; `ignoreCoordinatedOmission` is on, because autocannon's correction
// assumes a 1 ms interval at `connectionRate: 1` and would invent hundreds of samples per request.
//
// The secretariat reads sc-2026 with BENCH_ACCEPTED (default 100) States' full accepted replies; the
// State users edit the other States' open replies, up to 8 users a State on different questions.
//
// Run: npm run build && node bench/load.mjs   (needs PostgreSQL at BENCH_DATABASE_ADMIN_URL)
// Knobs: BENCH_USERS (500), BENCH_SECONDS (300), BENCH_RESTART (0; 1 restarts PostgreSQL, root only,
// never while vitest runs), BENCH_RESTART_AT (seconds into the load, default 40 % of it), BENCH_PORT
// (3420), BENCH_ACCEPTED (100), BENCH_SECTION_EVERY (30), BENCH_SECRETARIAT_EVERY (10),
// BENCH_PG_CLUSTER ("15 main").
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import autocannon from "autocannon";
import { mapLimit, signIn, waitHealthy } from "./lib/http.mjs";
import { createBenchDatabase, dropBenchDatabase, probeDatabase, withClient } from "./lib/pg.mjs";
import { cpuSeconds, cpuSecondsByName, ms, procStatusMiB, quantile, table } from "./lib/stats.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const env = process.env;
const USERS = Number(env.BENCH_USERS ?? 500);
const STATE_USERS = Math.round(USERS * 0.8);
const SECRETARIAT_USERS = USERS - STATE_USERS;
const SECONDS = Number(env.BENCH_SECONDS ?? 300);
const RESTART = env.BENCH_RESTART === "1";
const RESTART_AT = Number(env.BENCH_RESTART_AT ?? Math.round(SECONDS * 0.4));
const PORT = Number(env.BENCH_PORT ?? 3420);
const SECTION_EVERY = Number(env.BENCH_SECTION_EVERY ?? 30);
const SECRETARIAT_EVERY = Number(env.BENCH_SECRETARIAT_EVERY ?? 10);
const PG_CLUSTER = (env.BENCH_PG_CLUSTER ?? "15 main").split(" ");
const BASE = `http://localhost:${PORT}`;
const ADMIN_URL = env.BENCH_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const PASSWORD = "Bench-load-password-2026";
const CYCLE = "sc-2026";
const SAVE_PATH = `/workspace/${CYCLE}/a`;
const SAVE_GROUPS = 10;
/** Text questions without a visibility condition: one per State user of the same State. */
const QUESTIONS = [["META-04", "title"], ["LEG-02", "citation"], ["LEG-01", "details"], ["LEG-03", "details"], ["PREV-01", "details"], ["PROT-01", "details"], ["ACC-01", "details"], ["COOP-01", "details"]];
const SECTIONS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"];
const SECRETARIAT_PAGES = [
  ["dashboard", `/cycles/${CYCLE}`],
  ["analysis", `/cycles/${CYCLE}/analysis?question=LEG-04&include=submitted`],
  ["analysis", `/cycles/${CYCLE}/analysis?question=PROT-12&include=submitted`],
];
const KINDS = ["save", "section", "dashboard", "analysis"];

const sleep = (n) => new Promise((r) => setTimeout(r, n));
const now = () => performance.now();

/** Per kind: autocannon latencies, and requests that failed (HTTP status or, for saves, the action's answer). */
const stats = Object.fromEntries(KINDS.map((k) => [k, { latencies: [], failed: 0, statuses: {} }]));
/** Save outcomes in time order (for the restart figures): { t, ok, user }. */
const saveTimeline = [];
/** What the last response on a connection was, read by the autocannon `response` event right after. */
const lastOnClient = new WeakMap();

/** The server action's result in a React Server Components payload: the line holding {"ok":…}. */
function actionResult(body) {
  for (const line of String(body).split("\n")) {
    const i = line.indexOf(":");
    if (i < 0 || !line.slice(i + 1).startsWith('{"ok":')) continue;
    try {
      return JSON.parse(line.slice(i + 1));
    } catch {
      return null;
    }
  }
  return null;
}

function saveRequest(user, actionId, req) {
  if (user.sending !== null) user.unanswered += 1; // the previous try timed out on the client
  user.sending = `Value ${user.acked + 1} of ${user.email}`;
  const body = JSON.stringify([{ submissionId: user.submissionId, changes: [{ questionId: user.questionId, value: { [user.field]: user.sending }, baseVersion: user.version }] }]);
  return { ...req, method: "POST", path: SAVE_PATH, headers: { "next-action": actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: BASE, cookie: user.cookie }, body };
}

/** Updates a State user from the save's answer; true when the save is acknowledged. */
function onSaveAnswer(user, status, body) {
  const sent = user.sending;
  user.sending = null;
  const result = status === 200 ? actionResult(body) : null;
  const saved = result?.ok ? result.data.saved.find((s) => s.questionId === user.questionId) : undefined;
  const conflict = result?.ok ? result.data.conflicts.find((c) => c.questionId === user.questionId) : undefined;
  if (saved) {
    user.version = saved.version;
    user.acked += 1;
    user.ackedText = sent;
    return true;
  }
  if (conflict) {
    user.version = conflict.current.version;
    if (conflict.current.value?.[user.field] === sent) {
      // An earlier try of this same text committed but its answer never arrived.
      user.acked += 1;
      user.ackedText = sent;
      user.adopted += 1;
      return true;
    }
    user.conflicts += 1;
    return false;
  }
  return false;
}

function pageRequest(cookie, url) {
  return (req) => ({ ...req, method: "GET", path: url, headers: { cookie, accept: "text/html" } });
}

/** One autocannon instance; `assign` gives each new connection its list of requests. */
function cannon(label, connections, assign) {
  let next = 0;
  const instance = autocannon({
    url: BASE,
    connections,
    connectionRate: 1,
    duration: SECONDS,
    timeout: 30,
    ignoreCoordinatedOmission: true,
    setupClient(client) {
      client.setRequests(assign(next++, client));
    },
  });
  instance.on("response", (client, status, _bytes, time) => {
    const last = lastOnClient.get(client);
    if (!last) return;
    const s = stats[last.kind];
    s.latencies.push(time);
    s.statuses[status] = (s.statuses[status] ?? 0) + 1;
    if (!last.ok) s.failed += 1;
  });
  return instance.then((result) => ({ label, result }));
}

function vitestRunning() {
  return spawnSync("pgrep", ["-f", "vitest"], { encoding: "utf8" }).status === 0;
}

async function waitForNoVitest(limitMs) {
  const until = Date.now() + limitMs;
  while (vitestRunning()) {
    if (Date.now() > until) return false;
    await sleep(5000);
  }
  return true;
}

/**
 * Restarts the PostgreSQL cluster and watches it with a new connection every 50 ms until the command
 * has returned and the database answers: it went away at the first refused probe and was back at the
 * first probe that answered after the last refused one.
 */
async function restartDatabase(dbUrl, t0) {
  const r = { issuedAt: now() - t0, probes: [] };
  const child = spawn("pg_ctlcluster", [...PG_CLUSTER, "restart"], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  let done = false;
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code))).then((code) => {
    done = true;
    r.commandDoneAt = now() - t0;
    r.exitCode = code;
    r.stderr = stderr.trim();
  });
  for (;;) {
    const wasDone = done;
    const failure = await probeDatabase(dbUrl, 500);
    r.probes.push({ t: now() - t0, failure });
    if (wasDone && !failure) break;
    if (now() - t0 - r.issuedAt > 120_000) break;
    await sleep(50);
  }
  await exited;
  const failures = r.probes.filter((p) => p.failure);
  if (failures.length) {
    r.dbDownAt = failures[0].t;
    r.dbUpAt = r.probes.find((p) => !p.failure && p.t > failures.at(-1).t)?.t;
    r.refusals = [...new Set(failures.map((p) => p.failure))].join(", ");
  }
  delete r.probes;
  return r;
}

async function main() {
  if (!existsSync(path.join(root, ".next/BUILD_ID"))) throw new Error("build first: npm run build");
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveAnswersAction")?.[0];
  if (!actionId) throw new Error("saveAnswersAction not in the build: npm run build");
  if (RESTART && process.getuid?.() !== 0) throw new Error("BENCH_RESTART=1 restarts PostgreSQL with pg_ctlcluster: run as root");

  const db = await createBenchDatabase(ADMIN_URL, "rapporteur_bench_load");
  let server;
  // The server's error output (pages failing while the database is away) goes to a file, not the summary.
  const serverLogPath = path.join(os.tmpdir(), `${db.name}.server.log`);
  const serverLog = openSync(serverLogPath, "w");
  const healthSamples = [];
  let healthPolling = false;
  try {
    const load = spawnSync("npx", ["tsx", "bench/load-secretariat.ts"], {
      cwd: root,
      env: { ...env, DATABASE_URL: db.url, BENCH_ACCEPTED: String(process.env.BENCH_ACCEPTED ?? 100), BENCH_SEED: "bench-load" },
      encoding: "utf8",
    });
    if (load.status !== 0) throw new Error(`loading failed:\n${load.stderr}`);
    const loaded = JSON.parse(load.stdout.trim().split("\n").at(-1));
    console.log(`loaded ${loaded.accepted} accepted replies (${loaded.answers} answers) and ${loaded.open.length} open ones into ${CYCLE} in ${loaded.ms} ms`);
    if (STATE_USERS > loaded.open.length * QUESTIONS.length) throw new Error(`at most ${loaded.open.length * QUESTIONS.length} State users with ${loaded.open.length} open replies`);

    server = spawn(process.execPath, [path.join(root, "scripts/server.mjs")], {
      cwd: root,
      env: { ...env, NODE_ENV: "production", PORT: String(PORT), DATABASE_URL: db.url, NEXTAUTH_URL: BASE, REQUIRE_2FA_FOR_SECRETARIAT: "false", SEED_DEMO: "false", LOG_LEVEL: "fatal", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", serverLog],
    });
    await waitHealthy(BASE);

    // Users: State contributors of the open replies (question k for the k-th user of a State), and secretariat reviewers.
    const passwordHash = await hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    const stateUsers = [];
    const secretariat = [];
    await withClient(db.url, async (c) => {
      for (let i = 0; i < STATE_USERS; i++) {
        const state = loaded.open[i % loaded.open.length];
        const [questionId, field] = QUESTIONS[Math.floor(i / loaded.open.length)];
        const email = `state${i}@bench.rapporteur.test`;
        await c.query("insert into app_user (email, name, role, member_state_id, password_hash) values ($1, $2, 'STATE_CONTRIBUTOR', $3, $4)", [email, `State user ${i}`, state, passwordHash]);
        stateUsers.push({ email, state, questionId, field, version: 0, acked: 0, ackedText: null, sending: null, unanswered: 0, adopted: 0, conflicts: 0, failed: 0, failedInOutage: 0, ackedAfterOutageFailure: false });
      }
      for (let i = 0; i < SECRETARIAT_USERS; i++) {
        const email = `secretariat${i}@bench.rapporteur.test`;
        await c.query("insert into app_user (email, name, role, password_hash) values ($1, $2, 'SECRETARIAT_REVIEWER', $3)", [email, `Secretariat user ${i}`, passwordHash]);
        secretariat.push({ email, next: i % SECRETARIAT_PAGES.length });
      }
    });
    const signInStarted = now();
    await mapLimit([...stateUsers, ...secretariat], 4, async (u) => (u.cookie = await signIn(BASE, u.email, PASSWORD)));
    console.log(`${USERS} users signed in in ${((now() - signInStarted) / 1000).toFixed(1)} s`);
    await withClient(db.url, async (c) => {
      const rows = (await c.query("select s.id, s.member_state_id from submission s join reporting_cycle c on c.id = s.cycle_id where c.slug = $1", [CYCLE])).rows;
      const byState = new Map(rows.map((r) => [r.member_state_id, r.id]));
      for (const u of stateUsers) u.submissionId = byState.get(u.state);
    });
    if (stateUsers.some((u) => !u.submissionId)) throw new Error("an open State has no submission");
    // Warm-up: one request of each page, so the first users do not pay for loading the page code.
    for (const url of [SAVE_PATH, `/workspace/${CYCLE}/f`]) await (await fetch(`${BASE}${url}`, { headers: { cookie: stateUsers[0].cookie } })).text();
    for (const [, url] of SECRETARIAT_PAGES) await (await fetch(`${BASE}${url}`, { headers: { cookie: secretariat[0].cookie } })).text();

    // A restart breaks anyone's integration tests on this PostgreSQL: wait for vitest to finish, up to 3 minutes.
    let restartSkipped = null;
    if (RESTART && vitestRunning()) {
      console.log("vitest is running: waiting up to 3 minutes before a load that restarts PostgreSQL…");
      if (!(await waitForNoVitest(180_000))) restartSkipped = "vitest kept running for 3 minutes before the load";
    }

    // Memory and /api/health, sampled throughout.
    const rssBefore = procStatusMiB(server.pid, "VmRSS");
    const cpuBefore = { server: cpuSeconds(server.pid), generator: process.cpuUsage(), postgres: cpuSecondsByName("postgres") };
    const rssSamples = [];
    const rssTimer = setInterval(() => rssSamples.push(procStatusMiB(server.pid, "VmRSS")), 1000);
    const t0 = now();
    healthPolling = true;
    const healthLoop = (async () => {
      while (healthPolling) {
        const sent = now() - t0;
        let status = 0;
        try {
          const res = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(10_000) });
          status = res.status;
          await res.text();
        } catch {
          status = 0;
        }
        healthSamples.push({ sent, at: now() - t0, status });
        await sleep(200);
      }
    })();

    // Autosave: two users a connection, split into staggered groups.
    const saveConnections = Math.ceil(stateUsers.length / 2);
    const perConnection = Array.from({ length: saveConnections }, (_, c) => stateUsers.filter((_, i) => i % saveConnections === c));
    const runs = [];
    const groupSize = Math.ceil(saveConnections / SAVE_GROUPS);
    for (let g = 0; g * groupSize < saveConnections; g++) {
      const mine = perConnection.slice(g * groupSize, (g + 1) * groupSize);
      runs.push(
        cannon(`autosave ${g + 1}`, mine.length, (i, client) =>
          mine[i].map((user) => ({
            setupRequest: (req) => saveRequest(user, actionId, req),
            onResponse: (status, body) => {
              const ok = onSaveAnswer(user, status, body);
              const t = now() - t0;
              saveTimeline.push({ t, ok, user });
              if (!ok) user.failed += 1;
              lastOnClient.set(client, { kind: "save", ok });
            },
          })),
        ),
      );
      await sleep(1000 / SAVE_GROUPS);
    }
    const sectionConnections = Math.max(1, Math.round(stateUsers.length / SECTION_EVERY));
    runs.push(
      cannon("sections", sectionConnections, (c, client) =>
        stateUsers
          .filter((_, i) => i % sectionConnections === c)
          .map((user, k) => ({
            setupRequest: (req) => pageRequest(user.cookie, `/workspace/${CYCLE}/${SECTIONS[(k + user.acked) % SECTIONS.length]}`)(req),
            onResponse: (status) => lastOnClient.set(client, { kind: "section", ok: status === 200 }),
          })),
      ),
    );
    const secretariatConnections = Math.max(1, Math.round(secretariat.length / SECRETARIAT_EVERY));
    runs.push(
      cannon("secretariat", secretariatConnections, (c, client) =>
        secretariat
          .filter((_, i) => i % secretariatConnections === c)
          .map((user) => {
            let kind = "dashboard";
            return {
              setupRequest: (req) => {
                const [k, url] = SECRETARIAT_PAGES[user.next++ % SECRETARIAT_PAGES.length];
                kind = k;
                return pageRequest(user.cookie, url)(req);
              },
              onResponse: (status) => lastOnClient.set(client, { kind, ok: status === 200 }),
            };
          }),
      ),
    );

    let restart = null;
    const restartRun = RESTART
      ? (async () => {
          await sleep(Math.max(0, RESTART_AT * 1000 - (now() - t0)));
          if (restartSkipped) {
            restart = { skipped: restartSkipped };
            return;
          }
          if (vitestRunning()) {
            restart = { skipped: "vitest was running at the moment of the restart" };
            return;
          }
          restart = await restartDatabase(db.url, t0);
        })()
      : Promise.resolve();

    const results = await Promise.all(runs);
    await restartRun;
    const elapsed = (now() - t0) / 1000;
    healthPolling = false;
    await healthLoop;
    clearInterval(rssTimer);
    const rssAfter = procStatusMiB(server.pid, "VmRSS");
    const hwm = procStatusMiB(server.pid, "VmHWM");
    const generatorCpu = process.cpuUsage(cpuBefore.generator);
    const cpu = {
      server: (cpuSeconds(server.pid) - cpuBefore.server) / elapsed,
      generator: (generatorCpu.user + generatorCpu.system) / 1e6 / elapsed,
      // A restart replaces the postmaster, whose reaped children carried the count: no figure then.
      postgres: restart && !restart.skipped ? NaN : (cpuSecondsByName("postgres") - cpuBefore.postgres) / elapsed,
    };
    // Requests abandoned by autocannon at the end may still be running on the server: let them finish.
    await sleep(3000);

    // Zero lost: the database holds each user's last acknowledged text at its acknowledged version,
    // or (a save in flight when the load stopped) the text sent after it, one version later.
    const check = { exact: 0, ahead: 0, lost: 0, none: 0 };
    await withClient(db.url, async (c) => {
      const rows = (await c.query("select submission_id, question_id, value, version from answer")).rows;
      const byKey = new Map(rows.map((r) => [`${r.submission_id}/${r.question_id}`, r]));
      for (const u of stateUsers) {
        const row = byKey.get(`${u.submissionId}/${u.questionId}`);
        if (!u.ackedText) {
          check.none += 1;
          continue;
        }
        if (row?.value?.[u.field] === u.ackedText && row.version === u.version) check.exact += 1;
        else if (row && row.version === u.version + 1 && row.value?.[u.field] === `Value ${u.acked + 1} of ${u.email}`) check.ahead += 1;
        else check.lost += 1;
      }
    });

    // Restart figures, from the timelines.
    if (restart && !restart.skipped && restart.dbUpAt !== undefined) {
      const firstBad = healthSamples.find((h) => h.sent >= restart.issuedAt && h.status !== 200);
      const firstGoodAfter = healthSamples.find((h) => h.sent >= restart.dbUpAt && h.status === 200);
      const failures = saveTimeline.filter((s) => !s.ok && s.t >= restart.issuedAt);
      const lastFailure = failures.length ? failures.at(-1).t : restart.dbUpAt;
      const inOutage = failures.filter((s) => s.t <= Math.max(lastFailure, restart.dbUpAt));
      for (const s of inOutage) s.user.failedInOutage += 1;
      const firstSaveBack = saveTimeline.find((s) => s.ok && s.t >= restart.dbUpAt);
      const affected = stateUsers.filter((u) => u.failedInOutage > 0);
      for (const u of affected) u.ackedAfterOutageFailure = saveTimeline.some((s) => s.ok && s.user === u && s.t > lastFailure);
      Object.assign(restart, {
        healthBadAt: firstBad?.at,
        healthGoodAt: firstGoodAfter?.at,
        failedSaves: inOutage.length,
        lastFailureAt: lastFailure,
        firstSaveBackAt: firstSaveBack?.t,
        affectedUsers: affected.length,
        affectedUsersLanded: affected.filter((u) => u.ackedAfterOutageFailure).length,
        adopted: stateUsers.reduce((n, u) => n + u.adopted, 0),
      });
    }

    // Report.
    console.log(`\n${USERS} users (${STATE_USERS} State: a save every 2 s, a section every ${SECTION_EVERY} s; ${SECRETARIAT_USERS} secretariat: a page every ${SECRETARIAT_EVERY} s) for ${SECONDS} s; ${os.cpus().length} CPU(s), load average ${os.loadavg()[0].toFixed(1)} at the end`);
    // What the users ask for (each connection at most one request a second); the server may answer fewer.
    const target = { save: saveConnections, section: sectionConnections, dashboard: secretariatConnections / 3, analysis: (secretariatConnections * 2) / 3 };
    const rows = KINDS.map((k) => {
      const s = stats[k];
      const l = s.latencies.sort((a, b) => a - b);
      const codes = Object.entries(s.statuses).map(([code, n]) => `${code}×${n}`).join(" ");
      return [k, target[k].toFixed(1), l.length, (l.length / elapsed).toFixed(1), ms(quantile(l, 0.5)), ms(quantile(l, 0.99)), ms(l.at(-1)), s.failed, codes];
    });
    const total = KINDS.reduce((n, k) => n + stats[k].latencies.length, 0);
    const totalTarget = KINDS.reduce((n, k) => n + target[k], 0);
    rows.push(["all", totalTarget.toFixed(1), total, (total / elapsed).toFixed(1), "", "", "", KINDS.reduce((n, k) => n + stats[k].failed, 0), ""]);
    for (const line of table(["request", "asked/s", "answered", "per s", "median", "p99", "max", "failed", "HTTP status"], rows)) console.log(line);
    const ac = results.reduce((a, { result }) => ({ errors: a.errors + result.errors, timeouts: a.timeouts + result.timeouts, non2xx: a.non2xx + result.non2xx }), { errors: 0, timeouts: 0, non2xx: 0 });
    console.log(`autocannon: ${ac.errors} connection errors, ${ac.timeouts} timeouts (30 s), ${ac.non2xx} non-2xx answers`);
    const acked = stateUsers.reduce((n, u) => n + u.acked, 0);
    const conflicts = stateUsers.reduce((n, u) => n + u.conflicts, 0);
    console.log(`saves: ${acked} acknowledged, ${stats.save.failed} failed (retried on the user's next turn), ${conflicts} unexpected conflicts`);
    console.log(`acknowledged saves in the database: ${check.exact} users exact, ${check.ahead} one save further (sent as the load stopped: committed, answer not read), ${check.lost} LOST, ${check.none} users never acknowledged`);
    console.log(`server memory (RSS): ${rssBefore} MiB before the load, peak ${Math.max(...rssSamples)} MiB (sampled each second), ${rssAfter} MiB at the end; VmHWM ${hwm} MiB`);
    const healthTimes = healthSamples.map((h) => h.at - h.sent).sort((a, b) => a - b);
    console.log(`/api/health (polled every 200 ms): ${healthTimes.length} answers, median ${ms(quantile(healthTimes, 0.5))}, p99 ${ms(quantile(healthTimes, 0.99))}; an outage shorter than these is not seen`);
    const cores = (n) => (Number.isFinite(n) ? `${n.toFixed(2)} cores` : "n/a (restarted)");
    console.log(`CPU during the load (of ${os.cpus().length}): server ${cores(cpu.server)}, PostgreSQL (all databases) ${cores(cpu.postgres)}, load generator (autocannon and this script) ${cores(cpu.generator)}`);
    if (restart?.skipped) console.log(`restart: not done (${restart.skipped})`);
    else if (restart) {
      const rel = (t, from) => (t === undefined || from === undefined ? "never" : `${t >= from ? "+" : "−"}${(Math.abs(t - from) / 1000).toFixed(2)} s`);
      console.log(`\nrestart: pg_ctlcluster ${PG_CLUSTER.join(" ")} restart at ${(restart.issuedAt / 1000).toFixed(1)} s into the load, exit ${restart.exitCode}${restart.stderr ? ` (${restart.stderr})` : ""}, returned after ${rel(restart.commandDoneAt, restart.issuedAt)}`);
      console.log(`  database (a new connection every 50 ms): refused from ${rel(restart.dbDownAt, restart.issuedAt)} to ${rel(restart.dbUpAt, restart.issuedAt)} after the command (${restart.refusals}): away ${rel(restart.dbUpAt, restart.dbDownAt)}`);
      console.log(`  /api/health (polled every 200 ms): first non-200 answer ${rel(restart.healthBadAt, restart.dbDownAt)} after the database went away; 200 again ${rel(restart.healthGoodAt, restart.dbUpAt)} after it was back`);
      console.log(`  saves: ${restart.failedSaves} failed, by ${restart.affectedUsers} users, the last ${rel(restart.lastFailureAt, restart.dbUpAt)} from the database's return; first acknowledged save ${rel(restart.firstSaveBackAt, restart.dbUpAt)} after it`);
      const buckets = [];
      for (let from = -2000; from < 4000; from += 500) {
        const inBucket = saveTimeline.filter((e) => e.t >= restart.issuedAt + from && e.t < restart.issuedAt + from + 500);
        buckets.push(`${from >= 0 ? "+" : ""}${(from / 1000).toFixed(1)} ${inBucket.filter((e) => e.ok).length}/${inBucket.filter((e) => !e.ok).length}`);
      }
      console.log(`  saves acknowledged/failed per half second from the command: ${buckets.join(", ")}`);
      console.log(`  retries: ${restart.affectedUsersLanded} of those ${restart.affectedUsers} users had their unsent text acknowledged afterwards (${restart.adopted} retries found their first try committed); in the database: see "LOST" above`);
    }
    console.log(
      `\nJSON ${JSON.stringify({
        users: USERS, seconds: SECONDS, elapsed: Number(elapsed.toFixed(1)),
        kinds: Object.fromEntries(KINDS.map((k) => [k, { n: stats[k].latencies.length, p50: quantile(stats[k].latencies, 0.5), p99: quantile(stats[k].latencies, 0.99), failed: stats[k].failed }])),
        acked, check, cpu, rss: { before: rssBefore, peak: Math.max(...rssSamples), after: rssAfter, hwm }, autocannon: ac,
        restart: restart && { ...restart },
      })}`,
    );
    console.log(`server error output: ${readFileSync(serverLogPath, "utf8").split("\n").filter(Boolean).length} lines in ${serverLogPath}`);
    if (check.lost > 0) process.exitCode = 2;
  } finally {
    healthPolling = false;
    if (server) {
      server.kill("SIGTERM");
      await sleep(1500);
    }
    closeSync(serverLog);
    try {
      await dropBenchDatabase(ADMIN_URL, db.name);
    } catch (error) {
      console.error(`could not drop ${db.name}: ${error.message}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

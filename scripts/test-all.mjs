// `npm test`: everything CI runs, in order — lint, typecheck, unit tests, integration tests against
// real PostgreSQL (plus the PGlite smoke test), then the Playwright journeys against a production
// build. Stops at the first failing stage; ends with one "N passed, N failed" line over all tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const reports = mkdtempSync(path.join(tmpdir(), "rapporteur-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } });
  console.log(`--- ${title}: ${result.status === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result.status === 0;
}

function addVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function addPlaywright(file) {
  if (!existsSync(file)) return;
  const stats = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

function finish(ok) {
  rmSync(reports, { recursive: true, force: true });
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

/** The journeys drive Debian's Chromium; on a fresh Debian machine (as root) it is installed here. */
function ensureChromium() {
  const browser = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (existsSync(browser)) return true;
  if (process.getuid?.() === 0 && existsSync("/usr/bin/apt-get")) {
    return run("install Chromium (apt)", "sh", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium"]);
  }
  console.error(`Chromium not found at ${browser}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  return false;
}

const vitestJson = (name) => ["--reporter=default", "--reporter=json", `--outputFile.json=${path.join(reports, `${name}.json`)}`];
const stages = [
  () => run("lint", "npx", ["eslint", "--max-warnings=0", "."]),
  () => run("typecheck", "npx", ["tsc", "--noEmit"]),
  () => {
    const ok = run("unit tests", "npx", ["vitest", "run", "--project", "unit", ...vitestJson("unit")]);
    addVitest(path.join(reports, "unit.json"));
    return ok;
  },
  () => {
    const ok = run("integration tests (PostgreSQL, PGlite smoke)", "npx", ["vitest", "run", "--project", "integration", ...vitestJson("integration")]);
    addVitest(path.join(reports, "integration.json"));
    return ok;
  },
  () => run("production build", "node", ["scripts/start.mjs", "--build-only"]),
  () => ensureChromium(),
  () => {
    const file = path.join(reports, "e2e.json");
    const ok = run("end-to-end journeys (Chromium)", "npx", ["playwright", "test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
    addPlaywright(file);
    return ok;
  },
];

for (const stage of stages) {
  if (!stage()) finish(false);
}
finish(true);

// `npm start` (and `--build-only`): build when the sources changed since the last build, then serve. The server migrates
// and seeds the database at start (instrumentation.ts).
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SOURCES = ["app", "components", "lib", "db", "proxy.ts", "instrumentation.ts", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function walk(entry, out) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  const st = statSync(full);
  if (st.isDirectory()) {
    for (const name of readdirSync(full)) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${st.size}:${st.mtimeMs}`);
  }
}

function fingerprint() {
  const files = [];
  for (const s of SOURCES) walk(s, files);
  return createHash("sha256").update(files.sort().join("\n")).digest("hex");
}

const stamp = path.join(root, ".next", "rapporteur-source-fingerprint");
const current = fingerprint();
const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current;
if (!built) {
  console.log("Building Rapporteur (first start or changed sources)…");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, current);
}
if (process.argv.includes("--build-only")) process.exit(0);

const port = process.env.PORT ?? "3000";
const env = { ...process.env, NODE_ENV: "production", PORT: port, NEXT_TELEMETRY_DISABLED: "1" };
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], { cwd: root, stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

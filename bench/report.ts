// `npx tsx bench/report.ts`: the report engine on 193 accepted full replies to questionnaire tip v2
// (cycle sc-2026 with the CONFLICT module, template "sc-conflict"). Prints median and spread
// (min–max, p90) over BENCH_RUNS runs (default 10), after one warm-up run, with the median CPU time
// beside it (the machine may be shared: other work stretches wall time far more than CPU time), for:
//   1. aggregation alone (analyseQuestions over every question) and the whole generateReport;
//   2. the PDF render (renderReportPdf), and its peak memory: one child process per run
//      (BENCH_MEM_RUNS, default 3) reads the document from a file, resets the peak resident memory
//      (Linux /proc/self/clear_refs), renders once and reads process.resourceUsage().maxRSS: the
//      high-water mark, so no peak inside react-pdf's long synchronous layout is missed, as a timer
//      sampler would miss it;
//   3. the Word export (renderReportDocx);
//   4. the same text laid out without the report's structure (renderPlainTextPdf) and the ratio
//      PDF / plain, so the cost of the page template and the footnote passes shows.
// Everything measured is a pure function run from the TypeScript source by tsx: no database, no
// server and no production build are needed. NODE_ENV defaults to "production" (React's production
// build, as the server runs it). A module not written yet is reported as "not available yet".
// Not part of npm test; timings never go into tests.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MEMBER_STATES } from "@/db/seed/member-states";
import type { ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import type { QuestionnaireDefinition } from "@/lib/questionnaire/definition";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import type { ReportDocument } from "@/lib/report/document";

const ROOT = path.resolve(__dirname, "..");
const REPLIES = 193;
const TEMPLATE = "sc-conflict";
const MODULES = ["CONFLICT"];
const CHILD_FLAG = "--pdf-memory-child";

/** Reads a positive integer from the environment. */
function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not "${raw}"`);
  return n;
}

/** Median, nearest-rank p90, min and max of a sample. */
function summary(values: readonly number[]): { median: number; p90: number; min: number; max: number } {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, p90: s[Math.ceil(0.9 * s.length) - 1]!, min: s[0]!, max: s[s.length - 1]! };
}

/** Other work on the machine skews every figure: printed at the start and the end. */
const loadAverage = () => loadavg().map((n) => n.toFixed(2)).join(" ");
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/** A measured step: wall-clock durations and the process's CPU time (all threads, GC included) per run. */
interface Timed<T> {
  times: number[];
  cpu: number[];
  result: T;
}

function line(label: string, timed: Timed<unknown>, note = ""): void {
  const { median, p90, min, max } = summary(timed.times);
  const cpu = summary(timed.cpu).median;
  console.log(
    `${label.padEnd(34)} median ${ms(median).padStart(6)} ms   min–max ${ms(min)}–${ms(max)} ms   p90 ${ms(p90)} ms   CPU median ${ms(cpu)} ms${note ? `   ${note}` : ""}`,
  );
}

function unavailable(label: string, why = "not available yet"): void {
  console.log(`${label.padEnd(34)} ${why}`);
}

/**
 * Runs `fn` once to warm up, then `runs` times; returns the durations (ms) and the last result. Each
 * run gets its own `setup()` value, made before the clock starts. CPU time is given beside wall time
 * because the machine is shared: other work lengthens wall time much more than CPU time.
 */
async function time<T, A = undefined>(runs: number, fn: (arg: A) => T | Promise<T>, setup: () => A = () => undefined as A): Promise<Timed<T>> {
  let result = await fn(setup());
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const arg = setup();
    const c = process.cpuUsage();
    const t = performance.now();
    result = await fn(arg);
    times.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { times, cpu, result };
}

/**
 * A fresh copy of each reply's answers, as a server loads them from the database for each generation:
 * lib/analysis keeps the visibility it resolved per answers object, so runs on the same objects would
 * measure a warm cache that a real generation does not have.
 */
function freshAnswers<R extends { answers: UncheckedAnswers }>(replies: readonly R[]): R[] {
  return replies.map((r) => ({ ...r, answers: structuredClone(r.answers) }));
}

/**
 * Imports a module of the engine that may not be written yet: undefined when its file does not
 * exist, so the line says "not available yet" instead of the bench failing. A module that exists but
 * does not load is an error worth seeing, and is thrown.
 */
async function optional<T>(file: string, load: () => Promise<T>): Promise<T | undefined> {
  if (!existsSync(path.join(ROOT, file))) return undefined;
  return load();
}

/** The part of Vite's dev server the bench uses (Vite is vitest's own dependency, not hoisted). */
interface ViteSsr {
  ssrLoadModule(url: string): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

/** `import()` as Node does it, not rewritten to `require` by tsx (Vite is ESM only). */
const nativeImport = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<Record<string, unknown>>;

let vite: ViteSsr | undefined;
/**
 * Vite's SSR module loader, as vitest loads modules. @react-pdf/renderer's dependencies are ESM
 * only and export some subpaths to `import` alone, which tsx cannot load from this CommonJS project
 * (ERR_PACKAGE_PATH_NOT_EXPORTED); Vite transforms our TypeScript and leaves node_modules to Node's
 * own ESM loader, as vitest (where the renderers are tested) and Next.js's server do.
 */
async function viteServer(): Promise<ViteSsr> {
  if (vite) return vite;
  const vitestDir = path.dirname(require.resolve("vitest/package.json", { paths: [ROOT] }));
  const { createServer } = (await nativeImport(pathToFileURL(require.resolve("vite", { paths: [vitestDir] })).href)) as {
    createServer(config: Record<string, unknown>): Promise<ViteSsr>;
  };
  vite = await createServer({
    root: ROOT,
    configFile: false,
    logLevel: "error",
    appType: "custom",
    server: { middlewareMode: true, hmr: false, ws: false },
    resolve: { alias: { "@": ROOT } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return vite;
}

/** How each renderer was loaded, for the output. */
const loaders: string[] = [];

/**
 * A renderer module: imported by tsx like the rest when it can be, else through Vite (see
 * `viteServer`). Undefined when its file does not exist yet.
 */
async function renderer<T>(file: string, load: () => Promise<T>): Promise<T | undefined> {
  if (!existsSync(path.join(ROOT, file))) return undefined;
  try {
    const mod = await load();
    loaders.push(`${file}: tsx`);
    return mod;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_PACKAGE_PATH_NOT_EXPORTED" && code !== "ERR_REQUIRE_ESM") throw error;
    const mod = (await (await viteServer()).ssrLoadModule(`/${file}`)) as T;
    loaders.push(`${file}: Vite SSR loader (an ESM-only dependency)`);
    return mod;
  }
}

/** Every text the report prints, in reading order, numbered as printed: the plain-text baseline's input. */
function printedTexts(doc: ReportDocument, numberDocument: typeof import("@/lib/report/document").numberDocument): string[] {
  const numbered = numberDocument(doc);
  const out: string[] = [];
  if (numbered.summary) out.push(numbered.summary.text, ...numbered.summary.footnotes.map((f) => `${f.number} ${f.text}`));
  for (const b of numbered.blocks) {
    if (b.type === "heading") out.push(b.label ? `${b.label} ${b.text}` : b.text);
    else if (b.type === "paragraph") out.push(`${b.number}. ${b.text}`, ...b.footnotes.map((f) => `${f.number} ${f.text}`));
    else out.push(`${b.number}. ${b.chapeau}`, ...b.items.map((item, i) => `${b.letters[i]} ${item.text}`));
  }
  return out;
}

/**
 * Resets the process's peak resident memory to its current value (Linux: /proc/self/clear_refs "5"
 * resets VmHWM, which getrusage's maxRSS reads), so the peak read after the render is the render's
 * own, not module loading's. False where that is not possible.
 */
function resetPeakRss(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

/** The child of one memory run: renders the document in `file` once and prints its memory figures. */
async function memoryChild(file: string): Promise<void> {
  const doc = JSON.parse(readFileSync(file, "utf8")) as ReportDocument;
  const pdf = await renderer("lib/report/render/pdf.tsx", () => import("@/lib/report/render/pdf"));
  if (!pdf) throw new Error("lib/report/render/pdf.tsx is not there");
  (globalThis as { gc?: () => void }).gc?.();
  const reset = resetPeakRss();
  const start = process.memoryUsage().rss;
  const before = process.resourceUsage().maxRSS * 1024;
  const t = performance.now();
  const out = await pdf.renderReportPdf(doc);
  const elapsed = performance.now() - t;
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(JSON.stringify({ reset, start, before, peak, ms: elapsed, bytes: out.length }));
}

/**
 * Collects console warnings while `fn` runs (react-pdf's paginator warns about an item taller than a
 * page), so the table stays readable; they are summarised after it, with the step that gave them.
 */
const warnings = new Map<string, number>();
async function quietly<T>(step: string, fn: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const key = `${step}: ${args.map(String).join(" ")}`;
    warnings.set(key, (warnings.get(key) ?? 0) + 1);
  };
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
}

/** Replies built here when lib/report/fixtures/replies.ts is not there (aggregation only). */
async function ownReplies(definition: QuestionnaireDefinition): Promise<ReplyForAnalysis[]> {
  const { generateReply } = await import("@/lib/demo/generate-replies");
  const { visibleAnswers } = await import("@/lib/questionnaire/conditions");
  return MEMBER_STATES.filter((s) => s.status === "MEMBER").map((s) => ({
    state: { id: s.iso3, name: s.name, accepted: true },
    answers: visibleAnswers(definition, generateReply(definition, { stateId: s.iso3, seed: "rapporteur-fixture/sc-2026", completeness: "full", modules: MODULES, years: [2025, 2026] }), {
      modules: MODULES,
    }) as UncheckedAnswers,
  }));
}

async function main(): Promise<void> {
  await measure();
  console.log(`\nLoad average at the end: ${loadAverage()}.`);
}

async function measure(): Promise<void> {
  const runs = envInt("BENCH_RUNS", 10);
  const memRuns = envInt("BENCH_MEM_RUNS", 3);
  const cpu = cpus();
  console.log(`Report engine benchmark: ${REPLIES} accepted full replies, questionnaire tip v2, modules ${MODULES.join(", ")}, template "${TEMPLATE}"`);
  console.log(
    `Node ${process.version}, ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, NODE_ENV=${process.env.NODE_ENV}, load average ${loadAverage()}; ${runs} runs after 1 warm-up (BENCH_RUNS).`,
  );
  console.log("Pure functions run from the TypeScript source with tsx: no production build, database or server involved.");
  console.log("Aggregation and generation get a fresh copy of the answers on every run, as a server loads them (nothing cached between runs).\n");

  // Replies: the shared deterministic fixture when it is there, else built here.
  const { ZQuestionnaireDefinition } = await import("@/lib/questionnaire/definition");
  const { TIP_QUESTIONNAIRE_V2 } = await import("@/lib/questionnaire/tip/definition-v2");
  const fixtures = await optional("lib/report/fixtures/replies.ts", () => import("@/lib/report/fixtures/replies"));
  let t = performance.now();
  const fixture = fixtures?.buildFixtureReplies(REPLIES);
  const definition = fixture?.definition ?? ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
  const replies: ReplyForAnalysis[] = fixture
    ? fixture.replies.map((r) => ({ state: { id: r.source.stateId, name: r.source.stateName, accepted: r.source.status === "ACCEPTED" }, answers: r.answers }))
    : await ownReplies(definition);
  console.log(`Replies: ${replies.length} from ${fixture ? "lib/report/fixtures/replies.ts" : "generateReply (the fixture module is not available yet)"}, built in ${ms(performance.now() - t)} ms (not measured below).\n`);

  // 1. Aggregation and generation.
  const { analyseQuestions } = await import("@/lib/report/analysis");
  const ids = definition.sections.flatMap((s) => s.questions.map((q) => q.id));
  const aggregation = await time(runs, (fresh) => analyseQuestions(definition, ids, fresh, { modules: MODULES }), () => freshAnswers(replies));
  line(`Aggregation (${ids.length} questions)`, aggregation);

  const generate = await optional("lib/report/generate.ts", () => import("@/lib/report/generate"));
  let doc: ReportDocument | undefined;
  if (generate && fixtures && fixture) {
    const input = fixtures.fixtureInput(fixture, TEMPLATE, "SC");
    const first = { ...input, replies: freshAnswers(input.replies) };
    t = performance.now();
    doc = generate.generateReport(first);
    const cold = performance.now() - t;
    const generation = await time(runs, (fresh) => generate.generateReport(fresh), () => ({ ...input, replies: freshAnswers(input.replies) }));
    doc = generation.result;
    const paragraphs = doc.blocks.filter((b) => b.type === "paragraph").length;
    line("generateReport (whole)", generation, `first (cold) ${ms(cold)} ms; ${paragraphs} paragraphs, aim < 300 ms`);
  } else unavailable("generateReport (whole)", generate ? "not available yet (needs lib/report/fixtures/replies.ts)" : "not available yet");

  // 2–4. Renderers, on the generated document.
  if (!doc) {
    for (const label of ["PDF render (renderReportPdf)", "PDF peak memory (RSS, child)", "Word export (renderReportDocx)", "Plain-text PDF (same text)"]) {
      unavailable(label, "not available yet (needs generateReport)");
    }
    return;
  }
  const { numberDocument } = await import("@/lib/report/document");
  const report = doc;
  const pdf = await renderer("lib/report/render/pdf.tsx", () => import("@/lib/report/render/pdf"));
  const docx = await renderer("lib/report/render/docx.ts", () => import("@/lib/report/render/docx"));
  if (loaders.length) console.log(`Renderers loaded by: ${loaders.join("; ")}.`);

  let pdfMedian: number | undefined;
  if (pdf) {
    const detailed = "renderReportPdfDetailed" in pdf ? await quietly("PDF render", () => pdf.renderReportPdfDetailed(report)) : undefined;
    const rendered = await quietly("PDF render", () => time(runs, () => pdf.renderReportPdf(report)));
    const pages = (rendered.result.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
    pdfMedian = summary(rendered.times).median;
    const passes = detailed ? `, ${detailed.passes} footnote pass${detailed.passes === 1 ? "" : "es"}${detailed.stable ? "" : " (NOT stable)"}` : "";
    line("PDF render (renderReportPdf)", rendered, `${pages} pages, ${(rendered.result.length / 1024).toFixed(0)} KiB${passes}; aim < 2 s`);

    const dir = mkdtempSync(path.join(tmpdir(), "bench-report-"));
    try {
      const file = path.join(dir, "doc.json");
      writeFileSync(file, JSON.stringify(report));
      const peaks: number[] = [];
      const added: number[] = [];
      const colds: number[] = [];
      let reset = true;
      for (let i = 0; i < memRuns; i++) {
        const args = [...process.execArgv, "--expose-gc", process.argv[1]!, CHILD_FLAG, file];
        const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", env: process.env });
        const out = child.stdout.trim().split("\n").at(-1) ?? "";
        if (child.status !== 0 || !out.startsWith("{")) throw new Error(`memory run failed: ${child.stderr || out}`);
        const r = JSON.parse(out) as { reset: boolean; start: number; before: number; peak: number; ms: number };
        reset &&= r.reset;
        peaks.push(r.peak);
        added.push(r.peak - (r.reset ? r.start : r.before));
        colds.push(r.ms);
      }
      const peak = summary(peaks);
      const delta = summary(added);
      const how = reset ? "peak reset before the render" : "maxRSS delta: a lower bound, the peak could not be reset";
      console.log(
        `${"PDF peak memory (RSS, child)".padEnd(34)} peak ${mb(peak.median)} MiB (max ${mb(peak.max)}), ${mb(delta.median)} MiB (max ${mb(delta.max)}) above the RSS at the render's start; ${memRuns} fresh process${memRuns === 1 ? "" : "es"} (BENCH_MEM_RUNS, ${how}); first render in each ${colds.map(ms).join(", ")} ms`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else {
    unavailable("PDF render (renderReportPdf)");
    unavailable("PDF peak memory (RSS, child)");
  }

  if (docx) {
    const exported = await time(runs, () => docx.renderReportDocx(report));
    line("Word export (renderReportDocx)", exported, `${(exported.result.length / 1024).toFixed(0)} KiB`);
  } else unavailable("Word export (renderReportDocx)");

  if (pdf && "renderPlainTextPdf" in pdf) {
    const texts = printedTexts(report, numberDocument);
    const plain = await quietly("plain-text PDF", () => time(runs, () => pdf.renderPlainTextPdf(texts)));
    const plainMedian = summary(plain.times).median;
    const ratio = pdfMedian !== undefined && plainMedian > 0 ? `; PDF / plain = ${(pdfMedian / plainMedian).toFixed(1)}×` : "";
    line("Plain-text PDF (same text)", plain, `${texts.length} texts, ${texts.reduce((n, s) => n + s.length, 0)} characters${ratio}`);
  } else unavailable("Plain-text PDF (same text)");
  for (const [text, n] of warnings) console.log(`Warned ${n} time${n === 1 ? "" : "s"}, ${text}`);
}

// React (under react-pdf) as the server runs it; an explicit NODE_ENV is kept.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
const childAt = process.argv.indexOf(CHILD_FLAG);
(childAt >= 0 ? memoryChild(process.argv[childAt + 1]!) : main())
  .then(() => vite?.close())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

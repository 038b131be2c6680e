import { existsSync } from "node:fs";
import { chromium, type Browser, type Route } from "playwright-core";

/**
 * Printing HTML to PDF with headless Chromium, for the documents react-pdf cannot lay out (Arabic:
 * docs/decisions/008-receipt-in-every-language.md).
 *
 * One browser per process, started on first use (about 0.3 s) and shared; each print gets its own
 * context (no cookies, no cache, JavaScript off) and page, closed afterwards. At most
 * MAX_CONCURRENT_PRINTS run at once, the others wait their turn. The browser is closed after
 * IDLE_CLOSE_MS without a print (it keeps the process alive while open), when it crashes (the next print
 * starts a new one), on closeChromium(), and on process exit (Playwright kills the browsers it launched
 * in its own `exit` handler; the signal handlers stay the application's).
 *
 * The browser is Debian's Chromium (`apt-get install chromium`), never downloaded: CHROMIUM_PATH
 * overrides /usr/bin/chromium.
 */

const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";
const LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync"];
const MAX_CONCURRENT_PRINTS = 4;
const IDLE_CLOSE_MS = 60_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/** A file the page may load (fonts): its bytes and type. */
export interface PrintAsset {
  body: Buffer;
  contentType: string;
}

export interface PrintOptions {
  /** The whole document. It may reference assets under `assetOrigin` and nothing else. */
  html: string;
  /** Origin (e.g. "https://receipt-assets.invalid") of the URLs `asset` answers; every other request is aborted. */
  assetOrigin?: string;
  /** The bytes of an asset URL, or null (the request is aborted). */
  asset?: (url: URL) => PrintAsset | null;
  /**
   * Fonts to load before printing although the page's body may not use them (text only in `@page`
   * margin boxes, such as a footer): CSS font shorthand and the text, as for `document.fonts.load`.
   */
  preloadFonts?: { font: string; text: string }[];
  /** Whole print (launch included), in milliseconds. */
  timeoutMs?: number;
}

/** The path of the Chromium executable: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

let browserPromise: Promise<Browser> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let active = 0;
const waiting: (() => void)[] = [];

async function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  // (The path is configuration, not a project file: the build must not trace it.)
  if (!existsSync(/*turbopackIgnore: true*/ executablePath)) {
    throw new Error(
      `Chromium is needed to print this PDF but was not found at ${executablePath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH to the Chromium executable.`,
    );
  }
  return chromium.launch({ executablePath, args: LAUNCH_ARGS, headless: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
}

function browser(): Promise<Browser> {
  if (browserPromise) return browserPromise;
  const started = launch().then((b) => {
    b.on("disconnected", () => {
      if (browserPromise === started) browserPromise = null;
    });
    return b;
  });
  // A failed launch is not kept: the next print tries again (e.g. once Chromium is installed).
  started.catch(() => {
    if (browserPromise === started) browserPromise = null;
  });
  browserPromise = started;
  return started;
}

async function acquire(): Promise<void> {
  if (idleTimer) {
    clearTimeout(idleTimer);
    idleTimer = null;
  }
  if (active < MAX_CONCURRENT_PRINTS) {
    active++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) {
    next(); // the slot passes to the next print
    return;
  }
  active--;
  if (active === 0 && browserPromise) {
    idleTimer = setTimeout(() => void closeChromium(), IDLE_CLOSE_MS);
    idleTimer.unref();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new Error(`Printing the PDF with Chromium took longer than ${ms} ms.`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Prints `html` to an A4 PDF. Rejects when Chromium is missing (naming CHROMIUM_PATH) or on timeout. */
export async function printPdf(opts: PrintOptions): Promise<Buffer> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  await acquire();
  let closeContext: (() => Promise<void>) | null = null;
  try {
    const work = (async () => {
      const context = await (await browser()).newContext({ javaScriptEnabled: false, offline: false, locale: "en-US" });
      closeContext = () => context.close().catch(() => undefined);
      const page = await context.newPage();
      page.setDefaultTimeout(timeoutMs);
      // Nothing leaves the machine: the page's own assets are answered from memory, the rest refused.
      await page.route("**/*", (route: Route) => {
        const url = new URL(route.request().url());
        const asset = opts.asset && opts.assetOrigin && url.origin === opts.assetOrigin ? opts.asset(url) : null;
        return asset ? route.fulfill({ status: 200, body: asset.body, contentType: asset.contentType }) : route.abort("blockedbyclient");
      });
      await page.setContent(opts.html, { waitUntil: "load" });
      // Web fonts load when the layout first needs them; print only once all have arrived.
      // (Playwright evaluates in its own world: this works with the page's JavaScript off.)
      await page.evaluate(async (preload) => {
        await Promise.all(preload.map((p) => document.fonts.load(p.font, p.text)));
        await document.fonts.ready;
      }, opts.preloadFonts ?? []);
      // Page size, margins and running footers come from the page's CSS (@page and its margin boxes).
      return await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    })();
    return await withTimeout(work, timeoutMs, () => void closeContext?.());
  } finally {
    await (closeContext as (() => Promise<void>) | null)?.();
    release();
  }
}

/** Closes the shared browser (tests, shutdown); the next print starts a new one. */
export async function closeChromium(): Promise<void> {
  if (idleTimer) {
    clearTimeout(idleTimer);
    idleTimer = null;
  }
  const pending = browserPromise;
  browserPromise = null;
  if (!pending) return;
  const b = await pending.catch(() => null);
  await b?.close().catch(() => undefined);
}

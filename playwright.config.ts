import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { SMTP_URL } from "./tests/e2e/support/smtp";

const PORT = Number(process.env.E2E_PORT ?? 3210);
export const BASE_URL = `http://localhost:${PORT}`;
// A fresh embedded database for every run: the journeys never depend on what an earlier run left.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(tmpdir(), "rapporteur-e2e-"));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "tests/e2e",
  // A real SMTP server (smtp-server) for the run: the app sends every e-mail to it, and journeys read
  // what it received from <E2E_DATA_DIR>/smtp (tests/e2e/support/smtp.ts). Messages stay in the outbox too.
  globalSetup: "./tests/e2e/support/smtp.ts",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [{ name: "chromium", use: { browserName: "chromium" } }],
  webServer: {
    // Builds when needed (scripts/start.mjs), then serves the production build.
    command: "node scripts/start.mjs",
    url: `${BASE_URL}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      NEXTAUTH_URL: BASE_URL,
      APP_URL: BASE_URL,
      SMTP_URL,
      MAIL_FROM: "Rapporteur <no-reply@rapporteur.test>",
      REQUIRE_2FA_FOR_SECRETARIAT: "false",
      LOG_LEVEL: "warn",
    },
  },
});

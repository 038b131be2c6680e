import path from "node:path";
import type { Page } from "@playwright/test";

/** Where screenshots kept for people to look at go (git-ignored). */
export const ARTIFACTS_DIR = path.join(__dirname, "..", ".artifacts");

export async function keepScreenshot(page: Page, name: string): Promise<string> {
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

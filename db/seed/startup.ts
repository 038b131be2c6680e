import type { Db } from "@/lib/db";
import { shouldSeedDemo } from "@/lib/env";
import { DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoReplies } from "./demo-replies";
import { seedDemoAccounts, seedReferenceData } from "./index";
import { seedInitialCycles, seedQuestionnaires } from "./questionnaires";

/**
 * What every start does after migrating: reference data and shipped questionnaire versions
 * (idempotent), the first cycles on a database without any, and demo accounts on an empty
 * embedded database (or with SEED_DEMO=true), printed once, when they are created, and the demo
 * replies of the two first cycles.
 */
export async function runStartupSeed(db: Db): Promise<void> {
  await seedReferenceData(db);
  await seedQuestionnaires(db);
  await seedInitialCycles(db);
  if (!shouldSeedDemo()) return;
  const created = await seedDemoAccounts(db);
  // Demo replies of about 40 States in sc-2024 and sc-2026 (skipped for a cycle that has any reply).
  await seedDemoReplies(db);
  if (created.length === 0) return;
  const lines = created.map((a) => `  ${a.role.padEnd(22)} ${a.email}`);
  console.log(`\nDemo accounts created (demo only; password for all: ${DEMO_PASSWORD}):\n${lines.join("\n")}\n`);
}

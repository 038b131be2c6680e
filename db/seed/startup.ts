import type { Db } from "@/lib/db";
import { shouldSeedDemo } from "@/lib/env";
import { DEMO_PASSWORD } from "./demo-accounts";
import { seedDemoAccounts, seedReferenceData } from "./index";
import { seedInitialCycles, seedQuestionnaires } from "./questionnaires";

/**
 * What every start does after migrating: reference data and shipped questionnaire versions
 * (idempotent), the first cycles on a database without any, and demo accounts on an empty
 * embedded database (or with SEED_DEMO=true), printed once, when they are created.
 */
export async function runStartupSeed(db: Db): Promise<void> {
  await seedReferenceData(db);
  await seedQuestionnaires(db);
  await seedInitialCycles(db);
  if (!shouldSeedDemo()) return;
  const created = await seedDemoAccounts(db);
  if (created.length === 0) return;
  const lines = created.map((a) => `  ${a.role.padEnd(22)} ${a.email}`);
  console.log(`\nDemo accounts created (demo only; password for all: ${DEMO_PASSWORD}):\n${lines.join("\n")}\n`);
}

// Loader for bench/secretariat.mjs and bench/load.mjs (run with tsx): migrates and seeds the database
// at DATABASE_URL (reference data, questionnaires, cycles, demo accounts), then gives the first
// BENCH_ACCEPTED States of the list (default all 195) one full ACCEPTED reply in sc-2026 through the
// demo generator (what the secretariat's dashboard and analysis read) and the others an empty open
// reply (what the load benchmark's State users edit). BENCH_SEED (default "bench") seeds the generator.
// Prints one JSON line: { states, accepted, open: [state ids], answers, ms } (states = accepted).
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import * as schema from "@/db/schema";
import { buildDemoRows, insertDemoRows, loadDemoCycle, type DemoReplyPlan } from "@/db/seed/demo-replies";
import { seedDemoAccounts, seedReferenceData } from "@/db/seed/index";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { seedInitialCycles, seedQuestionnaires } from "@/db/seed/questionnaires";
import { MIGRATIONS_FOLDER, type Db } from "@/lib/db";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const acceptedCount = Number(process.env.BENCH_ACCEPTED ?? MEMBER_STATES.length);
  const seed = process.env.BENCH_SEED ?? "bench";
  const started = performance.now();
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    const db = drizzle(pool, { schema }) as unknown as Db;
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    await seedReferenceData(db);
    await seedQuestionnaires(db);
    await seedInitialCycles(db);
    await seedDemoAccounts(db);
    const cycle = await loadDemoCycle(db, "sc-2026");
    if (!cycle) throw new Error("cycle sc-2026 missing");
    const plan: DemoReplyPlan[] = MEMBER_STATES.map((s, i) => ({ stateId: s.iso3, status: i < acceptedCount ? "ACCEPTED" : "NOT_STARTED" }));
    const rows = buildDemoRows(cycle.definition, cycle, plan, { seed, allowReservedStates: true });
    const [reviewer] = await pool.query("select id from app_user where email = 'reviewer@rapporteur.test'").then((r) => r.rows as { id: string }[]);
    await db.transaction((tx) => insertDemoRows(tx, cycle, rows, reviewer?.id ?? null));
    const answers = rows.reduce((n, r) => n + Object.keys(r.answers).length, 0);
    const open = plan.filter((p) => p.status === "NOT_STARTED").map((p) => p.stateId);
    const accepted = plan.length - open.length;
    console.log(JSON.stringify({ states: accepted, accepted, open, answers, ms: Math.round(performance.now() - started) }));
  } finally {
    await pool.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

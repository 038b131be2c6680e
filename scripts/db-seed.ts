// `npm run db:seed`: reference data (idempotent) and demo accounts on an empty database.
import { seedDemoAccounts, seedReferenceData } from "@/db/seed";
import { closeDb, getDb } from "@/lib/db";

async function main() {
  const db = await getDb();
  await seedReferenceData(db);
  const created = await seedDemoAccounts(db);
  console.log(created.length ? `Demo accounts created: ${created.map((a) => a.email).join(", ")}` : "Reference data up to date; users already exist.");
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// `npm run db:migrate`: apply committed migrations (and reference data) to DATABASE_URL or the embedded database.
import { closeDb, getDb, getMigrationStatus } from "@/lib/db";
import { databaseKind } from "@/lib/env";

async function main() {
  const db = await getDb();
  const status = await getMigrationStatus(db);
  console.log(`Database (${databaseKind()}) is at migration ${status.latest} (${status.applied} applied).`);
  await closeDb();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

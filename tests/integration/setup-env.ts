import { afterAll, inject } from "vitest";
import { closeDb } from "@/lib/db";
import { resetEnvForTests } from "@/lib/env";

// Every integration test file talks to the run's own PostgreSQL database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.REQUIRE_2FA_FOR_SECRETARIAT = "false";
resetEnvForTests();

afterAll(async () => {
  await closeDb();
});

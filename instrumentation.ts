/**
 * Runs once when the server starts: migrate and seed the database before the first request, so
 * demo accounts are printed at start and a broken database is reported at once; then start the
 * background jobs (reminders): pg-boss on PostgreSQL, an in-process timer on the embedded database.
 * Never during `next build` or tests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.VITEST) return;
  const { getDb } = await import("@/lib/db");
  try {
    await getDb();
  } catch (error) {
    // The app keeps running; /api/health reports the outage and the next request retries.
    console.error("Database not ready at start:", error instanceof Error ? error.message : error);
    return;
  }
  try {
    const { startJobRunner } = await import("@/lib/jobs/runner");
    await startJobRunner();
  } catch (error) {
    // Reminders wait for the next start (or an admin's "Run scheduled reminders now"); the app serves on.
    console.error("Background jobs not started:", error instanceof Error ? error.message : error);
  }
}

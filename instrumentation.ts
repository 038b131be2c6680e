/**
 * Runs once when the server starts: migrate and seed the database before the first request, so
 * demo accounts are printed at start and a broken database is reported at once.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getDb } = await import("@/lib/db");
  try {
    await getDb();
  } catch (error) {
    // The app keeps running; /api/health reports the outage and the next request retries.
    console.error("Database not ready at start:", error instanceof Error ? error.message : error);
  }
}

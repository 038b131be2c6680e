import "server-only";
import { databaseKind, env } from "@/lib/env";
import { logger } from "@/lib/server/logger";

/** The queue of the reminder job (pg-boss queue names: letters, digits, -, _, ., /). */
export const REMINDER_QUEUE = "reminders-run";
/** Every hour, on the hour. */
export const REMINDER_CRON = "0 * * * *";
const HOUR_MS = 3_600_000;

export interface JobRunner {
  kind: "pg-boss" | "interval";
  /** Runs the reminder job once through the runner (a pg-boss job, or a tick) and waits for it. */
  trigger(): Promise<void>;
  stop(): Promise<void>;
}

const globalForJobs = globalThis as unknown as { __rapporteurJobs?: Promise<JobRunner> };

/** The job: the scheduled reminders due now. Loaded lazily so starting the runner stays light. */
async function runReminderJob(): Promise<void> {
  const { runScheduledReminders } = await import("@/lib/server/reminders/run-scheduled-reminders");
  await runScheduledReminders();
}

/**
 * On PostgreSQL: pg-boss in its own schema (`pgboss`) of the same database. The hourly schedule is
 * stored in the database, so with several instances one job is created per hour and one worker takes
 * it (the queue's `singleton` policy keeps one active at a time). A failed run is retried by pg-boss.
 */
export async function startPgBossRunner(connectionString: string): Promise<JobRunner> {
  const { PgBoss } = await import("pg-boss");
  const boss = new PgBoss({ connectionString, schema: "pgboss", max: 3, application_name: "rapporteur-jobs" });
  boss.on("error", (error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "job queue error"));
  await boss.start();
  await boss.createQueue(REMINDER_QUEUE, { policy: "singleton", retryLimit: 3, retryDelay: 60, expireInSeconds: 900 });
  await boss.schedule(REMINDER_QUEUE, REMINDER_CRON, {}, { tz: "UTC" });
  await boss.work(REMINDER_QUEUE, { pollingIntervalSeconds: 2 }, async () => {
    await runReminderJob();
  });
  logger.info({ queue: REMINDER_QUEUE, cron: REMINDER_CRON }, "job queue started (pg-boss)");
  return {
    kind: "pg-boss",
    trigger: async () => {
      const id = await boss.send(REMINDER_QUEUE, {});
      if (!id) throw new Error("the reminder job was not queued");
      for (;;) {
        const [job] = await boss.findJobs(REMINDER_QUEUE, { id });
        if (job?.state === "completed") return;
        if (!job || job.state === "failed" || job.state === "cancelled") throw new Error(`reminder job ${id} ended ${job?.state ?? "missing"}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    },
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

/**
 * On the embedded database (one process by construction): an in-process timer every hour. Runs never
 * overlap; the dedupe keys make a repeated run harmless anyway.
 */
function startInterval(intervalMs: number): JobRunner {
  let running: Promise<void> | null = null;
  const tick = (): Promise<void> => {
    running ??= runReminderJob()
      .catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "reminder job failed"))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  logger.info({ everyMs: intervalMs }, "job scheduler started (in-process)");
  return {
    kind: "interval",
    trigger: tick,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * Starts the background jobs once per process (kept on globalThis, as Next.js may load this module
 * more than once). Never during tests (NODE_ENV=test); the caller keeps it out of `next build`.
 */
export function startJobRunner(opts: { intervalMs?: number } = {}): Promise<JobRunner> | null {
  if (env().NODE_ENV === "test") return null;
  globalForJobs.__rapporteurJobs ??= (async () => {
    const url = env().DATABASE_URL;
    return databaseKind() === "postgres" && url ? startPgBossRunner(url) : startInterval(opts.intervalMs ?? HOUR_MS);
  })().catch((error: unknown) => {
    globalForJobs.__rapporteurJobs = undefined;
    throw error;
  });
  return globalForJobs.__rapporteurJobs;
}

/** Stops the background jobs of this process, if started (waits for a running job). */
export async function stopJobRunner(): Promise<void> {
  const started = globalForJobs.__rapporteurJobs;
  globalForJobs.__rapporteurJobs = undefined;
  if (!started) return;
  const runner = await started.catch(() => null);
  await runner?.stop();
}

import "server-only";
import { and, count, eq, gt, or, sql } from "drizzle-orm";
import { answers, submissions } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

/** Whether any State has an answer (or a submitted version) in the cycle; its questionnaire is then locked. */
export async function cycleHasAnswers(db: DbOrTx, cycleId: string): Promise<boolean> {
  const [row] = await db
    .select({ n: count() })
    .from(submissions)
    .where(
      and(
        eq(submissions.cycleId, cycleId),
        or(gt(submissions.submittedVersion, 0), sql`exists (select 1 from ${answers} where ${answers.submissionId} = ${submissions.id})`),
      ),
    );
  return (row?.n ?? 0) > 0;
}

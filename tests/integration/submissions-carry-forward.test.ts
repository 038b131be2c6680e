import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { answers, submissionSnapshots, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { carryForwardAnswers } from "@/lib/server/submissions/carry-forward-answers";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser } from "@/tests/fixtures/users";

/** An earlier cycle in which `state` has an accepted reply with these answers (written directly: review comes with issue 4). */
async function acceptedEarlierReply(state: string, replyAnswers: Record<string, Record<string, unknown>>) {
  const { cycle } = await createTestCycle({ status: "CLOSED" });
  const db = await getDb();
  await db.execute(sql`update reporting_cycle set period_to = '2020-12-31', period_from = '2020-01-01' where id = ${cycle.id}`);
  const [submission] = await db.insert(submissions).values({ cycleId: cycle.id, memberStateId: state, status: "ACCEPTED", submittedVersion: 1 }).returning();
  await db.insert(submissionSnapshots).values({ submissionId: submission!.id, version: 1, questionnaireVersionId: cycle.questionnaireVersionId, answers: replyAnswers, sha256: "0".repeat(64) });
  return cycle;
}

async function answerRows(submissionId: string) {
  const db = await getDb();
  return db.select().from(answers).where(eq(answers.submissionId, submissionId)).orderBy(answers.questionId);
}

describe("carrying forward the previous accepted reply", () => {
  it("copies still-valid answers of unanswered questions, marked carried forward, until someone saves them", async () => {
    const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "KEN" });
    await acceptedEarlierReply("KEN", {
      "LEG-01": { status: "YES", details: "Counter-Trafficking in Persons Act, 2010" },
      "DAT-01": { victims: { value: 40 } },
      "LEG-02": { kind: { code: "REPEALED_CODE" } }, // no longer a valid option: not copied
      "OLD-01": { anything: "x" }, // a question the new questionnaire does not have
    });
    const { cycle } = await createTestCycle();
    const { submission } = await getStateWorkspace({ actor: focal.actor, cycleSlug: cycle.slug });
    await saveAnswers({ actor: focal.actor, input: { submissionId: submission.id, changes: [{ questionId: "DAT-01", value: { victims: { value: 55 } }, baseVersion: 0 }] } });

    const result = await carryForwardAnswers({ actor: focal.actor, input: { submissionId: submission.id } });
    expect(result.copied).toBe(1);
    const rows = await answerRows(submission.id);
    expect(rows.map((r) => [r.questionId, r.value, r.carriedForward])).toEqual([
      ["DAT-01", { victims: { value: 55 } }, false], // already answered: kept
      ["LEG-01", { status: "YES", details: "Counter-Trafficking in Persons Act, 2010" }, true],
    ]);

    // Running it again copies nothing and changes nothing.
    expect((await carryForwardAnswers({ actor: focal.actor, input: { submissionId: submission.id } })).copied).toBe(0);

    // Confirming (saving) the answer clears the mark.
    await saveAnswers({ actor: focal.actor, input: { submissionId: submission.id, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 1 }] } });
    const db = await getDb();
    const [confirmed] = await db.select().from(answers).where(and(eq(answers.submissionId, submission.id), eq(answers.questionId, "LEG-01")));
    expect(confirmed?.carriedForward).toBe(false);
  });

  it("never uses another State's reply, and does nothing without an accepted earlier reply", async () => {
    await acceptedEarlierReply("UGA", { "LEG-01": { status: "NO" } });
    const focal = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "TZA" });
    const { cycle } = await createTestCycle();
    const { submission } = await getStateWorkspace({ actor: focal.actor, cycleSlug: cycle.slug });
    expect(await carryForwardAnswers({ actor: focal.actor, input: { submissionId: submission.id } })).toEqual({ copied: 0, fromCycle: null });
    expect(await answerRows(submission.id)).toEqual([]);

    const other = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "UGA" });
    expect((await appErrorOf(carryForwardAnswers({ actor: other.actor, input: { submissionId: submission.id } }))).code).toBe("NOT_FOUND");
  });
});

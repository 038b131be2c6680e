import { createHash } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, auditEvents, submissionSnapshots, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { canonicalJson } from "@/lib/questionnaire/canonical-json";
import { completeTestAnswers } from "@/lib/questionnaire/test-fixture";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf, pgErrorOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

let focalPoint: TestUser;
let contributor: TestUser;
let otherFocalPoint: TestUser;

beforeAll(async () => {
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
  contributor = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });
  otherFocalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "FRA" });
});

async function openSubmission() {
  const { cycle } = await createTestCycle();
  const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
  return { cycle, submissionId: workspace.submission.id };
}

async function counts(submissionId: string) {
  const db = await getDb();
  const [a] = await db.select({ n: count() }).from(answers).where(eq(answers.submissionId, submissionId));
  const [e] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.targetId, submissionId));
  return { answers: a?.n ?? 0, audit: e?.n ?? 0 };
}

describe("saving answers", () => {
  it("creates the State's submission on first visit and saves answers with increasing versions", async () => {
    const { submissionId } = await openSubmission();
    const first = await saveAnswers({ actor: contributor.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } });
    expect(first.saved).toEqual([expect.objectContaining({ questionId: "LEG-01", version: 1 })]);
    expect(first.conflicts).toEqual([]);
    const second = await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "PARTIAL", details: "Bill before parliament" }, baseVersion: 1 }] } });
    expect(second.saved[0]?.version).toBe(2);

    const again = await getStateWorkspace({ actor: contributor.actor, cycleSlug: (await openSubmissionCycle(submissionId)).slug });
    expect(again.answers["LEG-01"]).toMatchObject({ value: { status: "PARTIAL", details: "Bill before parliament" }, version: 2, updatedByName: expect.any(String) });
  });

  it("detects a stale edit as a conflict, returns the colleague's value, and still saves the other answers", async () => {
    const { submissionId } = await openSubmission();
    await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } });
    // Both colleagues loaded version 1; the contributor saves first.
    await saveAnswers({ actor: contributor.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "NO" }, baseVersion: 1 }] } });
    const result = await saveAnswers({
      actor: focalPoint.actor,
      input: {
        submissionId,
        changes: [
          { questionId: "LEG-01", value: { status: "PARTIAL" }, baseVersion: 1 },
          { questionId: "DAT-01", value: { victims: { value: 7 } }, baseVersion: 0 },
        ],
      },
    });
    expect(result.saved.map((s) => s.questionId)).toEqual(["DAT-01"]);
    expect(result.conflicts).toEqual([
      { questionId: "LEG-01", current: { value: { status: "NO" }, version: 2, updatedByName: expect.any(String), updatedAt: expect.any(Date) } },
    ]);
    const db = await getDb();
    const [row] = await db.select().from(answers).where(sql`${answers.submissionId} = ${submissionId} and ${answers.questionId} = 'LEG-01'`);
    expect(row?.value).toEqual({ status: "NO" });

    // Choosing "keep mine" resends on top of the version now seen.
    const resolved = await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "PARTIAL" }, baseVersion: 2 }] } });
    expect(resolved.saved[0]?.version).toBe(3);
  });

  it.each([
    ["an unknown question ID", { questionId: "ZZZ-99", value: { x: 1 } }, "ZZZ-99"],
    ["an option code not in the list", { questionId: "LEG-02", value: { kind: { code: "DECREE" } } }, "LEG-02.kind"],
    ["a negative count", { questionId: "DAT-01", value: { victims: { value: -3 } } }, "DAT-01.victims"],
    ["a non-integer count", { questionId: "DAT-01", value: { victims: { value: 2.5 } } }, "DAT-01.victims"],
    ["text over its word limit", { questionId: "LEG-01", value: { status: "YES", details: "word ".repeat(51) } }, "LEG-01.details"],
    ["an unknown field", { questionId: "LEG-01", value: { status: "YES", colour: "blue" } }, "LEG-01"],
  ])("refuses %s with VALIDATION naming it, and writes nothing", async (_label, change, path) => {
    const { submissionId } = await openSubmission();
    await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } });
    const before = await counts(submissionId);
    const error = await appErrorOf(
      saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "DAT-02", value: {}, baseVersion: 0 }, { ...change, baseVersion: 0 }] } }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {}).some((k) => k === path || k.startsWith(`${path}.`))).toBe(true);
    expect(await counts(submissionId)).toEqual(before);
  });

  it("refuses an answer to a question its conditions hide", async () => {
    const { submissionId } = await openSubmission();
    await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "NO" }, baseVersion: 0 }] } });
    const error = await appErrorOf(saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-02", value: { kind: { code: "LAW" } }, baseVersion: 0 }] } }));
    expect(error.fieldErrors).toEqual({ "LEG-02": ["validation.hiddenQuestion"] });
    // In one batch with the answer that shows it, the same answer is accepted.
    const ok = await saveAnswers({
      actor: focalPoint.actor,
      input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 1 }, { questionId: "LEG-02", value: { kind: { code: "LAW" } }, baseVersion: 0 }] },
    });
    expect(ok.saved).toHaveLength(2);
  });

  it("gives NOT_FOUND to another State's focal point saving into this submission, and writes nothing", async () => {
    const { submissionId } = await openSubmission();
    const before = await counts(submissionId);
    const error = await appErrorOf(saveAnswers({ actor: otherFocalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await counts(submissionId)).toEqual(before);
    expect((await appErrorOf(submitSubmission({ actor: otherFocalPoint.actor, input: { submissionId, declaration: true } }))).code).toBe("NOT_FOUND");
  });

  it("refuses saves in a closed cycle (CYCLE_CLOSED)", async () => {
    const { submissionId, cycle } = await openSubmission();
    const db = await getDb();
    await db.execute(sql`update reporting_cycle set status = 'CLOSED' where id = ${cycle.id}`);
    const error = await appErrorOf(saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } }));
    expect(error.code).toBe("CYCLE_CLOSED");
  });
});

describe("submitting", () => {
  it("refuses a contributor: only the focal point submits", async () => {
    const { submissionId } = await openSubmission();
    expect((await appErrorOf(submitSubmission({ actor: contributor.actor, input: { submissionId, declaration: true } }))).code).toBe("FORBIDDEN");
  });

  it("refuses an incomplete reply, naming the missing questions", async () => {
    const { submissionId } = await openSubmission();
    await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } });
    const error = await appErrorOf(submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: true } }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining([expect.stringMatching(/^LEG-02/), expect.stringMatching(/^DAT-06/)]));
    const db = await getDb();
    const [s] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(s?.status).toBe("DRAFT");
  });

  it("stores an immutable snapshot with its sha256, and locks the reply", async () => {
    const { submissionId, cycle } = await openSubmission();
    const complete = completeTestAnswers();
    await saveAnswers({
      actor: contributor.actor,
      input: { submissionId, changes: Object.entries(complete).map(([questionId, value]) => ({ questionId, value, baseVersion: 0 })) },
    });
    const receipt = await submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: true } });
    expect(receipt.version).toBe(1);

    const db = await getDb();
    const [snapshot] = await db.select().from(submissionSnapshots).where(eq(submissionSnapshots.submissionId, submissionId));
    expect(snapshot).toMatchObject({ version: 1, sha256: receipt.sha256, questionnaireVersionId: cycle.questionnaireVersionId });
    expect(snapshot?.answers["LEG-01"]).toEqual({ status: "YES" });
    const recomputed = createHash("sha256")
      .update(
        canonicalJson({
          cycleId: cycle.id,
          memberStateId: "GHA",
          version: 1,
          questionnaireVersionId: cycle.questionnaireVersionId,
          submittedAt: snapshot!.submittedAt.toISOString(),
          answers: snapshot!.answers,
        }),
      )
      .digest("hex");
    expect(recomputed).toBe(receipt.sha256);

    const [s] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(s).toMatchObject({ status: "SUBMITTED", submittedVersion: 1 });

    const locked = await appErrorOf(saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "DAT-01", value: { victims: { value: 1 } }, baseVersion: 1 } ] } }));
    expect(locked.code).toBe("INVALID_STATE_TRANSITION");
    expect((await appErrorOf(submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: true } }))).code).toBe("INVALID_STATE_TRANSITION");

    expect((await pgErrorOf(db.execute(sql`update submission_snapshot set sha256 = 'x' where submission_id = ${submissionId}`))).code).toBe("42501");
    expect((await pgErrorOf(db.execute(sql`delete from submission_snapshot where submission_id = ${submissionId}`))).code).toBe("42501");
  });

  it("requires the declaration", async () => {
    const { submissionId } = await openSubmission();
    const error = await appErrorOf(submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: false as unknown as true } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.declaration).toEqual(["validation.declaration"]);
  });
});

describe("questionnaire versions", () => {
  it("refuses to change or delete a published version", async () => {
    const { version } = await createTestCycle();
    const db = await getDb();
    expect((await pgErrorOf(db.execute(sql`update questionnaire_version set title = 'x' where id = ${version.id}`))).code).toBe("42501");
    expect((await pgErrorOf(db.execute(sql`delete from questionnaire_version where id = ${version.id}`))).code).toBe("42501");
  });

  it("ships the trafficking-in-persons questionnaire and an open (version 2) and a closed (version 1) Security Council cycle", async () => {
    const db = await getDb();
    const rows = await db.execute<{ slug: string; status: string; version: number; questions: number }>(
      sql`select c.slug, c.status, v.version, (select count(*)::int from jsonb_array_elements(v.definition->'sections') s, jsonb_array_elements(s->'questions')) as questions
          from reporting_cycle c join questionnaire_version v on v.id = c.questionnaire_version_id where c.slug in ('sc-2026', 'sc-2024') order by c.slug`,
    );
    expect(rows.rows).toEqual([
      { slug: "sc-2024", status: "CLOSED", version: 1, questions: 80 },
      // Version 2 adds DOC-01, the supporting documents (decision 004).
      { slug: "sc-2026", status: "OPEN", version: 2, questions: 81 },
    ]);
  });
});

async function openSubmissionCycle(submissionId: string) {
  const db = await getDb();
  const [row] = await db.execute<{ slug: string }>(sql`select c.slug from submission s join reporting_cycle c on c.id = s.cycle_id where s.id = ${submissionId}`).then((r) => r.rows);
  return row!;
}

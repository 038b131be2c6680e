import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, reviewComments, submissions } from "@/db/schema";
import { getDb } from "@/lib/db";
import { completeTestAnswers } from "@/lib/questionnaire/test-fixture";
import { acceptSubmission } from "@/lib/server/review/accept-submission";
import { addComment } from "@/lib/server/review/add-comment";
import { findCommentsForState } from "@/lib/server/review/find-comments-for-state";
import { findVersionsForState } from "@/lib/server/review/find-versions-for-state";
import { getReplyForReview } from "@/lib/server/review/get-reply-for-review";
import { returnSubmission } from "@/lib/server/review/return-submission";
import { setFlag } from "@/lib/server/review/set-flag";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { submitSubmission } from "@/lib/server/submissions/submit-submission";
import { diffAnswers } from "@/lib/submission/diff";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf, outcomeOf } from "@/tests/fixtures/errors";
import { outboxFor } from "@/tests/fixtures/mail";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

let focalPoint: TestUser;
let contributor: TestUser;
let reviewer: TestUser;
let editor: TestUser;

beforeAll(async () => {
  // A State of its own, so the e-mails to its focal points are this file's alone.
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "MUS" });
  contributor = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "MUS" });
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
  editor = await createTestUser({ role: "REPORT_EDITOR" });
});

/** A fresh cycle in which the focal point has saved a complete reply and submitted it (version 1). */
async function submittedReply() {
  const { cycle, definition } = await createTestCycle();
  const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
  const submissionId = workspace.submission.id;
  const changes = Object.entries(completeTestAnswers()).map(([questionId, value]) => ({ questionId, value, baseVersion: 0 }));
  await saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes } });
  await submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: true } });
  return { cycle, definition, submissionId };
}

async function statusOf(submissionId: string) {
  const db = await getDb();
  const [row] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
  return row!;
}

describe("the review loop", () => {
  it("shares comments with the State only when the reply is returned, never internal notes", async () => {
    const { cycle, submissionId } = await submittedReply();
    const comment = "Please give the year the law entered into force.";
    const note = "INTERNAL: compare with the UNODC country profile before accepting.";
    await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-02", body: comment } });
    await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-02", body: note, internal: true } });

    // Before the return the State sees nothing.
    expect(await findCommentsForState({ actor: focalPoint.actor, submissionId })).toEqual([]);

    const returned = await returnSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } });
    expect(returned).toEqual({ sharedComments: 1, notified: expect.any(Number) });
    expect(returned.notified).toBeGreaterThanOrEqual(1);
    expect((await statusOf(submissionId)).status).toBe("RETURNED");

    const seen = await findCommentsForState({ actor: contributor.actor, submissionId });
    expect(seen.map((c) => ({ questionId: c.questionId, body: c.body }))).toEqual([{ questionId: "LEG-02", body: comment }]);

    // Nothing a State role can call returns the internal note, or even the notion of one.
    const stateResults = [
      seen,
      await findCommentsForState({ actor: focalPoint.actor, submissionId }),
      await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug }),
      await findVersionsForState({ actor: focalPoint.actor, submissionId }),
    ];
    for (const result of stateResults) {
      const json = JSON.stringify(result);
      expect(json).not.toContain("INTERNAL: compare");
      expect(json).not.toContain('"internal"');
    }
    // …and the secretariat's own view is closed to State roles.
    expect(await outcomeOf(() => getReplyForReview({ actor: focalPoint.actor, cycleSlug: cycle.slug, memberStateId: "MUS" }))).toBe("FORBIDDEN");
    // The reviewer still sees both.
    const review = await getReplyForReview({ actor: reviewer.actor, cycleSlug: cycle.slug, memberStateId: "MUS" });
    expect(review.comments.map((c) => [c.body, c.internal, c.sharedAt !== null])).toEqual([
      [comment, false, true],
      [note, true, false],
    ]);

    // The focal point was e-mailed, naming the question.
    const mails = (await outboxFor(focalPoint.email)).filter((m) => m.kind === "SUBMISSION_RETURNED");
    expect(mails.at(-1)?.textBody).toContain("LEG-02");
    expect(mails.at(-1)?.textBody).toContain(`/workspace/${cycle.slug}`);
  });

  it("refuses to return a reply without a comment for the State, and writes nothing", async () => {
    const { submissionId } = await submittedReply();
    await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: "Internal only", internal: true } });
    const error = await appErrorOf(returnSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.comments).toEqual(["validation.commentNeeded"]);
    expect((await statusOf(submissionId)).status).toBe("SUBMITTED");
  });

  it("lets the State answer a shared thread, change the answer and resubmit; the reviewer sees what changed and accepts", async () => {
    const { cycle, definition, submissionId } = await submittedReply();
    await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-02", body: "Which year?" } });
    await returnSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } });
    const [thread] = await findCommentsForState({ actor: focalPoint.actor, submissionId });

    await addComment({ actor: contributor.actor, input: { submissionId, questionId: "LEG-02", body: "2016, see the amended law.", parentId: thread!.id } });
    // A State user cannot start a thread, nor write an internal note.
    expect(await outcomeOf(() => addComment({ actor: contributor.actor, input: { submissionId, questionId: "LEG-02", body: "New thread" } }))).toBe("VALIDATION");

    const current = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
    await saveAnswers({
      actor: contributor.actor,
      input: { submissionId, changes: [{ questionId: "LEG-02", value: { kind: { code: "LAW" }, year: 2016 }, baseVersion: current.answers["LEG-02"]!.version }] },
    });
    // Only the focal point submits.
    expect(await outcomeOf(() => submitSubmission({ actor: contributor.actor, input: { submissionId, declaration: true } }))).toBe("FORBIDDEN");
    const second = await submitSubmission({ actor: focalPoint.actor, input: { submissionId, declaration: true } });
    expect(second.version).toBe(2);

    const review = await getReplyForReview({ actor: reviewer.actor, cycleSlug: cycle.slug, memberStateId: "MUS" });
    expect(review.versions.map((v) => v.version)).toEqual([2, 1]);
    const changes = diffAnswers(definition, review.previousVersionAnswers!, review.answers);
    expect(changes).toEqual([{ questionId: "LEG-02", kind: "changed", before: { kind: { code: "LAW" }, year: 2015 }, after: { kind: { code: "LAW" }, year: 2016 } }]);
    expect(review.comments.map((c) => [c.body, c.authorIsState])).toEqual([
      ["Which year?", false],
      ["2016, see the amended law.", true],
    ]);

    // A decision on a version the reviewer did not read is a conflict.
    expect(await outcomeOf(() => acceptSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } }))).toBe("CONFLICT");
    await acceptSubmission({ actor: reviewer.actor, input: { submissionId, version: 2 } });
    const accepted = await statusOf(submissionId);
    expect(accepted).toMatchObject({ status: "ACCEPTED", acceptedVersion: 2, acceptedById: reviewer.id });

    // Accepted is locked: no State edit, no second decision.
    expect(
      await outcomeOf(() => saveAnswers({ actor: focalPoint.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "NO" }, baseVersion: 1 }] } })),
    ).toBe("INVALID_STATE_TRANSITION");
    expect(await outcomeOf(() => returnSubmission({ actor: reviewer.actor, input: { submissionId, version: 2 } }))).toBe("INVALID_STATE_TRANSITION");

    // Every transition is audited, with where it came from and went to.
    const db = await getDb();
    const events = await db.select({ action: auditEvents.action, details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.targetId, submissionId));
    const transitions = events.filter((e) => ["submission.submitted", "submission.returned", "submission.accepted"].includes(e.action));
    expect(transitions.map((e) => [e.action, (e.details as { from: string }).from, (e.details as { to: string }).to])).toEqual([
      ["submission.submitted", "DRAFT", "SUBMITTED"],
      ["submission.returned", "SUBMITTED", "RETURNED"],
      ["submission.submitted", "RETURNED", "SUBMITTED"],
      ["submission.accepted", "SUBMITTED", "ACCEPTED"],
    ]);
  });

  it("cannot accept or return a reply that is not submitted", async () => {
    const { cycle } = await createTestCycle();
    const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
    const submissionId = workspace.submission.id;
    expect(await outcomeOf(() => acceptSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } }))).toBe("INVALID_STATE_TRANSITION");
    await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: "Early remark" } });
    expect(await outcomeOf(() => returnSubmission({ actor: reviewer.actor, input: { submissionId, version: 1 } }))).toBe("INVALID_STATE_TRANSITION");
    expect((await statusOf(submissionId)).status).toBe("DRAFT");
  });

  it("keeps review to reviewers: editors read, State roles get FORBIDDEN, and a State never reaches another State's comments", async () => {
    const { cycle, submissionId } = await submittedReply();
    expect(await outcomeOf(() => getReplyForReview({ actor: editor.actor, cycleSlug: cycle.slug, memberStateId: "MUS" }))).toBe("allowed");
    expect(await outcomeOf(() => addComment({ actor: editor.actor, input: { submissionId, questionId: "LEG-01", body: "x" } }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => acceptSubmission({ actor: editor.actor, input: { submissionId, version: 1 } }))).toBe("FORBIDDEN");
    expect(await outcomeOf(() => setFlag({ actor: focalPoint.actor, input: { submissionId, questionId: "LEG-01", kind: "NEEDS_CLARIFICATION", on: true } }))).toBe("FORBIDDEN");
    const stranger = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "FRA" });
    expect(await outcomeOf(() => findCommentsForState({ actor: stranger.actor, submissionId }))).toBe("NOT_FOUND");
    expect(await outcomeOf(() => addComment({ actor: stranger.actor, input: { submissionId, questionId: "LEG-01", body: "x", parentId: crypto.randomUUID() } }))).toBe("NOT_FOUND");
  });

  it("flags answers: good practice only on free text or nominations, set and cleared idempotently", async () => {
    const { cycle, submissionId } = await submittedReply();
    const flag = (questionId: string, kind: "GOOD_PRACTICE" | "NEEDS_CLARIFICATION", on: boolean) => setFlag({ actor: reviewer.actor, input: { submissionId, questionId, kind, on } });
    await flag("DAT-06", "GOOD_PRACTICE", true);
    await flag("DAT-06", "GOOD_PRACTICE", true);
    await flag("LEG-03", "NEEDS_CLARIFICATION", true);
    const error = await appErrorOf(flag("LEG-03", "GOOD_PRACTICE", true));
    expect(error.fieldErrors?.kind).toEqual(["validation.goodPracticeNeedsText"]);
    let review = await getReplyForReview({ actor: reviewer.actor, cycleSlug: cycle.slug, memberStateId: "MUS" });
    expect(review.flags.sort((a, b) => a.questionId.localeCompare(b.questionId))).toEqual([
      { questionId: "DAT-06", kind: "GOOD_PRACTICE" },
      { questionId: "LEG-03", kind: "NEEDS_CLARIFICATION" },
    ]);
    await flag("LEG-03", "NEEDS_CLARIFICATION", false);
    review = await getReplyForReview({ actor: reviewer.actor, cycleSlug: cycle.slug, memberStateId: "MUS" });
    expect(review.flags).toEqual([{ questionId: "DAT-06", kind: "GOOD_PRACTICE" }]);
  });

  it("refuses an internal note the database would ever mark as shared", async () => {
    const { submissionId } = await submittedReply();
    const db = await getDb();
    const { id } = await addComment({ actor: reviewer.actor, input: { submissionId, questionId: "LEG-01", body: "note", internal: true } });
    await expect(db.update(reviewComments).set({ sharedAt: new Date() }).where(and(eq(reviewComments.id, id)))).rejects.toThrow();
  });
});

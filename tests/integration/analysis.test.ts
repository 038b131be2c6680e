import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { submissionSnapshots, submissions } from "@/db/schema";
import type { FieldAnalysis } from "@/lib/analysis/question-analysis";
import { getDb } from "@/lib/db";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { getQuestionAnalysis } from "@/lib/server/analysis/get-question-analysis";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf } from "@/tests/fixtures/errors";
import { createTestUser } from "@/tests/fixtures/users";

type Status = "DRAFT" | "SUBMITTED" | "RETURNED" | "ACCEPTED";

/** A reply inserted directly: the submission and its submitted versions (oldest first). */
async function insertReply(cycle: { id: string; questionnaireVersionId: string }, state: string, status: Status, versions: UncheckedAnswers[]) {
  const db = await getDb();
  const [submission] = await db
    .insert(submissions)
    .values({ cycleId: cycle.id, memberStateId: state, status, submittedVersion: versions.length, acceptedVersion: status === "ACCEPTED" ? versions.length : null })
    .returning();
  for (const [i, answers] of versions.entries()) {
    await db.insert(submissionSnapshots).values({
      submissionId: submission!.id,
      version: i + 1,
      questionnaireVersionId: cycle.questionnaireVersionId,
      answers: answers as Record<string, Record<string, unknown>>,
      sha256: createHash("sha256").update(JSON.stringify(answers)).digest("hex"),
    });
  }
  return submission!;
}

function statusBars(fields: FieldAnalysis[]) {
  const f = fields.find((x) => x.key === "status");
  if (f?.kind !== "choice") throw new Error("no status field");
  return { bars: Object.fromEntries(f.bars.map((b) => [b.code, b.states.map((s) => s.id)])), apart: Object.fromEntries(f.apart.map((b) => [b.code, b.count])) };
}

describe("getQuestionAnalysis", () => {
  it("counts the latest version of accepted replies by default, and submitted or returned ones on request", async () => {
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const { cycle } = await createTestCycle();
    // Ghana's accepted reply was changed in version 2: only version 2 counts.
    await insertReply(cycle, "GHA", "ACCEPTED", [{ "LEG-01": { status: "NO" } }, { "LEG-01": { status: "YES" } }]);
    await insertReply(cycle, "FRA", "ACCEPTED", [{ "LEG-01": { status: "NOT_APPLICABLE" } }]);
    await insertReply(cycle, "SEN", "SUBMITTED", [{ "LEG-01": { status: "PARTIAL" } }]);
    await insertReply(cycle, "BRA", "RETURNED", [{ "LEG-01": { status: "NO" } }]);
    await insertReply(cycle, "JPN", "DRAFT", []);

    const accepted = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "LEG-01" } });
    expect(accepted.filters).toEqual({ group: null, include: "accepted" });
    expect(accepted.analysis).toMatchObject({ replies: 2, seen: 2, answered: 2 });
    expect(statusBars(accepted.analysis.fields)).toEqual({ bars: { YES: ["GHA"], PARTIAL: [], NO: [] }, apart: { NOT_APPLICABLE: 1, NOT_AVAILABLE: 0 } });
    expect(accepted.notAccepted).toEqual([]);

    const all = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "LEG-01", include: "submitted" } });
    expect(all.analysis.replies).toBe(4);
    // United Nations order: Brazil, France, Ghana, Senegal.
    expect(statusBars(all.analysis.fields).bars).toEqual({ YES: ["GHA"], PARTIAL: ["SEN"], NO: ["BRA"] });
    expect(all.notAccepted).toEqual([
      { id: "BRA", name: "Brazil", status: "RETURNED" },
      { id: "SEN", name: "Senegal", status: "SUBMITTED" },
    ]);
    const status = all.analysis.fields.find((f) => f.key === "status");
    expect(status?.kind === "choice" && status.bars.find((b) => b.code === "PARTIAL")!.states[0]!.accepted).toBe(false);
  });

  it("filters by regional group", async () => {
    const reviewer = await createTestUser({ role: "REPORT_EDITOR" });
    const { cycle } = await createTestCycle();
    await insertReply(cycle, "GHA", "ACCEPTED", [{ "DAT-01": { victims: { value: 10 } } }]);
    await insertReply(cycle, "SEN", "ACCEPTED", [{ "DAT-01": { victims: { value: 5 } } }]);
    await insertReply(cycle, "FRA", "ACCEPTED", [{ "DAT-01": { victims: { notAvailable: true } } }]);

    const african = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "DAT-01", group: "AFRICAN" } });
    const victims = african.analysis.fields[0]!;
    expect(victims.kind === "number" && victims.series[0]!.stats).toEqual({ reporting: 2, total: 15, min: 5, max: 10, median: 7.5 });
    expect(victims.kind === "number" && victims.notAvailable).toEqual([]);

    const western = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "DAT-01", group: "WESTERN_EUROPEAN_OTHERS" } });
    const w = western.analysis.fields[0]!;
    expect(w.kind === "number" && [w.series[0]!.stats.reporting, w.notAvailable.map((s) => s.id)]).toEqual([0, ["FRA"]]);

    const none = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "DAT-01", group: "EASTERN_EUROPEAN" } });
    expect(none.analysis.replies).toBe(0);
  });

  it("ignores answers that the State's own answers hide", async () => {
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const { cycle } = await createTestCycle();
    await insertReply(cycle, "GHA", "ACCEPTED", [{ "LEG-01": { status: "YES" }, "LEG-02": { kind: { code: "LAW" }, year: 2005 } }]);
    // LEG-01 = NO hides LEG-02; the stored (stale) answer must not count.
    await insertReply(cycle, "SEN", "ACCEPTED", [{ "LEG-01": { status: "NO" }, "LEG-02": { kind: { code: "POLICY" } } }]);

    const page = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "LEG-02" } });
    expect(page.analysis).toMatchObject({ replies: 2, seen: 1, answered: 1 });
    const kind = page.analysis.fields.find((f) => f.key === "kind");
    expect(kind?.kind === "choice" && Object.fromEntries(kind.bars.map((b) => [b.code, b.count]))).toEqual({ LAW: 1, POLICY: 0, OTHER: 0 });
    expect(page.previousId).toBe("LEG-01");
    expect(page.nextId).toBe("LEG-03");
  });

  it("offers only the questions of the cycle's modules and names a bad parameter", async () => {
    const reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
    const { cycle } = await createTestCycle();
    const first = await getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug } });
    expect(first.question.id).toBe("LEG-01");
    expect(first.previousId).toBeNull();
    expect(first.sections.map((s) => s.code)).toEqual(["A", "B"]);
    expect(first.analysis.replies).toBe(0);

    const hidden = await appErrorOf(getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, question: "CON-01" } }));
    expect(hidden.code).toBe("VALIDATION");
    expect(hidden.fieldErrors).toEqual({ question: ["validation.unknownQuestion"] });
    const bad = await appErrorOf(getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: cycle.slug, include: "everything", group: "MARS" } as never }));
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["group", "include"]);
    expect((await appErrorOf(getQuestionAnalysis({ actor: reviewer.actor, input: { cycleSlug: "no-such-cycle" } }))).code).toBe("NOT_FOUND");
  });

  it("is FORBIDDEN for State users", async () => {
    const { cycle } = await createTestCycle();
    for (const role of ["STATE_FOCAL_POINT", "STATE_CONTRIBUTOR"] as const) {
      const user = await createTestUser({ role, memberStateId: "GHA" });
      expect((await appErrorOf(getQuestionAnalysis({ actor: user.actor, input: { cycleSlug: cycle.slug } }))).code).toBe("FORBIDDEN");
    }
    expect((await appErrorOf(getQuestionAnalysis({ actor: null, input: { cycleSlug: cycle.slug } }))).code).toBe("UNAUTHORIZED");
  });
});

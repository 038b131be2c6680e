import { and, count, eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { answers, auditEvents, reportingCycles } from "@/db/schema";
import { getDb } from "@/lib/db";
import type { TCycleInput } from "@/lib/schemas/cycles";
import { closeCycle } from "@/lib/server/cycles/close-cycle";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { findCycles } from "@/lib/server/cycles/find-cycles";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { updateCycle } from "@/lib/server/cycles/update-cycle";
import { getStateWorkspace } from "@/lib/server/submissions/get-state-workspace";
import { saveAnswers } from "@/lib/server/submissions/save-answers";
import { createTestCycle } from "@/tests/fixtures/cycles";
import { appErrorOf, outcomeOf } from "@/tests/fixtures/errors";
import { createTestUser, type TestUser } from "@/tests/fixtures/users";

let reviewer: TestUser;
let admin: TestUser;
let editor: TestUser;
let focalPoint: TestUser;
let contributor: TestUser;
let versionId: string;
let otherVersionId: string;
let counter = 0;

beforeAll(async () => {
  reviewer = await createTestUser({ role: "SECRETARIAT_REVIEWER" });
  admin = await createTestUser({ role: "ADMIN" });
  editor = await createTestUser({ role: "REPORT_EDITOR" });
  focalPoint = await createTestUser({ role: "STATE_FOCAL_POINT", memberStateId: "GHA" });
  contributor = await createTestUser({ role: "STATE_CONTRIBUTOR", memberStateId: "GHA" });
  versionId = (await createTestCycle()).version.id;
  otherVersionId = (await createTestCycle()).version.id;
});

function input(overrides: Partial<TCycleInput> = {}): TCycleInput {
  counter += 1;
  return {
    slug: `ga-test-${Date.now().toString(36)}-${counter}`,
    title: "Trafficking in persons: report of the Secretary-General",
    organ: "GA",
    mandate: "General Assembly resolution 79/1",
    periodFrom: "2026-01-01",
    periodTo: "2026-12-31",
    questionnaireVersionId: versionId,
    modules: [],
    opensOn: "2027-02-01",
    deadline: "2027-04-30",
    cutOff: "2027-05-15",
    reportSymbol: "",
    reminderDays: "14, 3",
    ...overrides,
  };
}

async function tally() {
  const db = await getDb();
  const [cycles] = await db.select({ n: count() }).from(reportingCycles);
  const [audit] = await db.select({ n: count() }).from(auditEvents).where(inArray(auditEvents.action, ["cycle.created", "cycle.updated", "cycle.opened", "cycle.closed"]));
  return { cycles: cycles?.n ?? 0, audit: audit?.n ?? 0 };
}

async function auditOf(action: string, targetId: string) {
  const db = await getDb();
  return db.select().from(auditEvents).where(and(eq(auditEvents.action, action), eq(auditEvents.targetId, targetId)));
}

async function cycleBySlug(slug: string) {
  const db = await getDb();
  const [row] = await db.select().from(reportingCycles).where(eq(reportingCycles.slug, slug));
  return row!;
}

describe("creating a cycle", () => {
  it("creates a draft with the parsed values and audits it with the values", async () => {
    const data = input({ reportSymbol: "A/81/123", modules: ["CONFLICT"] });
    const { slug } = await createCycle({ actor: reviewer.actor, input: data });
    const row = await cycleBySlug(slug);
    expect(row).toMatchObject({ status: "DRAFT", organ: "GA", reportSymbol: "A/81/123", modules: ["CONFLICT"], reminderDays: [14, 3], deadline: "2027-04-30" });
    const [event] = await auditOf("cycle.created", row.id);
    expect(event?.actorUserId).toBe(reviewer.id);
    expect(event?.details).toMatchObject({ slug, after: { title: data.title, deadline: "2027-04-30", modules: ["CONFLICT"], reportSymbol: "A/81/123" } });
  });

  it.each([
    ["a deadline before the opening date", { deadline: "2027-01-15" }, "deadline", "cycles.validation.deadlineBeforeOpens"],
    ["a cut-off before the deadline", { cutOff: "2027-04-01" }, "cutOff", "cycles.validation.cutOffBeforeDeadline"],
    ["a period that ends before it starts", { periodTo: "2025-06-30" }, "periodTo", "cycles.validation.periodOrder"],
    ["an uppercase slug", { slug: "GA-2027" }, "slug", "cycles.validation.slug"],
    ["a malformed report symbol", { reportSymbol: "Report 12" }, "reportSymbol", "cycles.validation.reportSymbol"],
    ["a zero reminder day", { reminderDays: "14, 0" }, "reminderDays", "cycles.validation.reminderDays"],
    ["a missing title", { title: " " }, "title", "validation.required"],
    ["a module the questionnaire does not have", { modules: ["SPACE"] }, "modules", "cycles.validation.module"],
    ["an unknown questionnaire version", { questionnaireVersionId: "00000000-0000-4000-8000-000000000000" }, "questionnaireVersionId", "cycles.validation.questionnaireVersion"],
  ] as const)("refuses %s, naming the field, and writes nothing", async (_label, overrides, field, message) => {
    const before = await tally();
    const error = await appErrorOf(createCycle({ actor: admin.actor, input: input(overrides as Partial<TCycleInput>) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.[field]).toEqual([message]);
    expect(await tally()).toEqual(before);
  });

  it("refuses a slug that is taken", async () => {
    const first = input();
    await createCycle({ actor: reviewer.actor, input: first });
    const before = await tally();
    const error = await appErrorOf(createCycle({ actor: reviewer.actor, input: { ...input(), slug: first.slug } }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ slug: ["cycles.validation.slugTaken"] });
    expect(await tally()).toEqual(before);
  });
});

describe("editing a cycle", () => {
  it("saves changes and audits each changed field with its value before and after", async () => {
    const { slug } = await createCycle({ actor: reviewer.actor, input: input() });
    const row = await cycleBySlug(slug);
    const result = await updateCycle({ actor: admin.actor, input: { ...input(), slug, title: "New title", reportSymbol: "A/81/200", reminderDays: "7" } });
    expect(result.changed.sort()).toEqual(["reminderDays", "reportSymbol", "title"]);
    expect(await cycleBySlug(slug)).toMatchObject({ title: "New title", reportSymbol: "A/81/200", reminderDays: [7] });
    const [event] = await auditOf("cycle.updated", row.id);
    expect(event?.details).toEqual({
      slug,
      changes: {
        title: { before: row.title, after: "New title" },
        reportSymbol: { before: null, after: "A/81/200" },
        reminderDays: { before: [14, 3], after: [7] },
      },
    });
  });

  it("refuses invalid dates naming the field and changes nothing", async () => {
    const { slug } = await createCycle({ actor: reviewer.actor, input: input() });
    const before = await cycleBySlug(slug);
    const error = await appErrorOf(updateCycle({ actor: reviewer.actor, input: { ...input(), slug, title: "Changed", opensOn: "2027-05-01" } }));
    expect(error.fieldErrors).toEqual({ deadline: ["cycles.validation.deadlineBeforeOpens"] });
    expect(await cycleBySlug(slug)).toEqual(before);
  });

  it("is NOT_FOUND for an unknown slug", async () => {
    expect((await appErrorOf(updateCycle({ actor: reviewer.actor, input: input({ slug: "no-such-cycle" }) }))).code).toBe("NOT_FOUND");
  });

  it("locks the questionnaire version and modules once a State has answered, but allows other changes", async () => {
    const { cycle } = await createTestCycle({ status: "OPEN" });
    const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
    const base = {
      slug: cycle.slug,
      title: cycle.title,
      organ: cycle.organ,
      mandate: cycle.mandate,
      periodFrom: cycle.periodFrom,
      periodTo: cycle.periodTo,
      questionnaireVersionId: cycle.questionnaireVersionId,
      modules: cycle.modules,
      opensOn: cycle.opensOn,
      deadline: cycle.deadline,
      cutOff: cycle.cutOff,
      reportSymbol: "",
      reminderDays: cycle.reminderDays,
    };
    // No answer yet: the modules may still change.
    await updateCycle({ actor: reviewer.actor, input: { ...base, modules: ["CONFLICT"] } });
    await saveAnswers({ actor: focalPoint.actor, input: { submissionId: workspace.submission.id, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } });

    const locked = await appErrorOf(updateCycle({ actor: reviewer.actor, input: { ...base, modules: [], questionnaireVersionId: otherVersionId } }));
    expect(locked.code).toBe("VALIDATION");
    expect(locked.fieldErrors).toEqual({ questionnaireVersionId: ["cycles.validation.lockedByAnswers"], modules: ["cycles.validation.lockedByAnswers"] });
    expect(await cycleBySlug(cycle.slug)).toMatchObject({ modules: ["CONFLICT"], questionnaireVersionId: cycle.questionnaireVersionId });

    const ok = await updateCycle({ actor: reviewer.actor, input: { ...base, modules: ["CONFLICT"], deadline: "2027-02-10" } });
    expect(ok.changed).toEqual(["deadline"]);
  });
});

describe("opening and closing", () => {
  it("opens a draft, closes it and reopens it, auditing each step with the status before and after", async () => {
    const { slug } = await createCycle({ actor: reviewer.actor, input: input() });
    const { id } = await cycleBySlug(slug);
    await openCycle({ actor: reviewer.actor, input: { slug } });
    expect((await cycleBySlug(slug)).status).toBe("OPEN");
    await closeCycle({ actor: admin.actor, input: { slug } });
    expect((await cycleBySlug(slug)).status).toBe("CLOSED");
    await openCycle({ actor: admin.actor, input: { slug } });
    const opened = await auditOf("cycle.opened", id);
    expect(opened.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { slug, before: { status: "DRAFT" }, after: { status: "OPEN" } },
        { slug, before: { status: "CLOSED" }, after: { status: "OPEN" } },
      ]),
    );
    const [closed] = await auditOf("cycle.closed", id);
    expect(closed?.details).toEqual({ slug, before: { status: "OPEN" }, after: { status: "CLOSED" } });
    expect(closed?.actorUserId).toBe(admin.id);
  });

  it("refuses to close a cycle that is not open, or open one that is", async () => {
    const { slug } = await createCycle({ actor: reviewer.actor, input: input() });
    expect((await appErrorOf(closeCycle({ actor: reviewer.actor, input: { slug } }))).code).toBe("INVALID_STATE_TRANSITION");
    await openCycle({ actor: reviewer.actor, input: { slug } });
    expect((await appErrorOf(openCycle({ actor: reviewer.actor, input: { slug } }))).code).toBe("INVALID_STATE_TRANSITION");
  });

  it("a closed cycle refuses State saves and nothing is written", async () => {
    const { cycle } = await createTestCycle({ status: "OPEN" });
    const workspace = await getStateWorkspace({ actor: focalPoint.actor, cycleSlug: cycle.slug });
    const submissionId = workspace.submission.id;
    await saveAnswers({ actor: contributor.actor, input: { submissionId, changes: [{ questionId: "LEG-01", value: { status: "YES" }, baseVersion: 0 }] } });
    await closeCycle({ actor: reviewer.actor, input: { slug: cycle.slug } });

    const db = await getDb();
    const before = await db.select().from(answers).where(eq(answers.submissionId, submissionId));
    const error = await appErrorOf(
      saveAnswers({
        actor: focalPoint.actor,
        input: {
          submissionId,
          changes: [
            { questionId: "LEG-01", value: { status: "NO" }, baseVersion: 1 },
            { questionId: "DAT-01", value: { victims: { value: 4 } }, baseVersion: 0 },
          ],
        },
      }),
    );
    expect(error.code).toBe("CYCLE_CLOSED");
    expect(await db.select().from(answers).where(eq(answers.submissionId, submissionId))).toEqual(before);
  });
});

describe("permissions", () => {
  it("lets only admins and reviewers manage cycles; State roles and report editors get FORBIDDEN and nothing is written", async () => {
    const { slug } = await createCycle({ actor: reviewer.actor, input: input() });
    const before = await tally();
    for (const user of [focalPoint, contributor, editor]) {
      expect(await outcomeOf(() => createCycle({ actor: user.actor, input: input() }))).toBe("FORBIDDEN");
      expect(await outcomeOf(() => updateCycle({ actor: user.actor, input: { ...input(), slug, title: "Hijacked" } }))).toBe("FORBIDDEN");
      expect(await outcomeOf(() => openCycle({ actor: user.actor, input: { slug } }))).toBe("FORBIDDEN");
      expect(await outcomeOf(() => closeCycle({ actor: user.actor, input: { slug } }))).toBe("FORBIDDEN");
    }
    expect(await outcomeOf(() => createCycle({ actor: null, input: input() }))).toBe("UNAUTHORIZED");
    expect(await tally()).toEqual(before);
    expect((await cycleBySlug(slug)).status).toBe("DRAFT");
  });

  it("lists cycles with their counts for the secretariat (report editors too) but not for States", async () => {
    const list = await findCycles({ actor: editor.actor });
    expect(list.length).toBeGreaterThan(0);
    expect(list[0]).toEqual(expect.objectContaining({ slug: expect.any(String), submitted: expect.any(Number), accepted: expect.any(Number) }));
    expect(await outcomeOf(() => findCycles({ actor: focalPoint.actor }))).toBe("FORBIDDEN");
  });
});

import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "@/lib/questionnaire/build-answer-schema";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V1 } from "@/lib/questionnaire/tip/definition-v1";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import { buildDemoRows, DEMO_EXCLUDED_STATES, DEMO_PLAN_SC_2024, DEMO_PLAN_SC_2026, periodYears, snapshotSha256, type DemoCycle } from "./demo-replies";
import { MEMBER_STATES } from "./member-states";

// As seeded: sc-2024 on tip v1, sc-2026 on tip v2.
const TIP = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);
const TIP2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const base = { questionnaireVersionId: "3b0a7c7e-8f43-4c1c-9d55-2c6b1f0a9e11", modules: ["CONFLICT"] };
const SC_2024: DemoCycle = { ...base, id: "0f7d3c2a-1b4e-4e59-8a6f-5d2c9b8a7e61", slug: "sc-2024", periodFrom: "2023-10-01", periodTo: "2024-09-30", opensOn: "2024-11-01", cutOff: "2025-02-15", status: "CLOSED" };
const SC_2026: DemoCycle = { ...base, id: "7a1e5b9c-3d2f-4a8b-b6c4-1e0f9d8c7b52", slug: "sc-2026", periodFrom: "2025-10-01", periodTo: "2026-09-30", opensOn: "2026-11-01", cutOff: "2027-02-15", status: "OPEN" };
const rows2024 = buildDemoRows(TIP, SC_2024, DEMO_PLAN_SC_2024);
const rows2026 = buildDemoRows(TIP2, SC_2026, DEMO_PLAN_SC_2026);
const countBy = <T,>(list: T[], key: (t: T) => string) => list.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

describe("demo reply plans", () => {
  it("name about 40 real States each, none of the reserved ones, each at most once", () => {
    const known = new Set(MEMBER_STATES.map((s) => s.iso3));
    for (const plan of [DEMO_PLAN_SC_2024, DEMO_PLAN_SC_2026]) {
      expect(plan.length).toBeGreaterThanOrEqual(35);
      expect(plan.length).toBeLessThanOrEqual(45);
      expect(new Set(plan.map((p) => p.stateId)).size).toBe(plan.length);
      for (const p of plan) {
        expect(known.has(p.stateId)).toBe(true);
        expect(DEMO_EXCLUDED_STATES).not.toContain(p.stateId);
      }
    }
    const shared = DEMO_PLAN_SC_2026.filter((p) => DEMO_PLAN_SC_2024.some((q) => q.stateId === p.stateId)).length;
    expect(shared).toBeGreaterThan(25);
    expect(shared).toBeLessThan(DEMO_PLAN_SC_2026.length);
  });

  it("refuses a plan with a reserved State", () => {
    expect(() => buildDemoRows(TIP, SC_2026, [{ stateId: "GHA", status: "DRAFT" }])).toThrow(/GHA/);
  });

  it("reads the years of a reporting period", () => {
    expect(periodYears("2025-10-01", "2026-09-30")).toEqual([2025, 2026]);
    expect(periodYears("2024-01-01", "2024-12-31")).toEqual([2024]);
  });
});

describe("buildDemoRows", () => {
  const schemas = (definition: typeof TIP) => ({ submit: buildAnswerSchema(definition, { mode: "submit", modules: base.modules }), draft: buildAnswerSchema(definition, { mode: "draft", modules: base.modules }) });
  const byCycle = [{ rows: rows2024, ...schemas(TIP) }, { rows: rows2026, ...schemas(TIP2) }];
  const submitSchema = byCycle[1]!.submit;

  it("sc-2024: every State accepted with version 1, received before the cut-off, through more than one channel", () => {
    expect(countBy(rows2024, (r) => r.status)).toEqual({ ACCEPTED: DEMO_PLAN_SC_2024.length });
    for (const r of rows2024) {
      expect(r.submittedVersion).toBe(1);
      expect(r.acceptedVersion).toBe(1);
      expect(r.acceptedAt!.getTime()).toBeGreaterThan(r.receivedAt!.getTime());
      expect(r.receivedAt!.getTime()).toBeGreaterThan(Date.parse("2024-11-01"));
      expect(r.receivedAt!.getTime()).toBeLessThan(Date.parse("2025-02-15"));
    }
    const channels = countBy(rows2024, (r) => r.channel);
    expect(channels.ONLINE).toBeGreaterThan(rows2024.length / 2);
    expect((channels.NOTE_VERBALE ?? 0) + (channels.EMAIL ?? 0)).toBeGreaterThan(0);
  });

  it("sc-2026: the planned mix of statuses", () => {
    const byStatus = countBy(rows2026, (r) => r.status);
    expect(byStatus).toEqual({ ACCEPTED: 15, SUBMITTED: 10, RETURNED: 3, DRAFT: 12 });
    expect(rows2026.filter((r) => r.status === "DRAFT" && Object.keys(r.answers).length === 0)).toHaveLength(4);
    for (const r of rows2026.filter((x) => x.status === "RETURNED")) expect(r.returnedAt!.getTime()).toBeGreaterThan(r.receivedAt!.getTime());
    for (const r of rows2026.filter((x) => x.status === "SUBMITTED")) expect([r.acceptedAt, r.returnedAt, r.acceptedVersion]).toEqual([null, null, null]);
  });

  it("every complete reply passes submit mode, every draft passes draft mode", () => {
    for (const { rows, submit, draft } of byCycle) {
      for (const r of rows) {
        if (r.snapshot) {
          const parsed = submit.safeParse(r.answers);
          expect({ state: r.stateId, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ state: r.stateId, issues: [] });
          expect(r.snapshot.answers).toEqual(parsed.data);
        } else {
          const parsed = draft.safeParse(r.answers);
          expect({ state: r.stateId, issues: parsed.success ? [] : parsed.error.issues }).toEqual({ state: r.stateId, issues: [] });
        }
      }
    }
    const drafts = rows2026.filter((r) => r.status === "DRAFT" && Object.keys(r.answers).length > 0);
    expect(drafts).toHaveLength(8);
    expect(drafts.filter((r) => !submitSchema.safeParse(r.answers).success).length).toBeGreaterThan(4);
  });

  it("stores snapshots whose sha256 is the canonical hash of the submitSubmission payload", () => {
    for (const [cycle, rows] of [[SC_2024, rows2024], [SC_2026, rows2026]] as const) {
      for (const r of rows.filter((x) => x.snapshot)) {
        const expected = snapshotSha256({ cycleId: cycle.id, memberStateId: r.stateId, version: 1, questionnaireVersionId: cycle.questionnaireVersionId, submittedAt: r.snapshot!.submittedAt, answers: r.snapshot!.answers });
        expect(r.snapshot!.sha256).toBe(expected);
        expect(r.snapshot!.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });

  it("varies the answers: naming consent, Palermo status, action plans, conflict situation, figures", () => {
    const complete = [...rows2024, ...rows2026].filter((r) => r.snapshot).map((r) => r.answers);
    const codes = (q: string, f: string) => new Set(complete.map((a) => (a[q]?.[f] as { code?: string } | undefined)?.code).filter(Boolean));
    expect(codes("META-06", "consent")).toEqual(new Set(["MAY_BE_NAMED", "GOOD_PRACTICE_ONLY", "ANONYMOUS_ONLY"]));
    expect(codes("RAT-02", "status")).toContain("PARTY");
    expect(codes("COORD-01", "status").size).toBeGreaterThan(1);
    expect(codes("LEG-07", "jurisdiction").size).toBeGreaterThan(2);
    expect(codes("CONF-01", "situation").size).toBeGreaterThan(2);
    const prot04 = complete.map((a) => a["PROT-04"]?.byYear as { bySexAndAge: { notAvailable?: true } }[]);
    expect(prot04.some((items) => items.some((i) => i.bySexAndAge.notAvailable))).toBe(true);
    expect(prot04.some((items) => items.some((i) => !i.bySexAndAge.notAvailable))).toBe(true);
    const years2026 = rows2026.filter((r) => r.snapshot).map((r) => (r.answers["PROT-04"]?.byYear as { year: number }[]).map((i) => i.year));
    for (const y of years2026) expect(y).toEqual([2025, 2026]);
  });

  it("is deterministic", () => {
    expect(buildDemoRows(TIP2, SC_2026, DEMO_PLAN_SC_2026.slice(0, 5))).toEqual(rows2026.slice(0, 5));
  });
});

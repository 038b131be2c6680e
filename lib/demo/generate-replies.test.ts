import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { checkAnswers } from "@/lib/questionnaire/build-answer-schema";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TEST_DEFINITION } from "@/lib/questionnaire/test-fixture";
import { TIP_QUESTIONNAIRE_V1 } from "@/lib/questionnaire/tip/definition-v1";
import { generateReply } from "./generate-replies";
import { createRng } from "./prng";
import { profileFor } from "./state-profiles";

const TIP = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);
const issuesOf = (answers: unknown, mode: "draft" | "submit", modules: string[], definition = TIP) => checkAnswers(definition, answers, { mode, modules }).issues;

describe("createRng", () => {
  it("is deterministic per seed and differs between seeds", () => {
    const a = createRng("x");
    const b = createRng("x");
    const c = createRng("y");
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it("samples distinct elements in list order", () => {
    const rng = createRng(1);
    const list = ["a", "b", "c", "d", "e", "f"];
    for (let i = 0; i < 20; i++) {
      const s = rng.sample(list, 3);
      expect(new Set(s).size).toBe(3);
      expect([...s].sort((x, y) => list.indexOf(x) - list.indexOf(y))).toEqual(s);
    }
  });
});

describe("generateReply", () => {
  it("gives a full reply of every State that passes submit mode, with and without the conflict module", () => {
    for (const modules of [["CONFLICT"], []]) {
      for (const s of MEMBER_STATES) {
        const reply = generateReply(TIP, { stateId: s.iso3, seed: "unit", completeness: "full", modules });
        expect({ state: s.iso3, modules, issues: issuesOf(reply, "submit", modules) }).toEqual({ state: s.iso3, modules, issues: [] });
      }
    }
  }, 120_000);

  it("gives partial replies that pass draft mode and mostly miss something for submit mode", () => {
    let incomplete = 0;
    for (const s of MEMBER_STATES.slice(0, 60)) {
      const reply = generateReply(TIP, { stateId: s.iso3, seed: "unit", completeness: "partial", modules: ["CONFLICT"] });
      expect(Object.keys(reply).length).toBeGreaterThan(0);
      expect(issuesOf(reply, "draft", ["CONFLICT"])).toEqual([]);
      if (issuesOf(reply, "submit", ["CONFLICT"]).length > 0) incomplete += 1;
    }
    expect(incomplete).toBeGreaterThan(40);
  }, 60_000);

  it("is deterministic, and varies between States and seeds", () => {
    const one = generateReply(TIP, { stateId: "FRA", seed: 7, completeness: "full", modules: ["CONFLICT"] });
    expect(generateReply(TIP, { stateId: "FRA", seed: 7, completeness: "full", modules: ["CONFLICT"] })).toEqual(one);
    expect(generateReply(TIP, { stateId: "FRA", seed: 8, completeness: "full", modules: ["CONFLICT"] })).not.toEqual(one);
    expect(generateReply(TIP, { stateId: "DEU", seed: 7, completeness: "full", modules: ["CONFLICT"] })).not.toEqual(one);
  });

  it("answers section J in substance for conflict-affected States and 'no conflict' for the others", () => {
    const ukraine = generateReply(TIP, { stateId: "UKR", seed: "j", completeness: "full", modules: ["CONFLICT"] });
    expect(ukraine["CONF-01"]?.situation).toEqual({ code: "INTERNATIONAL_ARMED_CONFLICT" });
    expect(ukraine["CONF-05"]).toBeDefined();
    const austria = generateReply(TIP, { stateId: "AUT", seed: "j", completeness: "full", modules: ["CONFLICT"] });
    expect(austria["CONF-01"]?.situation).toEqual({ code: "NO_ARMED_CONFLICT" });
    expect(austria["CONF-05"]).toBeUndefined();
    const noModule = generateReply(TIP, { stateId: "UKR", seed: "j", completeness: "full", modules: [] });
    expect(Object.keys(noModule).some((q) => q.startsWith("CONF-"))).toBe(false);
  });

  it("follows the State's naming consent in META-06 and in good-practice nominations", () => {
    for (const stateId of ["CHN", "SGP", "AUS", "TUR"]) {
      const reply = generateReply(TIP, { stateId, seed: "gp", completeness: "full", modules: ["CONFLICT"] });
      const naming = profileFor(stateId).naming;
      expect(reply["META-06"]?.consent).toEqual({ code: naming });
      const nominations = Object.values(reply).flatMap((a) => Object.values(a).flatMap((v): unknown[] => (Array.isArray(v) ? v : []))).filter((v) => typeof v === "object" && v !== null && "consent" in v);
      for (const n of nominations) expect((n as { consent: string }).consent).toBe(naming === "ANONYMOUS_ONLY" ? "ANONYMOUS" : "NAMED");
    }
  });

  it("gives per-year figures for the reporting period as integers or 'not available'", () => {
    const reply = generateReply(TIP, { stateId: "MEX", seed: "y", completeness: "full", modules: [], years: [2023, 2024] });
    const items = reply["PROT-04"]?.byYear as { year: number; bySexAndAge: unknown }[];
    expect(items.map((i) => i.year)).toEqual([2023, 2024]);
    for (const i of items) {
      const v = i.bySexAndAge as { cells?: Record<string, Record<string, number>>; notAvailable?: true };
      if (v.notAvailable) continue;
      for (const row of Object.values(v.cells ?? {})) for (const n of Object.values(row)) expect(Number.isInteger(n) && n >= 0).toBe(true);
    }
  });

  it("works for another questionnaire definition (the engine's test fixture)", () => {
    for (const stateId of ["FRA", "NGA", "PER", "JPN", "ALB"]) {
      const full = generateReply(TEST_DEFINITION, { stateId, seed: "fixture", completeness: "full", modules: ["CONFLICT"] });
      expect(issuesOf(full, "submit", ["CONFLICT"], TEST_DEFINITION)).toEqual([]);
      const partial = generateReply(TEST_DEFINITION, { stateId, seed: "fixture", completeness: "partial", modules: ["CONFLICT"] });
      expect(issuesOf(partial, "draft", ["CONFLICT"], TEST_DEFINITION)).toEqual([]);
    }
  });
});

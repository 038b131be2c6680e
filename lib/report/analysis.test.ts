import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { analyseQuestion, offeredQuestions, type ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { analyseQuestions } from "./analysis";

const definition = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);

describe("analyseQuestions", () => {
  it("gives exactly what analyseQuestion gives, for every offered question, with and without the CONFLICT module", () => {
    for (const modules of [["CONFLICT"], []]) {
      const ctx = { modules };
      const replies: ReplyForAnalysis[] = MEMBER_STATES.slice(0, 12).map((s, i) => ({
        state: { id: s.iso3, name: s.name, accepted: true },
        answers: generateReply(definition, { stateId: s.iso3, seed: `analysis-${modules.length}`, completeness: i % 2 ? "full" : "partial", modules }) as UncheckedAnswers,
      }));
      // Hidden answers must stay ignored: a reply that stores answers its own choices hide.
      replies.push({ state: { id: "XXX", name: "Test State", accepted: true }, answers: { "PROT-10": { entitlements: { selected: ["NONE"] }, conditionality: { code: "CONDITIONAL" } } } });
      const ids = definition.sections.flatMap((s) => s.questions.map((q) => q.id));
      const fast = analyseQuestions(definition, ids, replies, ctx);
      for (const id of ids) expect(fast.get(id), id).toEqual(analyseQuestion(definition, id, replies, ctx));
      expect(offeredQuestions(definition, ctx).every(({ question }) => fast.has(question.id))).toBe(true);
    }
  }, 60_000); // the reference (whole-questionnaire) analysis is slow on a shared machine

  it("gives exactly what analyseQuestion gives on 193 full replies (every Member State, the CONFLICT module on)", () => {
    const modules = ["CONFLICT"];
    const ctx = { modules };
    // As db/seed/demo-replies.ts builds an accepted reply of sc-2026, for every Member State.
    const replies: ReplyForAnalysis[] = MEMBER_STATES.filter((s) => s.status === "MEMBER").map((s) => ({
      state: { id: s.iso3, name: s.name, accepted: true },
      answers: generateReply(definition, { stateId: s.iso3, seed: "rapporteur-demo/sc-2026", completeness: "full", modules, years: [2025, 2026] }) as UncheckedAnswers,
    }));
    expect(replies).toHaveLength(193);
    const ids = definition.sections.flatMap((s) => s.questions.map((q) => q.id));
    const names = new Map(MEMBER_STATES.map((s) => [s.iso3, s.name]));
    const fast = analyseQuestions(definition, ids, replies, ctx, { stateNames: names });
    expect([...fast.keys()]).toEqual(ids);
    for (const id of ids) expect(fast.get(id), id).toEqual(analyseQuestion(definition, id, replies, ctx, { stateNames: names }));
    // The comparison is not vacuous: the CONFLICT questions were shown and answered, and some question
    // was hidden from some States by their own answers.
    const conflict = definition.sections.find((s) => s.module === "CONFLICT")!.questions.map((q) => q.id);
    expect(conflict.some((id) => fast.get(id)!.answered > 0)).toBe(true);
    expect(ids.some((id) => fast.get(id)!.seen < 193)).toBe(true);
  }, 120_000); // the reference analysis resolves the whole questionnaire per question and reply

  it("refuses an unknown question", () => {
    expect(() => analyseQuestions(definition, ["XXX-99"], [], { modules: [] })).toThrow(/unknown question XXX-99/);
  });
});

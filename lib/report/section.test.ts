import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import type { ReplyForAnalysis } from "@/lib/analysis/question-analysis";
import { generateReply } from "@/lib/demo/generate-replies";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V2 } from "@/lib/questionnaire/tip/definition-v2";
import type { UncheckedAnswers } from "@/lib/questionnaire/values";
import { PHRASINGS } from "./config/phrasings";
import { generateSection, questionsFeeding } from "./section";
import { consentsFromReplies } from "./sentences";

const definition = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);
const conditions = { modules: ["CONFLICT"] };
const STATES = new Map(MEMBER_STATES.map((s) => [s.iso3, { id: s.iso3, name: s.name, takesArticle: s.takesArticle }]));
const replies: ReplyForAnalysis[] = MEMBER_STATES.filter((s) => s.status === "MEMBER")
  .slice(0, 60)
  .map((s, i) => ({
    state: { id: s.iso3, name: s.name, accepted: i % 10 !== 0 },
    answers: generateReply(definition, { stateId: s.iso3, seed: "section", completeness: "full", modules: ["CONFLICT"] }) as UncheckedAnswers,
  }));
const context = { naming: "anonymous" as const, template: "SC" as const, consents: consentsFromReplies(replies), states: STATES };
/** A subset of the phrasings, so that the path of questions without phrasing stays tested now that nearly all are phrased. */
const SOME_PHRASINGS = Object.fromEntries(["LEG-01", "LEG-07", "PROT-01", "PROT-05", "PROT-10"].map((id) => [id, PHRASINGS[id]!]));

describe("generateSection", () => {
  it("lists the questions feeding a section, in questionnaire order", () => {
    const ids = questionsFeeding(definition, "T-LEG", conditions).map((q) => q.id);
    expect(ids).toContain("LEG-07");
    expect(ids.indexOf("LEG-01")).toBeLessThan(ids.indexOf("LEG-07"));
    // Without the CONFLICT module, section J is not offered: none of its questions feeds T-CONF.
    expect(questionsFeeding(definition, "T-CONF", conditions).some((q) => q.id.startsWith("CONF-"))).toBe(true);
    expect(questionsFeeding(definition, "T-CONF", { modules: [] }).some((q) => q.id.startsWith("CONF-"))).toBe(false);
  });

  it("makes paragraphs from the phrased questions and names the questions without phrasing", () => {
    const out = generateSection({ definition, sectionCode: "T-LEG", replies, conditions, phrasings: SOME_PHRASINGS, context });
    const phrased = questionsFeeding(definition, "T-LEG", conditions).map((q) => q.id).filter((id) => SOME_PHRASINGS[id]);
    expect(phrased).toEqual(["LEG-01", "LEG-07"]);
    expect(out.paragraphs.flatMap((p) => p.questionIds)).toEqual(phrased);
    expect(out.unphrased).toContain("LEG-02");
    expect(out.unphrased.some((id) => phrased.includes(id))).toBe(false);
  });

  it("counts accepted replies only, unless asked; provisional States are marked", () => {
    const accepted = generateSection({ definition, sectionCode: "T-LEG", replies, conditions, phrasings: PHRASINGS, context });
    const notAccepted = new Set(replies.filter((r) => !r.state.accepted).map((r) => r.state.id));
    const sentences = accepted.paragraphs.flatMap((p) => p.sentences);
    expect(sentences.flatMap((s) => s.stateIds).some((id) => notAccepted.has(id))).toBe(false);
    expect(accepted.paragraphs.flatMap((p) => p.provisionalStateIds)).toEqual([]);
    const all = generateSection({ definition, sectionCode: "T-LEG", replies, conditions, phrasings: PHRASINGS, context, includeSubmitted: true });
    const provisional = all.paragraphs.flatMap((p) => p.provisionalStateIds);
    expect(provisional.length).toBeGreaterThan(0);
    expect(provisional.every((id) => notAccepted.has(id))).toBe(true);
  });

  it("is deterministic, and another seed changes the wording", () => {
    const a = generateSection({ definition, sectionCode: "T-PROT", replies, conditions, phrasings: SOME_PHRASINGS, context });
    const b = generateSection({ definition, sectionCode: "T-PROT", replies, conditions, phrasings: SOME_PHRASINGS, context });
    expect(a).toEqual(b);
    expect(a.paragraphs.flatMap((p) => p.questionIds)).toEqual(["PROT-01", "PROT-05", "PROT-10"]);
    const other = generateSection({ definition, sectionCode: "T-PROT", replies, conditions, phrasings: SOME_PHRASINGS, context: { ...context, seed: "another cycle" } });
    expect(other.paragraphs.map((p) => p.text)).not.toEqual(a.paragraphs.map((p) => p.text));
  });
});

describe("generateSection: theme clusters (§3.9 rule 7)", () => {
  const phrasings = {
    "ACC-03": {
      questionId: "ACC-03",
      topic: "financial investigations in trafficking cases",
      findings: [
        { id: "parallel", role: "AGG" as const, field: "financialInvestigations", codes: ["SYSTEMATICALLY", "SOME_CASES"], clause: "that {they} conducted financial investigations alongside trafficking investigations" },
      ],
    },
    "CONF-08": PHRASINGS["CONF-08"]!,
  };
  const states = MEMBER_STATES.filter((s) => s.status === "MEMBER").slice(0, 31);
  const clusterReplies: ReplyForAnalysis[] = states.map((s, i) => ({
    state: { id: s.iso3, name: s.name, accepted: true },
    answers: {
      "ACC-03": { financialInvestigations: { code: i < 20 ? "SOME_CASES" : "RARELY_OR_NEVER" } },
      "CONF-08": { casesIdentified: { value: 0 } },
    },
  }));
  const run = (cluster?: { min: number; max: number }) =>
    generateSection({ definition, sectionCode: "T-FIN", replies: clusterReplies, conditions, phrasings, context: { ...context, consents: new Map() }, cluster });

  it("a one-sentence gap joins the previous paragraph, opening with a connector", () => {
    const out = run();
    expect(out.paragraphs).toHaveLength(1);
    const p = out.paragraphs[0]!;
    expect(p.questionIds).toEqual(["ACC-03", "CONF-08"]);
    expect(p.sentences.map((s) => s.questionIds[0])).toEqual(["ACC-03", "CONF-08"]);
    expect(p.sentences[1]!.text).toMatch(/^(At the same time, however,|However,) [a-z].*trafficking in persons to finance terrorism/);
    expect(p.text).toBe(p.sentences.map((s) => s.text).join(" "));
  });

  it("with clusters of at most one sentence, each question keeps its own paragraph and no connector", () => {
    const out = run({ min: 1, max: 1 });
    expect(out.paragraphs.map((p) => p.questionIds)).toEqual([["ACC-03"], ["CONF-08"]]);
    expect(out.paragraphs[1]!.text).not.toMatch(/^(At the same time|However)/);
  });
});

describe("generateSection: the SG's good-practice lead across a cluster", () => {
  it("'I am pleased to note that' opens one sentence of the clustered paragraph; the next good practice takes another form", () => {
    const states = MEMBER_STATES.filter((s) => s.status === "MEMBER").slice(0, 10);
    const phrasings = {
      "LEG-07": { questionId: "LEG-07", topic: "extraterritorial jurisdiction", findings: [{ id: "jurisdiction", role: "AGG" as const, field: "jurisdiction", codes: ["YES_NO_DUAL_CRIMINALITY"], clause: "the establishment of extraterritorial jurisdiction" }] },
      "ACC-01": { questionId: "ACC-01", topic: "specialized units", findings: [{ id: "units", role: "AGG" as const, field: "specialization", codes: ["SPECIALIZED_LAW_ENFORCEMENT_UNIT"], clause: "the establishment of specialized police units" }] },
    };
    const clusterReplies: ReplyForAnalysis[] = states.map((s) => ({
      state: { id: s.iso3, name: s.name, accepted: true },
      answers: { "LEG-07": { jurisdiction: { code: "YES_NO_DUAL_CRIMINALITY" } }, "ACC-01": { specialization: { selected: ["SPECIALIZED_LAW_ENFORCEMENT_UNIT"] } } },
    }));
    const gp = (stateId: string) => [{ stateId, clause: "its practice was exemplary", goodPractice: true }];
    const out = generateSection({
      definition,
      sectionCode: "T-ACC",
      replies: clusterReplies,
      conditions,
      phrasings,
      examples: { "LEG-07": gp(states[0]!.iso3), "ACC-01": gp(states[1]!.iso3) },
      context: { ...context, consents: new Map() },
      cluster: { min: 4, max: 8 },
    });
    const p = out.paragraphs.find((x) => x.questionIds.includes("ACC-01"))!;
    expect(p.questionIds).toEqual(["LEG-07", "ACC-01"]);
    expect(p.sentences.filter((s) => s.text.startsWith("I am pleased to note that"))).toHaveLength(1);
    expect(p.sentences.find((s) => s.questionIds[0] === "ACC-01" && s.kind !== "GP" && s.kind !== "EX1")!.text).toMatch(/^(I also note with appreciation that|I further welcome the fact that) all (reporting )?States/);
  });
});

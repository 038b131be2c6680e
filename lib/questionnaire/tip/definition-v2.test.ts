import { describe, expect, it } from "vitest";
import { findConditionCycles } from "@/lib/questionnaire/conditions";
import { ZQuestionnaireDefinition } from "@/lib/questionnaire/definition";
import { TIP_QUESTIONNAIRE_V1 } from "./definition-v1";
import { TIP_QUESTIONNAIRE_V2 } from "./definition-v2";

const v1 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V1);
const v2 = ZQuestionnaireDefinition.parse(TIP_QUESTIONNAIRE_V2);

describe("questionnaire tip v2", () => {
  it("is version 2 of the same key, valid and without condition cycles", () => {
    expect([v2.key, v2.version]).toEqual(["tip", 2]);
    expect(findConditionCycles(v2)).toEqual([]);
  });

  it("keeps every question of version 1 unchanged and adds only the optional supporting documents in K", () => {
    const q1 = v1.sections.flatMap((s) => s.questions);
    const q2 = v2.sections.flatMap((s) => s.questions);
    expect(q2.filter((q) => q.id !== "DOC-01")).toEqual(q1);
    const doc = v2.sections.find((s) => s.code === "K")!.questions.at(-1)!;
    expect(doc).toMatchObject({ id: "DOC-01", requirement: "O", fields: [{ type: "FILE", maxFiles: 10 }] });
  });

  it("refuses feeds with sections but no sentence kinds", () => {
    const broken = structuredClone(TIP_QUESTIONNAIRE_V2);
    broken.sections[10]!.questions.at(-1)!.feeds = { sections: ["T-RES"], kinds: [], examples: [] };
    expect(ZQuestionnaireDefinition.safeParse(broken).success).toBe(false);
  });
});

import type { QuestionPhrasingInput } from "../../sentences";

/**
 * Section K: good practices, challenges and comments. GP-01 (good-practice nominations) and GP-03
 * (other comments) are free text only: nothing can be counted, but they feed single-State examples
 * (EX1, GP), so their phrasing has no finding and lets the examples a reviewer selects through.
 */
export const GOOD_PRACTICE_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "GP-01": {
    questionId: "GP-01",
    topic: "good practices from the reporting period",
    findings: [],
  },
  "GP-02": {
    questionId: "GP-02",
    topic: "the challenges States face in preventing and combating trafficking in persons",
    findings: [
      {
        id: "prosecution",
        role: "AGG",
        field: "challenges",
        codes: ["INVESTIGATION_EVIDENCE", "PROSECUTION_CONVICTION_RATES"],
        clause: "the challenges associated with the investigation and prosecution of trafficking in persons", // [001] ¶26
        topic: "challenges in the investigation and prosecution of trafficking in persons",
        verbs: ["highlighted", "noted", "cited", "referred to"],
      },
      {
        id: "identification",
        role: "SUB",
        field: "challenges",
        codes: ["VICTIM_IDENTIFICATION", "PROTECTION_CAPACITY", "MIXED_MIGRATION_FLOWS"],
        clause: "difficulties in identifying and protecting victims, including in mixed migration flows",
        topic: "challenges in identifying and protecting victims",
        verbs: ["cited", "highlighted", "referred to"],
      },
      {
        id: "resources",
        role: "SUB",
        field: "challenges",
        codes: ["RESOURCES", "DATA"],
        clause: "the need to ensure the availability of appropriate resources and data", // [000] ¶33
        topic: "resources and data as challenges",
        verbs: ["emphasized", "stressed", "underlined"],
      },
      {
        id: "cooperation",
        role: "SUB",
        field: "challenges",
        codes: ["CROSS_BORDER_COOPERATION", "CORRUPTION"],
        clause: "cross-border cooperation and/or corruption as challenges",
        topic: "cross-border cooperation and corruption as challenges",
        verbs: ["cited", "referred to", "highlighted"],
      },
    ],
  },
  "GP-03": {
    questionId: "GP-03",
    topic: "other information and comments brought to the attention of the Secretary-General",
    findings: [],
  },
};

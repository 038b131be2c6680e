import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section B (T-RAT). Treaty status itself (RAT-01, RAT-02) and the list of other instruments (RAT-04)
 * are depositary facts and footnote material: see `UNPHRASABLE` in `../phrasings.ts`.
 */
export const RATIFICATION_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "RAT-03": {
    questionId: "RAT-03",
    topic: "the ratification of or accession to the Convention and the Protocol by States not yet parties",
    findings: [
      {
        id: "under-way",
        role: "AGG",
        field: "stage",
        codes: ["PROCESS_UNDER_WAY"],
        clause: "that the process of ratification of or accession to the Convention and/or the Protocol was under way",
        topic: "ratification processes under way",
        verbs: ["indicated", "reported", "noted"],
      },
      {
        id: "under-consideration",
        role: "SUB",
        field: "stage",
        codes: ["UNDER_CONSIDERATION"],
        clause: "that ratification or accession was under consideration",
        topic: "ratification or accession under consideration",
        verbs: ["indicated", "reported", "noted"],
      },
    ],
    negativeCodes: { stage: ["NOT_UNDER_CONSIDERATION"] },
    negative: { stage: "that ratification of or accession to the instruments was not under consideration at the time of reporting" },
  },
  // Feeds STAT only and has no number field: its findings make no sentence of their own; a "no" on the
  // Review Mechanism, and nobody engaged in it, are still gaps (§3.8).
  "RAT-05": {
    questionId: "RAT-05",
    topic: "engagement in the Mechanism for the Review of Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto",
    findings: [
      {
        id: "review-mechanism",
        role: "AGG",
        field: "reviewMechanism",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} had engaged in the Mechanism for the Review of Implementation of the Convention and the Protocols thereto",
        verbs: FACT_VERBS,
      },
    ],
    negative: { reviewMechanism: "that {they} had not yet engaged in the Mechanism for the Review of Implementation" },
  },
};

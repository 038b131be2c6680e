import type { QuestionPhrasingInput } from "../sentences";

/**
 * Phrasing of findings per question (validated by `ZQuestionPhrasing` when used). Only the questions of
 * the worked examples of BRIEF §3.10 so far; the wording is the seeds' ([001] ¶30, ¶39; [004] ¶42).
 */
export const PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "LEG-07": {
    questionId: "LEG-07",
    topic: "extraterritorial jurisdiction over trafficking offences",
    findings: [
      {
        id: "dual-criminality",
        role: "AGG",
        field: "jurisdiction",
        codes: ["YES_DUAL_CRIMINALITY"],
        clause: "that {they} had established jurisdiction over trafficking offences committed outside of {their} territory in accordance with article 15 of the Organized Crime Convention",
        verbs: ["indicated", "reported", "noted"],
      },
      {
        id: "no-dual-criminality",
        role: "SUB",
        field: "jurisdiction",
        codes: ["YES_NO_DUAL_CRIMINALITY"],
        clause: "the establishment of extraterritorial jurisdiction without a requirement of dual criminality",
        verbs: ["reported", "highlighted", "noted"],
        invite: "I invite Member States to consider these approaches, which facilitate international cooperation and curtail impunity.",
      },
    ],
    negative: { jurisdiction: "that {they} had not established such jurisdiction" },
  },
  "PROT-10": {
    questionId: "PROT-10",
    topic: "residence permits for victims of trafficking",
    findings: [
      {
        id: "permits",
        role: "AGG",
        field: "entitlements",
        codes: ["TEMPORARY_RESIDENCE", "PERMANENT_RESIDENCE"],
        clause: "the provision of temporary and/or permanent residency permits",
        verbs: ["referred to", "reported", "highlighted", "noted"],
      },
      {
        id: "conditional",
        role: "EXCEPTIONS",
        field: "conditionality",
        within: "permits",
        codes: ["CONDITIONAL", "EXTENDED_STAY_CONDITIONAL"],
        exceptCodes: ["NOT_CONDITIONAL"],
        impersonal: "the provision of temporary or extended stays was contingent on the cooperation of victims with law enforcement and their participation in prosecutions",
      },
      {
        id: "family",
        role: "SUB",
        field: "entitlements",
        codes: ["FAMILY_REUNIFICATION"],
        clause: "the possibility of family reunification",
        topic: "family reunification for victims of trafficking",
        verbs: ["reported", "noted", "cited"],
      },
    ],
    statistics: [{ field: "permitsGranted", topic: "residence permits granted to victims in the reporting period" }],
  },
  "CONF-08": {
    questionId: "CONF-08",
    topic: "trafficking in persons to finance terrorism",
    findings: [
      {
        id: "cases",
        role: "AGG",
        field: "casesIdentified",
        clause: "that {they} had identified cases in which trafficking in persons financed terrorism",
      },
    ],
  },
};

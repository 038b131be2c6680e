import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section D (T-COORD, T-RES): national coordination, action plans and resources. Clauses follow
 * [000] ¶23, ¶33, [001] ¶32 and [002] ¶7, ¶16, ¶22.
 */
export const COORDINATION_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "COORD-01": {
    questionId: "COORD-01",
    topic: "national strategies and action plans against trafficking in persons",
    findings: [
      {
        id: "in-force",
        role: "AGG",
        field: "status",
        codes: ["IN_FORCE"],
        clause: "national action plans or strategic frameworks to strengthen national coordination against trafficking in persons", // [002] ¶7
        topic: "national strategies and action plans in force",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "in-preparation",
        role: "SUB",
        field: "status",
        codes: ["IN_PREPARATION"],
        clause: "that {they} had begun preparing such a plan",
        topic: "national action plans in preparation",
        verbs: FACT_VERBS,
      },
    ],
    negativeCodes: { status: ["EXPIRED_NOT_RENEWED"] },
    negative: { status: "that {they} had no national action plan in force" },
  },
  "COORD-02": {
    questionId: "COORD-02",
    topic: "the scope of national action plans against trafficking in persons",
    findings: [
      {
        id: "comprehensive",
        role: "AGG",
        field: "scope",
        codes: ["PREVENTION", "PROTECTION", "PROSECUTION", "PARTNERSHIPS"],
        clause: "that {their} national action plans addressed the prevention of trafficking, the protection of victims and/or the prosecution of perpetrators", // [001] ¶32
        topic: "the coverage of prevention, protection and prosecution in national action plans",
        verbs: FACT_VERBS,
      },
      {
        id: "armed-conflict",
        role: "SUB",
        field: "scope",
        codes: ["ARMED_CONFLICT"],
        clause: "that {their} plans expressly referred to trafficking related to armed conflict", // [001] ¶32
        verbs: FACT_VERBS,
        topic: "national action plans referring to trafficking related to armed conflict",
      },
      {
        id: "specific-forms",
        role: "SUB",
        field: "scope",
        codes: ["SPECIFIC_FORMS", "WOMEN_AND_GIRLS", "MIGRANTS_AND_REFUGEES"],
        clause: "that {their} plans dealt with specific types of trafficking and/or specific groups, such as women and girls or migrants and refugees", // [000] ¶23
        verbs: FACT_VERBS,
        topic: "national action plans on specific forms of trafficking or specific groups",
      },
      {
        id: "monitoring",
        role: "SUB",
        field: "scope",
        codes: ["MEASURABLE_TARGETS", "MONITORING_EVALUATION", "DEDICATED_BUDGET"],
        clause: "measurable targets, monitoring and evaluation arrangements and/or a dedicated budget for the implementation of {their} plans",
        topic: "targets, monitoring and budgets for national action plans",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
  "COORD-03": {
    questionId: "COORD-03",
    topic: "national mechanisms for the coordination of action against trafficking in persons",
    findings: [
      {
        id: "committees",
        role: "AGG",
        field: "mechanisms",
        codes: ["COORDINATION_COMMITTEE", "TASK_FORCE", "INTER_AGENCY_WORKING_GROUP", "SPECIAL_ADVISORY_COUNCIL"],
        clause: "that {their} efforts were led by national anti-trafficking coordination committees, operational teams (task forces), inter-agency working groups and/or special advisory councils", // [000] ¶23
        topic: "national coordination committees, task forces and working groups",
        verbs: FACT_VERBS,
      },
      {
        id: "rapporteurs",
        role: "SUB",
        field: "mechanisms",
        codes: ["NATIONAL_RAPPORTEUR"],
        clause: "the appointment of national rapporteurs or coordinators on trafficking in persons", // [000] ¶23
        topic: "national rapporteurs on trafficking in persons",
        verbs: ["reported", "noted", "cited"],
      },
      {
        id: "ambassadors",
        role: "SUB",
        field: "mechanisms",
        codes: ["AMBASSADOR"],
        clause: "having appointed ambassadors to act against trafficking in persons", // [002] ¶16
        topic: "ambassadors against trafficking in persons",
        verbs: ["reported"],
      },
      {
        id: "civil-society",
        role: "SUB",
        field: "composition",
        codes: ["CIVIL_SOCIETY", "SURVIVORS"],
        clause: "that civil society and/or survivors took part in {their} coordination mechanisms", // [000] ¶23
        verbs: FACT_VERBS,
        topic: "the participation of civil society and survivors in national coordination",
      },
    ],
    negative: { mechanisms: "that {they} had no national mechanism to coordinate action against trafficking in persons" },
  },
  // Feeds EX1, GP and NAMED only: reviewers' examples carry the paragraph ([000] ¶23); "none" is a gap.
  "COORD-04": {
    questionId: "COORD-04",
    topic: "the involvement of survivors of trafficking in national decision-making, coordination, service delivery and training",
    findings: [
      {
        id: "involvement",
        role: "AGG",
        field: "involvement",
        codes: ["SURVIVOR_ADVISORY_COUNCIL", "CULTURAL_MEDIATORS", "VICTIM_FEEDBACK_IN_TRAINING"],
        clause: "the involvement of survivors of trafficking in national decision-making, coordination, service delivery and/or training",
      },
    ],
    negative: { involvement: "that survivors of trafficking were not yet involved in such processes" },
  },
  "COORD-05": {
    questionId: "COORD-05",
    topic: "government funding for action against trafficking in persons and victim assistance",
    findings: [
      {
        id: "increase",
        role: "AGG",
        field: "trend",
        codes: ["INCREASED"],
        clause: "an increase in government funding allocated for anti-trafficking action and victim assistance", // [000] ¶33
        topic: "increases in government funding",
        verbs: ["noted", "reported", "highlighted"],
      },
      {
        id: "stable",
        role: "SUB",
        field: "trend",
        codes: ["STABLE"],
        clause: "that such funding had remained stable compared with the previous reporting period",
        verbs: FACT_VERBS,
        topic: "the stability of government funding",
      },
      {
        id: "decrease",
        role: "SUB",
        field: "trend",
        codes: ["DECREASED"],
        clause: "a decrease in government funding for such action",
        topic: "decreases in government funding",
        verbs: ["reported", "noted"],
      },
      {
        id: "trust-funds",
        role: "SUB",
        field: "fundingInstruments",
        codes: ["TRUST_FUND_VICTIMS", "NGO_GRANT_SCHEMES"],
        clause: "having established trust funds to support victims of crime and/or grant schemes for non-governmental organizations", // [000] ¶33, [002] ¶22
        topic: "trust funds for victims and grant schemes for non-governmental organizations",
        verbs: ["reported"],
      },
      {
        id: "confiscated-proceeds",
        role: "SUB",
        field: "fundingInstruments",
        codes: ["CONFISCATED_PROCEEDS"],
        clause: "the use of confiscated proceeds of crime to fund action against trafficking",
        topic: "the use of confiscated proceeds to fund action against trafficking",
        verbs: ["reported", "cited", "highlighted"],
      },
    ],
    negativeCodes: { trend: ["NOT_KNOWN"] },
    negative: { trend: "that {they} could not determine how government funding had changed" },
  },
};

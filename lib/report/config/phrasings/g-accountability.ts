import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section G (T-ACC, T-FIN, T-PK): investigation, prosecution and convictions. Clauses follow [000]
 * ¶24–25, ¶31, ¶36, [001] ¶26–29, ¶40–41 and [002] ¶15. ACC-02 adds up each justice stage of its
 * repeating group (cases, prosecutions and convictions per year).
 */
export const ACCOUNTABILITY_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "ACC-01": {
    questionId: "ACC-01",
    topic: "specialized law enforcement units, prosecutors and judges for trafficking cases",
    findings: [
      {
        id: "units",
        role: "AGG",
        field: "specialization",
        codes: ["SPECIALIZED_LAW_ENFORCEMENT_UNIT", "SPECIALIZED_PROSECUTOR", "SPECIALIZED_OFFICERS"],
        clause: "specialized multidisciplinary counter-trafficking law enforcement units, specialized officers and/or specialized prosecutors' offices for the investigation of trafficking cases", // [000] ¶24
        topic: "specialized law enforcement units, officers and prosecutors' offices",
        verbs: ["reported", "highlighted", "referred to"],
      },
      {
        id: "judges",
        role: "SUB",
        field: "specialization",
        codes: ["SPECIALIZED_JUDGES"],
        clause: "that trafficking cases were heard by specialized judges",
        verbs: FACT_VERBS,
        topic: "specialized judges for trafficking cases",
      },
      {
        id: "guidelines",
        role: "SUB",
        field: "specialization",
        codes: ["INVESTIGATION_GUIDELINES"],
        clause: "the development of policies and guidelines on how to investigate and prosecute trafficking in persons", // [002] ¶15
        topic: "guidelines on the investigation and prosecution of trafficking in persons",
        verbs: ["reported", "noted", "cited"],
      },
      {
        id: "overseas",
        role: "SUB",
        field: "specialization",
        codes: ["OVERSEAS_AGENT_TRAINING"],
        clause: "special programmes to train law enforcement agents due to be posted overseas to countries of origin of trafficking victims", // [000] ¶24
        topic: "training for law enforcement agents posted overseas",
        verbs: ["noted", "reported", "cited"],
      },
    ],
    negative: { specialization: "that {they} had no specialized units, prosecutors or judges for trafficking cases" },
  },
  // Each row of the required totals grid (justice stage) on its own: the stages are not added together
  // ([002] ¶18 "including on the number of convictions"). The grid's "not available" is said once.
  "ACC-02": {
    questionId: "ACC-02",
    topic: "investigations, prosecutions and convictions for trafficking in persons",
    findings: [],
    statistics: [
      { field: "byYear", sub: "totals", row: "CASES_INVESTIGATED", topic: "cases of trafficking in persons investigated", unit: "cases", form: "total", after: "investigated in the reporting period" },
      { field: "byYear", sub: "totals", row: "PERSONS_PROSECUTED", topic: "persons prosecuted for trafficking in persons", unit: "persons prosecuted", unitOne: "person prosecuted", form: "total", after: "for trafficking in persons" },
      { field: "byYear", sub: "totals", row: "PERSONS_CONVICTED", topic: "convictions for trafficking in persons", unit: "persons convicted", unitOne: "person convicted", form: "total", after: "of trafficking in persons" },
    ],
    gapTopics: { byYear: "investigations, prosecutions and convictions for trafficking in persons in the reporting period" },
  },
  "ACC-03": {
    questionId: "ACC-03",
    topic: "financial investigations in trafficking cases",
    findings: [
      {
        id: "parallel",
        role: "AGG",
        field: "financialInvestigations",
        codes: ["SYSTEMATICALLY", "SOME_CASES"],
        clause: "that {they} undertook concurrent financial investigations, targeting money-laundering and the proceeds of crime, alongside trafficking investigations", // [000] ¶25
        verbs: FACT_VERBS,
      },
      {
        id: "systematic",
        role: "SUB",
        field: "financialInvestigations",
        within: "parallel",
        codes: ["SYSTEMATICALLY"],
        clause: "that such financial investigations were conducted systematically",
        verbs: FACT_VERBS,
        topic: "systematic financial investigations in trafficking cases",
      },
      {
        id: "compensation",
        role: "SUB",
        field: "assetsForCompensation",
        codes: ["YES", "PARTIAL"],
        clause: "the use of confiscated assets to compensate victims of trafficking",
        topic: "the use of confiscated assets to compensate victims",
        verbs: ["reported", "noted", "highlighted"],
      },
    ],
    negativeCodes: { financialInvestigations: ["RARELY_OR_NEVER"] },
    negative: {
      financialInvestigations: "that financial investigations were rarely or never conducted alongside trafficking investigations",
      assetsForCompensation: "that confiscated assets were not used to compensate victims",
    },
    statistics: [
      { field: "amountFrozen", topic: "proceeds frozen or seized" },
      { field: "amountConfiscated", topic: "proceeds confiscated" },
    ],
  },
  "ACC-04": {
    questionId: "ACC-04",
    topic: "the engagement of financial intelligence units and the financial sector in detecting trafficking-related flows",
    findings: [
      {
        id: "fiu",
        role: "AGG",
        field: "engagement",
        codes: ["FIU_STR_ANALYSIS", "RISK_INDICATORS", "FATF_APG_REPORT"],
        clause: "on the development of the capabilities of {their} financial intelligence units and {their} work in detecting financial flows associated with trafficking in persons", // [001] ¶40
        topic: "the work of financial intelligence units on trafficking-related flows",
        verbs: ["reported"],
      },
      {
        id: "private-sector",
        role: "SUB",
        field: "engagement",
        codes: ["MONEY_SERVICE_PROVIDER_TRAINING", "PUBLIC_PRIVATE_PARTNERSHIP"],
        clause: "collaboration with money-service providers and the financial sector to increase awareness and detection of trafficking-related suspicious transactions", // [001] ¶40
        topic: "collaboration with the financial sector",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "joint",
        role: "SUB",
        field: "engagement",
        codes: ["REGIONAL_JOINT_FINANCIAL_INVESTIGATIONS"],
        clause: "regional initiatives that included joint investigations to dismantle the financial business models of criminals", // [001] ¶41
        topic: "joint financial investigations at the regional level",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "reports",
        role: "SUB",
        field: "suspiciousTransactionReports",
        clause: "that trafficking-related suspicious transaction reports had been filed during the reporting period",
        verbs: FACT_VERBS,
        topic: "trafficking-related suspicious transaction reports",
      },
    ],
  },
  "ACC-05": {
    questionId: "ACC-05",
    topic: "special investigative techniques and evidence-gathering in trafficking cases",
    findings: [
      {
        id: "techniques",
        role: "AGG",
        field: "techniques",
        codes: ["SPECIAL_INVESTIGATIVE_TECHNIQUES", "PROACTIVE_INVESTIGATIONS", "JOINT_INVESTIGATION_TEAMS"],
        clause: "the use of special investigative techniques, proactive investigations and/or joint investigation teams in trafficking cases", // [000] ¶63 (d)
        topic: "the use of special investigative techniques",
        verbs: ["reported", "highlighted", "referred to"],
      },
      {
        id: "electronic-evidence",
        role: "SUB",
        field: "techniques",
        codes: ["ELECTRONIC_EVIDENCE"],
        clause: "that {they} collected, preserved and stored electronic evidence in trafficking cases", // [001] ¶79
        verbs: FACT_VERBS,
        topic: "the collection of electronic evidence",
      },
      {
        id: "victim-centred",
        role: "SUB",
        field: "techniques",
        codes: ["WITNESS_PROTECTION", "TRAUMA_INFORMED_INTERVIEWS"],
        clause: "witness protection and/or trauma-informed interviews of victims",
        topic: "witness protection and trauma-informed interviews",
        verbs: ["reported", "cited", "highlighted"],
      },
    ],
  },
  "ACC-06": {
    questionId: "ACC-06",
    topic: "specialized training for criminal justice officials",
    findings: [
      {
        id: "trained",
        role: "AGG",
        field: "officialsTrained",
        clause: "efforts to provide specialized training on trafficking in persons to criminal justice actors", // [001] ¶27
        verbs: ["reported", "highlighted", "noted"],
      },
      {
        id: "curricula",
        role: "SUB",
        field: "inCurricula",
        codes: ["YES"],
        clause: "that such training was included throughout {their} training curricula", // [001] ¶27
        verbs: FACT_VERBS,
        topic: "training on trafficking in persons within the curricula of criminal justice institutions",
      },
      {
        id: "terrorism",
        role: "SUB",
        field: "topics",
        codes: ["TERRORISM_NEXUS", "FINANCIAL_INVESTIGATIONS"],
        clause: "training on financial investigations and/or on the links between trafficking in persons and terrorism",
        topic: "training on financial investigations and on links with terrorism",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
    negative: { inCurricula: "that such training was not yet part of the regular training curricula" },
  },
  "ACC-07": {
    questionId: "ACC-07",
    topic: "training on trafficking in persons before deployment to peacekeeping or other missions",
    findings: [
      {
        id: "predeployment",
        role: "AGG",
        field: "training",
        codes: ["MANDATORY_ASSESSED", "INCLUDED_NOT_MANDATORY"],
        clause: "the integration of specialized training on trafficking in persons as part of regular predeployment training for military and police personnel", // [001] ¶29
        verbs: ["reported", "highlighted", "noted"],
      },
      {
        id: "mandatory",
        role: "SUB",
        field: "training",
        within: "predeployment",
        codes: ["MANDATORY_ASSESSED"],
        clause: "that such training was mandatory and assessed",
        verbs: FACT_VERBS,
        topic: "mandatory predeployment training on trafficking in persons",
      },
      {
        id: "structures",
        role: "SUB",
        field: "topics",
        codes: ["CRIMINAL_STRUCTURES", "CONFLICT_TRAFFICKING_INDICATORS"],
        clause: "that the training covered the criminal structures involved and their modi operandi and/or indicators of trafficking in conflict", // [001] ¶29
        verbs: FACT_VERBS,
        topic: "predeployment training on criminal structures and indicators",
      },
    ],
    negativeCodes: { training: ["NOT_INCLUDED"] },
    negative: { training: "that {their} predeployment training did not yet include trafficking in persons" },
    notApplicable: { training: "that {they} had no military or police personnel deployed" },
  },
  // Feeds GP only: a reviewer's good-practice example carries the paragraph; "no" answers are gaps.
  "ACC-08": {
    questionId: "ACC-08",
    topic: "guidelines for military police deployed abroad on the identification and referral of victims",
    findings: [
      {
        id: "guidelines",
        role: "AGG",
        field: "guidelines",
        codes: ["YES", "PARTIAL"],
        clause: "the issuance of guidelines for the identification and referral of trafficking victims to competent authorities by military police deployed abroad", // [001] ¶29
      },
    ],
    negative: { guidelines: "that no such guidelines had been issued" },
    invite: "I invite States to follow these approaches and continue to enhance the training of military and police personnel to provide them with skills to address human trafficking in conflict and post-conflict situations.", // [001] ¶29
  },
  // The cooperation with OIOS, which the seeds report ([000] ¶36), and national investigation officers
  // in deployed units. Of the allegations grid (received, opened, concluded, outcomes: rows whose sum
  // means nothing) the allegations received and the criminal convictions are added up, each on its own.
  "ACC-09": {
    questionId: "ACC-09",
    topic: "national investigations of allegations of sexual exploitation and abuse or trafficking involving personnel deployed in peace operations",
    findings: [
      {
        id: "oios",
        role: "AGG",
        field: "oiosCooperation",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} had cooperated with the Office of Internal Oversight Services to increase the transparency of {their} national investigations", // [000] ¶36
        verbs: FACT_VERBS,
      },
      {
        id: "officers",
        role: "SUB",
        field: "nationalInvestigationOfficers",
        codes: ["YES", "PARTIAL"],
        clause: "that national investigation officers had been included in {their} deployed units",
        verbs: FACT_VERBS,
        topic: "the inclusion of national investigation officers in deployed units",
      },
    ],
    negative: {
      oiosCooperation: "that {they} had not cooperated with the Office of Internal Oversight Services on such allegations",
      nationalInvestigationOfficers: "that {their} deployed units did not include national investigation officers",
    },
    notApplicable: { oiosCooperation: "that such cooperation did not apply to {them}", nationalInvestigationOfficers: "that the inclusion of national investigation officers did not apply to {them}" },
    statistics: [
      { field: "allegations", row: "ALLEGATIONS_RECEIVED", topic: "allegations received concerning national personnel deployed in peace operations", unit: "allegations", form: "total", after: "concerning national personnel deployed in peace operations" },
      { field: "allegations", row: "CRIMINAL_CONVICTIONS", topic: "criminal convictions following such allegations", unit: "criminal convictions", form: "total", after: "following such allegations" },
    ],
    gapTopics: {
      nationalInvestigationOfficers: "the inclusion of national investigation officers in deployed units",
      allegations: "allegations concerning national personnel deployed in peace operations and their outcomes",
    },
  },
  "ACC-10": {
    questionId: "ACC-10",
    topic: "the investigation and prosecution of those who engage in trafficking in persons in situations of armed conflict", // [000] ¶36
    findings: [
      {
        id: "investigated",
        role: "AGG",
        field: "investigated",
        codes: ["YES", "PARTIAL"],
        clause: "on {their} efforts to investigate and prosecute trafficking committed in situations of armed conflict or by {their} nationals abroad, including military personnel", // [000] ¶36
        verbs: ["reported"],
      },
    ],
    negative: { investigated: "that {their} authorities had not investigated or prosecuted such cases during the reporting period" },
  },
};

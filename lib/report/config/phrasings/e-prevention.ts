import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section E (T-PREV, T-SUPPLY): prevention and awareness, supply chains and procurement. Clauses follow
 * [000] ¶28, ¶37–38, [001] ¶33, [002] ¶9–13 and [004] ¶33–36.
 */
export const PREVENTION_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "PREV-01": {
    questionId: "PREV-01",
    topic: "awareness-raising campaigns on trafficking in persons",
    findings: [
      {
        id: "campaigns",
        role: "AGG",
        field: "campaigns",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} had undertaken national awareness-raising campaigns on trafficking in persons", // [002] ¶10
        verbs: FACT_VERBS,
      },
      {
        id: "migrants",
        role: "SUB",
        field: "targetGroups",
        within: "campaigns",
        codes: ["MIGRANTS_AND_MIGRANT_WORKERS", "REFUGEES_ASYLUM_SEEKERS_IDPS"],
        clause: "campaigns targeting migrants, refugees, asylum seekers or internally displaced persons",
        topic: "campaigns targeting migrants and refugees",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "young-people",
        role: "SUB",
        field: "targetGroups",
        within: "campaigns",
        codes: ["CHILDREN_AND_YOUNG_PEOPLE", "PARENTS"],
        clause: "information campaigns targeting children and young people and/or their parents", // [004] ¶33, [002] ¶11
        topic: "campaigns targeting children, young people and parents",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
    negative: { campaigns: "that {they} had not carried out such campaigns during the reporting period" },
  },
  "PREV-02": {
    questionId: "PREV-02",
    topic: "the World Day against Trafficking in Persons and the Blue Heart Campaign",
    findings: [
      {
        id: "world-day",
        role: "AGG",
        field: "observances",
        codes: ["WORLD_DAY"],
        clause: "having created different events to mark the World Day against Trafficking in Persons (30 July)", // [002] ¶10
        topic: "events to mark the World Day against Trafficking in Persons",
        verbs: ["reported"],
      },
      {
        id: "blue-heart",
        role: "SUB",
        field: "observances",
        codes: ["BLUE_HEART"],
        clause: "that {they} had joined the Blue Heart Campaign against Human Trafficking", // [000] ¶28
        verbs: FACT_VERBS,
        topic: "participation in the Blue Heart Campaign",
      },
    ],
    negativeCodes: { observances: ["NEITHER"] },
    negative: { observances: "that {they} had neither marked the World Day nor joined the Blue Heart Campaign" },
  },
  "PREV-03": {
    questionId: "PREV-03",
    topic: "information on the risks of trafficking in persons in education",
    findings: [
      {
        id: "curricula",
        role: "AGG",
        field: "curricula",
        codes: ["ALL_LEVELS", "SOME_LEVELS", "PILOT_OR_LOCAL"],
        clause: "the incorporation of information on the risks of trafficking in persons into school curricula, teaching modules or university programmes", // [001] ¶33
        verbs: ["reported", "highlighted", "noted"],
        invite: "I invite States to further continue these efforts and to consider integrating the topic of trafficking in persons into the teaching modules of educational institutions.", // [001] ¶33
      },
      {
        id: "all-levels",
        role: "SUB",
        field: "curricula",
        within: "curricula",
        codes: ["ALL_LEVELS"],
        clause: "that such information was included at all levels of education",
        verbs: FACT_VERBS,
        topic: "information on trafficking at all levels of education",
      },
      {
        id: "conflict",
        role: "SUB",
        field: "conflictContent",
        codes: ["YES"],
        clause: "educational content on children made vulnerable by armed conflict",
        topic: "teaching content on children made vulnerable by armed conflict",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
    negative: {
      curricula: "that information on trafficking in persons was not yet part of school curricula",
      conflictContent: "that such content did not address children made vulnerable by armed conflict",
    },
  },
  "PREV-04": {
    questionId: "PREV-04",
    topic: "measures addressing the factors that make people vulnerable to trafficking",
    findings: [
      {
        id: "development",
        role: "AGG",
        field: "measures",
        codes: ["DEVELOPMENT_PLANS", "POVERTY_REDUCTION", "COUNTRIES_OF_ORIGIN", "FOOD_SECURITY"],
        clause: "having elaborated and implemented national development plans or strategies and/or initiatives to fight poverty or to increase human security in countries of origin of victims", // [000] ¶28
        topic: "development and poverty reduction measures against trafficking",
        verbs: ["reported"],
      },
      {
        id: "skills",
        role: "SUB",
        field: "measures",
        codes: ["MIGRANT_SKILLS_TRAINING"],
        clause: "the provision of skills training to migrants to protect them from becoming vulnerable to traffickers", // [004] ¶36
        topic: "skills training for migrants",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "root-causes",
        role: "SUB",
        field: "measures",
        codes: ["GENDER_EQUALITY", "ACCESS_TO_EDUCATION", "CIVIL_REGISTRATION", "SAFE_MIGRATION_PATHWAYS"],
        clause: "efforts to address root causes of trafficking, such as gender inequality and lack of access to education, civil registration or safe migration pathways", // [004] ¶36
        topic: "the root causes of trafficking",
        verbs: ["reported", "highlighted", "cited"],
      },
    ],
    negative: { measures: "that {they} had taken no specific action to counter the factors that make people vulnerable to trafficking" },
  },
  "PREV-05": {
    questionId: "PREV-05",
    topic: "the protection of workers from exploitative recruitment",
    findings: [
      {
        id: "overseas",
        role: "AGG",
        field: "safeguards",
        codes: ["RECRUITMENT_FEES", "AGENCY_LICENSING", "CONTRACT_REGISTRATION", "IN_PERSON_REGISTRATION", "PRIOR_CONTRACT_APPROVAL"],
        clause: "having put special regulatory procedures in place for citizens working overseas and/or vulnerable workers, such as restricting recruitment fees, licensing requirements, contract registration or the approval of contracts by the authorities", // [000] ¶37, [002] ¶13
        topic: "regulatory procedures for citizens working overseas and vulnerable workers",
        verbs: ["reported"],
      },
      {
        id: "workers-rights",
        role: "SUB",
        field: "safeguards",
        codes: ["LABOUR_INSPECTIONS", "WAGE_PAYMENT", "NO_ACCOMMODATION_DEDUCTIONS", "EMPLOYER_SANCTIONS"],
        clause: "having put in place measures to better secure the rights of workers, such as labour inspections, due payment of wages, a ban on deductions from wages for accommodation or sanctions for employers who violate labour requirements", // [002] ¶13
        topic: "measures to secure the rights of workers",
        verbs: ["reported"],
      },
      {
        id: "bilateral",
        role: "SUB",
        field: "safeguards",
        codes: ["BILATERAL_LABOUR_AGREEMENTS"],
        clause: "bilateral labour agreements with countries of destination or origin",
        topic: "bilateral labour agreements",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
  "PREV-06": {
    questionId: "PREV-06",
    topic: "government procurement practices and trafficking in persons",
    findings: [
      {
        id: "procurement",
        role: "AGG",
        field: "measures",
        codes: ["FORCED_LABOUR_EXCLUSION", "BEST_BIDDER_PRINCIPLE", "SUBCONTRACTING_RULES", "CONTRACTOR_RECRUITMENT", "SUPPLIER_CODE_OF_CONDUCT", "CONTRACTOR_AUDITS"],
        clause: "measures to ensure that government procurement practices and regulations did not contribute to trafficking in persons", // [000] ¶37, [002] ¶9
        verbs: ["noted", "reported", "highlighted"],
      },
      {
        id: "regulatory",
        role: "SUB",
        field: "measures",
        codes: ["BEST_BIDDER_PRINCIPLE", "SUBCONTRACTING_RULES", "CONTRACTOR_RECRUITMENT"],
        clause: "regulatory enhancements, such as the obligatory application of a best bidder principle, the regulation of parent and subcontracting companies or the clarification of recruitment procedures for contractors", // [000] ¶37
        topic: "regulatory enhancements in public procurement",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "exclusion",
        role: "SUB",
        field: "measures",
        codes: ["FORCED_LABOUR_EXCLUSION", "CONTRACTOR_AUDITS"],
        clause: "that suppliers using forced labour could be excluded from public contracts and/or that contractors were audited",
        verbs: FACT_VERBS,
        topic: "the exclusion and auditing of suppliers",
      },
    ],
    negative: { measures: "that {they} had no specific measures on government procurement" },
  },
  "PREV-07": {
    questionId: "PREV-07",
    topic: "measures against trafficking and forced labour in private-sector supply chains",
    findings: [
      {
        id: "supply-chains",
        role: "AGG",
        field: "measures",
        codes: ["IMPORT_BAN", "SHUTDOWN_POWERS", "WHISTLEBLOWER_PROTECTION", "TRANSPARENCY_DUE_DILIGENCE", "PRIVATE_SELF_REGULATION", "CONSUMER_INITIATIVES", "LABOUR_UNION_ENGAGEMENT"],
        clause: "that {they} had put in place measures to combat trafficking in persons in private-sector supply chains", // [002] ¶9
        verbs: FACT_VERBS,
      },
      {
        id: "legislative",
        role: "SUB",
        field: "measures",
        codes: ["IMPORT_BAN", "SHUTDOWN_POWERS", "WHISTLEBLOWER_PROTECTION"],
        clause: "legislative efforts aimed at the elimination of imports of goods produced with the use of forced labour, empowering authorities to shut down workplaces and/or protecting whistle-blowers", // [000] ¶37
        topic: "legislation on imports made with forced labour and on whistle-blowers",
        verbs: ["reported", "cited", "highlighted"],
      },
      {
        id: "due-diligence",
        role: "SUB",
        field: "measures",
        codes: ["TRANSPARENCY_DUE_DILIGENCE"],
        clause: "transparency and due diligence requirements for businesses",
        topic: "transparency and due diligence requirements for businesses",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "consumers",
        role: "SUB",
        field: "measures",
        codes: ["CONSUMER_INITIATIVES"],
        clause: "consumer-based initiatives against products made with the use of trafficked labour", // [004] ¶35
        topic: "consumer-based initiatives",
        verbs: ["reported", "highlighted", "cited"],
      },
    ],
    negative: { measures: "that {they} had no specific measures concerning private-sector supply chains" },
  },
  "PREV-08": {
    questionId: "PREV-08",
    topic: "measures addressing the demand that fosters trafficking",
    findings: [
      {
        id: "tourism",
        role: "AGG",
        field: "measures",
        codes: ["HOSPITALITY_TOURISM_INITIATIVES", "TOURISM_CHILD_PROTECTION_TRAINING"],
        clause: "having organized multi-stakeholder, public-private activities with a focus on prevention, identification and advocacy in the hospitality and tourism sectors", // [000] ¶38
        topic: "public-private initiatives in the hospitality and tourism sectors",
        verbs: ["reported"],
      },
      {
        id: "costs",
        role: "SUB",
        field: "measures",
        codes: ["CRIMINALIZE_USE_OF_SERVICES", "RAISE_COSTS"],
        clause: "measures raising the costs of using the services or labour of victims of trafficking, including through criminalization", // [004] ¶35
        topic: "measures raising the costs of using trafficked labour",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "labour-conditions",
        role: "SUB",
        field: "measures",
        codes: ["LABOUR_STANDARDS"],
        clause: "efforts to improve labour conditions", // [004] ¶35
        topic: "the improvement of labour conditions",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "awareness",
        role: "SUB",
        field: "measures",
        codes: ["CONSUMER_AWARENESS", "EMPLOYER_SENSITIZATION"],
        clause: "awareness-raising among consumers and/or the sensitization of employers",
        topic: "consumer awareness and employer sensitization",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
};

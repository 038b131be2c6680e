import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section F (T-PROT): victim identification, protection and assistance. Clauses follow [000] ¶29–33,
 * [001] ¶35–37, [002] ¶21–26 and [004] ¶28, ¶39–42. PROT-04 adds up the victims of its repeating group
 * per year (by sex and age, the required grid).
 */
export const PROTECTION_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "PROT-01": {
    questionId: "PROT-01",
    topic: "national referral mechanisms for victims of trafficking",
    findings: [
      {
        id: "nrm",
        role: "AGG",
        field: "mechanism",
        codes: ["FORMAL_NRM", "SOPS_ONLY"],
        clause: "that {they} had national referral mechanisms or standard operating procedures in place for the identification and referral of victims", // [002] ¶21–22
        topic: "national referral mechanisms and standard operating procedures in place",
        verbs: FACT_VERBS,
      },
      {
        id: "in-development",
        role: "SUB",
        field: "mechanism",
        codes: ["IN_DEVELOPMENT"],
        clause: "that {they} had begun elaborating a national referral mechanism", // [000] ¶32
        topic: "national referral mechanisms under development",
        verbs: ["reported", "indicated", "noted"],
      },
      {
        id: "children",
        role: "SUB",
        field: "childMechanism",
        codes: ["YES"],
        clause: "a specific mechanism for child victims of trafficking",
        topic: "referral mechanisms for child victims",
        verbs: ["reported", "highlighted", "cited"],
      },
    ],
    negative: { mechanism: "that {they} had no national referral mechanism", childMechanism: "that {they} had no specific mechanism for child victims" },
  },
  "PROT-02": {
    questionId: "PROT-02",
    topic: "procedures for the identification of victims of trafficking",
    findings: [
      {
        id: "procedures",
        role: "AGG",
        field: "procedures",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} had developed national protocols, standard operating procedures or indicator lists for the identification of victims", // [002] ¶22
        verbs: FACT_VERBS,
      },
      {
        id: "minors",
        role: "SUB",
        field: "components",
        within: "procedures",
        codes: ["UNACCOMPANIED_MINORS"],
        clause: "specific provisions for unaccompanied minors",
        topic: "identification procedures for unaccompanied minors",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "vulnerability",
        role: "SUB",
        field: "components",
        within: "procedures",
        codes: ["VULNERABILITY_ASSESSMENTS"],
        clause: "that {they} had developed unified vulnerability assessments", // [001] ¶36
        verbs: FACT_VERBS,
        topic: "vulnerability assessments in the identification of victims",
      },
    ],
    negative: { procedures: "that {they} had no standard procedures or indicators for the identification of victims" },
  },
  "PROT-03": {
    questionId: "PROT-03",
    topic: "training on the identification and referral of victims",
    findings: [
      {
        id: "training",
        role: "AGG",
        field: "professionals",
        codes: [
          "POLICE", "PROSECUTORS", "JUDGES", "BORDER_GUARDS", "IMMIGRATION_OFFICIALS", "ASYLUM_OFFICERS", "LABOUR_INSPECTORS", "HEALTH_PROFESSIONALS", "SOCIAL_WORKERS",
          "TEACHERS", "RECEPTION_DETENTION_STAFF", "CONSULAR_DIPLOMATIC", "MILITARY_PEACEKEEPING", "LOCAL_ADMINISTRATION", "JOURNALISTS", "NGO_STAFF",
        ],
        clause: "training activities on the identification and referral of victims for relevant professionals during the reporting period", // [002] ¶27
        verbs: ["reported", "highlighted", "referred to"],
      },
      {
        id: "frontline",
        role: "SUB",
        field: "professionals",
        codes: ["HEALTH_PROFESSIONALS", "RECEPTION_DETENTION_STAFF", "ASYLUM_OFFICERS"],
        clause: "training for staff in the health sector, in asylum procedures and/or in refugee and asylum reception and detention centres", // [000] ¶32
        topic: "training for health, asylum and reception staff",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "deployed",
        role: "SUB",
        field: "professionals",
        codes: ["MILITARY_PEACEKEEPING", "CONSULAR_DIPLOMATIC"],
        clause: "training for military personnel before deployment on peacekeeping missions and/or for diplomatic and consular personnel", // [000] ¶31
        topic: "training for peacekeeping, diplomatic and consular personnel",
        verbs: ["reported", "noted", "cited"],
      },
      {
        id: "mandatory",
        role: "SUB",
        field: "mandatoryTraining",
        codes: ["YES"],
        clause: "that such training was mandatory for at least one group of professionals", // [001] ¶36
        verbs: FACT_VERBS,
        topic: "mandatory training on the identification of victims",
      },
    ],
    negative: {
      professionals: "that no professionals had received such training during the reporting period",
      mandatoryTraining: "that such training was not mandatory for any group of professionals",
    },
  },
  // Victims identified per year (byYear items, the required grid by sex and age): the total over every
  // State's years (STAT, when a report's question feeds it) and the change from each State's first year
  // to its last ([000] ¶29, TREND). "Not available" is its own gap (§3.9 rule 1).
  "PROT-04": {
    questionId: "PROT-04",
    topic: "the number of victims of trafficking identified in the reporting period",
    findings: [],
    statistics: [
      {
        field: "byYear",
        sub: "bySexAndAge",
        topic: "the number of victims of trafficking identified",
        unit: "identified victims",
        form: "total",
        after: "in the reporting period",
        trend: "identified victims", // [000] ¶29
      },
    ],
  },
  "PROT-05": {
    questionId: "PROT-05",
    topic: "services available to victims of trafficking",
    findings: [
      {
        id: "services",
        role: "AGG",
        field: "services",
        codes: ["ACCOMMODATION_SHELTER", "MEDICAL_CARE", "PSYCHOSOCIAL_ASSISTANCE", "LEGAL_COUNSELLING"],
        clause: "on services provided to assist and protect trafficking victims, including accommodation, medical care, psychological assistance and legal assistance", // [002] ¶25
        topic: "accommodation, medical, psychological and legal assistance for victims",
        verbs: ["reported"],
      },
      {
        id: "dedicated-shelters",
        role: "SUB",
        field: "services",
        codes: ["DEDICATED_SHELTERS_WOMEN_CHILDREN"],
        clause: "specialized services, such as dedicated shelters for women and children", // [000] ¶32
        topic: "dedicated shelters for women and children",
        verbs: ["reported", "cited", "highlighted"],
      },
      {
        id: "return",
        role: "SUB",
        field: "services",
        codes: ["VOLUNTARY_SAFE_RETURN"],
        clause: "voluntary and safe return programmes for victims of trafficking", // [002] ¶26
        topic: "voluntary and safe return programmes",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "reintegration",
        role: "SUB",
        field: "services",
        codes: ["REINTEGRATION", "VOCATIONAL_TRAINING", "EMPLOYMENT_JOB_PLACEMENT"],
        clause: "programmes for the rehabilitation and reintegration of victims, including vocational training and/or job placements", // [004] ¶41, [000] ¶30
        topic: "the reintegration of victims",
        verbs: ["reported", "cited", "highlighted"],
      },
    ],
    negative: { services: "that no specific services were available to identified victims" },
  },
  "PROT-06": {
    questionId: "PROT-06",
    topic: "the delivery of services to victims of trafficking",
    findings: [
      {
        id: "partners",
        role: "AGG",
        field: "providers",
        codes: ["NGOS_GOVERNMENT_FUNDED", "IOM", "UNHCR", "UNICEF", "OTHER_UN_ENTITIES", "FAITH_BASED_ORGANIZATIONS"],
        clause: "that assistance was delivered in cooperation with United Nations entities, international organizations, including IOM, and/or non-governmental organizations", // [000] ¶33
        topic: "the delivery of assistance in cooperation with international and non-governmental organizations",
        verbs: FACT_VERBS,
      },
      {
        id: "funded-ngos",
        role: "SUB",
        field: "providers",
        codes: ["NGOS_GOVERNMENT_FUNDED"],
        clause: "that services were run by non-governmental organizations with the financial support of the Government", // [004] ¶39
        verbs: FACT_VERBS,
        topic: "services run by non-governmental organizations with government funding",
      },
      {
        id: "government",
        role: "SUB",
        field: "providers",
        codes: ["GOVERNMENT_AGENCIES"],
        clause: "that government agencies delivered services to victims directly",
        verbs: FACT_VERBS,
        topic: "services delivered by government agencies",
      },
    ],
  },
  "PROT-07": {
    questionId: "PROT-07",
    topic: "channels for victims to seek help or report cases",
    findings: [
      {
        id: "hotlines",
        role: "AGG",
        field: "channels",
        codes: ["HOTLINE", "MULTILINGUAL_HOTLINE"],
        clause: "the establishment of helplines or hotlines through which victims, or people in contact with them, could access guidance, support and assistance", // [002] ¶23
        topic: "helplines and hotlines for victims",
        verbs: ["reported", "highlighted", "noted"],
      },
      {
        id: "anonymous-tools",
        role: "SUB",
        field: "channels",
        codes: ["ANONYMOUS_TIP_LINE", "ONLINE_REPORTING_TOOL"],
        clause: "anonymous reporting tools, such as a telephone tip line or an online reporting tool, to warn authorities about potential cases of trafficking", // [002] ¶23
        topic: "anonymous reporting tools",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "multilingual",
        role: "SUB",
        field: "channels",
        codes: ["MULTILINGUAL_HOTLINE", "INFORMATION_GUIDE"],
        clause: "multilingual telephone hotlines and/or information guides on shelters, legal aid, health services and redress", // [004] ¶40
        topic: "multilingual hotlines and information guides for victims",
        verbs: ["reported", "cited", "highlighted"],
      },
    ],
    negative: { channels: "that no specific channel was available for victims to seek help or report cases" },
  },
  "PROT-08": {
    questionId: "PROT-08",
    topic: "the protection of child victims and children at risk",
    findings: [
      {
        id: "measures",
        role: "AGG",
        field: "measures",
        codes: [
          "GUARDIANS", "FOSTER_CARE", "REFUGEE_COMMUNITY_FOSTER_FAMILIES", "TIMELY_REGISTRATION", "CHILD_SOLDIER_REHABILITATION", "CHILD_FRIENDLY_INVESTIGATIONS",
          "CHILD_REFERRAL_MECHANISM", "UNACCOMPANIED_MINORS_TRAINING",
        ],
        clause: "specific measures to identify vulnerable children, ensure their timely registration and consider their particular protection needs", // [001] ¶37
        verbs: ["reported", "highlighted", "noted"],
      },
      {
        id: "guardians",
        role: "SUB",
        field: "measures",
        codes: ["GUARDIANS", "FOSTER_CARE", "REFUGEE_COMMUNITY_FOSTER_FAMILIES"],
        clause: "that {they} provided for the appointment of guardians and/or placement in foster care, including with foster families from refugee communities", // [001] ¶37
        verbs: FACT_VERBS,
        topic: "guardianship and foster care for child victims",
      },
      {
        id: "child-soldiers",
        role: "SUB",
        field: "measures",
        codes: ["CHILD_SOLDIER_REHABILITATION"],
        clause: "specific activities to identify children recruited for use in hostilities and to rehabilitate them", // [001] ¶37
        topic: "the rehabilitation of children recruited for use in hostilities",
        verbs: ["reported", "highlighted", "cited"],
      },
    ],
    negative: { measures: "that no specific measures were in place for child victims and children at risk" },
  },
  "PROT-09": {
    questionId: "PROT-09",
    topic: "screening for victims of trafficking among refugees, asylum seekers, migrants and internally displaced persons",
    findings: [
      {
        id: "screening",
        role: "AGG",
        field: "screening",
        codes: ["SYSTEMATIC", "AD_HOC"],
        clause: "that {their} authorities screened for victims of trafficking among refugees, asylum seekers, migrants and/or internally displaced persons",
        topic: "screening practices in place",
        verbs: FACT_VERBS,
        invite: "I invite States to support such activities, which directly contribute to the development of early-screening frameworks critical to assisting, supporting and protecting victims in a timely manner.", // [001] ¶35
      },
      {
        id: "in-preparation",
        role: "SUB",
        field: "screening",
        codes: ["IN_PREPARATION"],
        clause: "preparing special procedures for screening for trafficking victims among refugees and asylum seekers", // [000] ¶32
        topic: "the preparation of screening procedures",
        verbs: ["reported"],
      },
      {
        id: "locations",
        role: "SUB",
        field: "locations",
        codes: ["HOTSPOTS", "FIRST_RECEPTION_CENTRES", "ACCOMMODATION_CENTRES", "ASYLUM_MIGRANT_SHELTERS"],
        clause: "that screening took place in hotspots, first reception centres, accommodation centres and/or shelters for asylum seekers and migrants", // [001] ¶35
        verbs: FACT_VERBS,
        topic: "screening in reception and accommodation centres",
      },
      {
        id: "mobile-teams",
        role: "SUB",
        field: "actors",
        codes: ["CIVIL_SOCIETY_MOBILE_TEAMS"],
        clause: "collaboration with civil society organizations in identification efforts, notably through mobile teams", // [001] ¶35
        topic: "collaboration with civil society in screening",
        verbs: ["reported", "highlighted", "noted"],
      },
    ],
    negative: { screening: "that {their} authorities did not screen for victims of trafficking among these groups" },
    notApplicable: { screening: "that such screening did not apply to {them}" },
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
        topic: "temporary and permanent residence permits for victims",
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
  "PROT-11": {
    questionId: "PROT-11",
    topic: "access to compensation and remedies for victims of trafficking",
    findings: [
      {
        id: "remedies",
        role: "AGG",
        field: "avenues",
        codes: ["STATE_COMPENSATION_SCHEME", "CRIMINAL_COMPENSATION_ORDERS", "CIVIL_CLAIMS"],
        clause: "the availability of civil and criminal remedies, victim compensation and/or reparation orders for victims of trafficking", // [004] ¶28
        topic: "civil and criminal remedies and compensation for victims",
        verbs: ["highlighted", "reported", "noted"],
      },
      {
        id: "confiscated-assets",
        role: "SUB",
        field: "avenues",
        codes: ["CONFISCATED_ASSETS"],
        clause: "that confiscated assets were used to compensate victims",
        verbs: FACT_VERBS,
        topic: "the use of confiscated assets for compensation",
      },
      {
        id: "compensated",
        role: "SUB",
        field: "victimsCompensated",
        clause: "that victims had received compensation during the reporting period",
        verbs: FACT_VERBS,
        topic: "victims who received compensation",
      },
    ],
  },
  // Feeds GAP, NAMED and TREND only: no aggregate of its own; missing figures become gaps ([004] ¶39).
  "PROT-12": {
    questionId: "PROT-12",
    topic: "the number of victims assisted by State-funded services",
    findings: [
      {
        id: "assisted",
        role: "AGG",
        field: "victimsAssisted",
        asGap: true,
        clause: "figures on the number of victims accessing State-funded services", // [004] ¶39
        verbs: ["reported"],
      },
    ],
    statistics: [{ field: "funding", topic: "the funding allocated for the provision of services to victims" }],
  },
  "PROT-13": {
    questionId: "PROT-13",
    topic: "measures addressing the specific needs of women and girls",
    findings: [
      {
        id: "focus",
        role: "AGG",
        field: "measures",
        codes: ["WOMEN_CHILDREN_PROCEDURES", "SEXUAL_REPRODUCTIVE_HEALTH", "GENDER_SENSITIVE_TRAINING", "WOMEN_MIGRANT_WORKER_INFORMATION", "FORCED_CHILD_MARRIAGE", "SEX_DISAGGREGATED_DATA"],
        clause: "the importance of having a particular focus on the special vulnerabilities and needs of women and girls", // [002] ¶24
        verbs: ["underlined", "highlighted", "stressed", "emphasized"],
      },
      {
        id: "procedures",
        role: "SUB",
        field: "measures",
        codes: ["WOMEN_CHILDREN_PROCEDURES"],
        clause: "having put in place special mechanisms or procedures for cases involving women and children", // [002] ¶24
        topic: "special procedures for cases involving women and children",
        verbs: ["reported"],
      },
      {
        id: "srh",
        role: "SUB",
        field: "measures",
        codes: ["SEXUAL_REPRODUCTIVE_HEALTH"],
        clause: "access to sexual and reproductive health services for women and girls who were victims or at risk",
        topic: "access to sexual and reproductive health services for victims",
        verbs: ["reported", "highlighted", "referred to"],
      },
    ],
    negative: { measures: "that no specific measures addressed the needs of women and girls" },
  },
};

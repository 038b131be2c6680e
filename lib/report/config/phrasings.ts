import type { QuestionPhrasingInput } from "../sentences";

/**
 * Phrasing of findings per question (validated by `ZQuestionPhrasing` when used): the questions of the
 * worked examples of BRIEF §3.10 ([001] ¶30, ¶39; [004] ¶42) and a first set of others, worded after the
 * seed sentences quoted in each question's `feeds.examples`. Questions without phrasing are listed as
 * `unphrased` by `generateSection`.
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
  "LEG-01": {
    questionId: "LEG-01",
    topic: "the criminalization of trafficking in persons",
    findings: [
      {
        id: "all-aspects",
        role: "AGG",
        field: "offence",
        codes: ["YES_ALL_ASPECTS"],
        clause: "that {they} had adopted legislation criminalizing trafficking in persons in all its aspects, in line with the Trafficking in Persons Protocol", // [001] ¶24
      },
      {
        id: "partial",
        role: "SUB",
        field: "offence",
        codes: ["PARTIAL"],
        clause: "that {their} legislation covered some, but not all, elements of the definition in the Protocol",
      },
    ],
    negativeCodes: { offence: ["NO_SPECIFIC_OFFENCE"] },
    negative: { offence: "that {their} legislation did not yet contain a specific offence of trafficking in persons" },
  },
  "LEG-08": {
    questionId: "LEG-08",
    topic: "trafficking in persons as a predicate offence for money-laundering",
    findings: [
      {
        id: "predicate",
        role: "AGG",
        field: "predicateOffence",
        codes: ["YES", "PARTIAL"],
        clause: "that trafficking in persons was a predicate offence for the laundering of the proceeds of crime under {their} legislation",
      },
    ],
    negative: { predicateOffence: "that trafficking in persons was not yet a predicate offence for money-laundering under {their} legislation" },
  },
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
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "in-preparation",
        role: "SUB",
        field: "status",
        codes: ["IN_PREPARATION"],
        clause: "that {they} were preparing such a plan",
      },
    ],
    negativeCodes: { status: ["EXPIRED_NOT_RENEWED"] },
    negative: { status: "that {they} had no national action plan in force" },
  },
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
    ],
    negative: { campaigns: "that {they} had not carried out such campaigns during the reporting period" },
  },
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
      },
      {
        id: "in-development",
        role: "SUB",
        field: "mechanism",
        codes: ["IN_DEVELOPMENT"],
        clause: "that {they} were elaborating a national referral mechanism", // [000] ¶32
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
    ],
    negative: { services: "that no specific services were available to identified victims" },
  },
  "DATA-01": {
    questionId: "DATA-01",
    topic: "the collection of data on trafficking in persons",
    findings: [
      {
        id: "compiled",
        role: "AGG",
        field: "system",
        codes: ["CENTRALIZED_DATABASE", "COMPILED_PERIODICALLY"],
        clause: "on {their} research and data collection efforts aimed at enhancing analysis of the nature and extent of trafficking in persons", // [002] ¶14
        verbs: ["reported"],
      },
    ],
    negativeCodes: { system: ["NOT_COMPILED", "NO_SYSTEMATIC_COLLECTION"] },
    negative: { system: "that data on trafficking in persons were not yet collected or compiled systematically" },
  },
  "CONF-09": {
    questionId: "CONF-09",
    topic: "anti-money-laundering and counter-terrorist financing typologies for trafficking in persons in areas affected by conflict",
    findings: [
      {
        id: "typologies",
        role: "AGG",
        field: "typologies",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} had developed typologies or risk indicators for trafficking in persons in areas affected by conflict", // [000] ¶25
      },
    ],
    notApplicable: { typologies: "that there was no armed conflict in {their} territories" }, // [001] ¶23
  },
};

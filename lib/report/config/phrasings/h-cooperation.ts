import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section H (T-COOP, T-RES): international cooperation. Clauses follow [000] ¶26, [001] ¶28 and
 * [002] ¶31.
 */
export const COOPERATION_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "COOP-01": {
    questionId: "COOP-01",
    topic: "bilateral cooperation agreements on trafficking in persons",
    findings: [
      {
        id: "agreements",
        role: "AGG",
        field: "count",
        clause: "that {they} had concluded bilateral cooperation agreements or memorandums of understanding on trafficking in persons", // [000] ¶26, [001] ¶28
        verbs: FACT_VERBS,
      },
      {
        id: "law-enforcement",
        role: "SUB",
        field: "purposes",
        within: "agreements",
        codes: ["LAW_ENFORCEMENT", "PROSECUTION"],
        clause: "that such agreements aimed to improve law enforcement and/or prosecution efforts", // [000] ¶26
        verbs: FACT_VERBS,
        topic: "agreements on law enforcement and prosecution",
      },
      {
        id: "victims",
        role: "SUB",
        field: "purposes",
        within: "agreements",
        codes: ["VICTIM_PROTECTION_RETURN", "LABOUR_MIGRATION"],
        clause: "agreements on the protection and return of victims and/or on labour migration",
        topic: "agreements on victim protection, return and labour migration",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
  "COOP-02": {
    questionId: "COOP-02",
    topic: "international and regional cooperation networks and processes against trafficking in persons",
    findings: [
      {
        id: "interpol",
        role: "AGG",
        field: "networks",
        codes: ["INTERPOL"],
        clause: "the use of international law enforcement cooperation through INTERPOL", // [000] ¶26
        topic: "cooperation through INTERPOL",
        verbs: ["reported", "noted", "cited"],
      },
      {
        id: "regional-networks",
        role: "SUB",
        field: "networks",
        codes: ["EUROPOL", "EUROJUST", "FRONTEX", "POLICE_COOPERATION_CONVENTION_SEE", "LIAISON_MAGISTRATES"],
        clause: "the use of regional networks such as Europol, Eurojust, Frontex and the Police Cooperation Convention for Southeast Europe, or of liaison magistrates", // [000] ¶26
        topic: "regional law enforcement and judicial networks",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "processes",
        role: "SUB",
        field: "networks",
        codes: ["BALI_PROCESS", "KHARTOUM_PROCESS", "BUDAPEST_PROCESS", "PUEBLA_PROCESS", "RABAT_PROCESS"],
        clause: "participation in regional consultative processes, such as the Bali, Budapest, Khartoum, Puebla and Rabat processes",
        topic: "regional consultative processes",
        verbs: ["reported", "cited", "noted"],
      },
      {
        id: "organizations",
        role: "SUB",
        field: "networks",
        codes: ["ASEAN", "SADC", "ECOWAS", "AFRICAN_UNION", "OSCE", "COUNCIL_OF_EUROPE", "LEAGUE_OF_ARAB_STATES", "GULF_COOPERATION_COUNCIL", "SAARC", "FATF_STYLE_REGIONAL_BODY"],
        clause: "cooperation against trafficking within regional organizations",
        topic: "cooperation within regional organizations",
        verbs: ["reported", "highlighted", "cited"],
      },
      {
        id: "nordic",
        role: "SUB",
        field: "networks",
        codes: ["NORDIC_NETWORK_CHILD_TRAFFICKING"],
        clause: "specialized networks, such as the Nordic Network against Child Trafficking", // [000] ¶26
        topic: "specialized networks against child trafficking",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
  // Feeds GP and NAMED only: a reviewer's good-practice example carries the paragraph ([001] ¶28).
  "COOP-03": {
    questionId: "COOP-03",
    topic: "joint investigation teams and regionally coordinated investigations",
    findings: [
      {
        id: "joint-teams",
        role: "AGG",
        field: "participated",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} had taken part in joint investigation teams or regionally coordinated investigations on trafficking in persons",
        verbs: FACT_VERBS,
      },
    ],
    negative: { participated: "that {they} had not taken part in joint investigation teams during the reporting period" },
    invite: "I invite other States to join or support similar initiatives.", // [001] ¶28
  },
  "COOP-04": {
    questionId: "COOP-04",
    topic: "mutual legal assistance and extradition in trafficking cases",
    findings: [
      {
        id: "requests",
        role: "AGG",
        field: "requests",
        clause: "that {they} had sent or received requests for mutual legal assistance or extradition in trafficking cases",
        verbs: FACT_VERBS,
      },
    ],
    // No statistic: the grid mixes requests sent, received and executed, whose sum means nothing.
  },
  // Feeds STAT and REC, but has no figure: only a gap when nobody received assistance, and "none".
  "COOP-05": {
    questionId: "COOP-05",
    topic: "technical assistance received from United Nations entities and other organizations",
    findings: [
      {
        id: "assistance",
        role: "AGG",
        field: "providers",
        codes: ["UNODC", "IOM", "UNICEF", "OHCHR", "UNHCR", "UN_WOMEN", "ILO", "UNDP", "OSCE", "INTERPOL"],
        clause: "that {they} had received technical assistance from United Nations entities or other organizations",
        verbs: FACT_VERBS,
      },
    ],
    negative: { providers: "that {they} had not received technical assistance during the reporting period" },
  },
  "COOP-06": {
    questionId: "COOP-06",
    topic: "contributions to United Nations funds and programmes against trafficking in persons",
    findings: [
      {
        id: "contributions",
        role: "AGG",
        field: "recipients",
        codes: ["UN_TRUST_FUND_TRAFFICKING", "UN_TRUST_FUND_SLAVERY", "UNODC_TRAFFICKING_WORK", "ICAT"],
        clause: "that {they} had contributed to United Nations funds and programmes against trafficking in persons",
        verbs: FACT_VERBS,
      },
    ],
    negative: { recipients: "that {they} had made no such contribution during the reporting period" },
    statistics: [{ field: "amount", topic: "contributions to the United Nations trust funds and programmes against trafficking in persons" }],
  },
};

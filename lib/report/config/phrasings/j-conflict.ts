import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section J (T-CONF, T-FIN, T-PREV; Security Council cycles with the CONFLICT module). Clauses follow
 * [000] ¶25, [001] ¶16, ¶23, ¶31, ¶38–39, ¶54, ¶75 and ¶81.
 */
export const CONFLICT_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  "CONF-01": {
    questionId: "CONF-01",
    topic: "the situation of armed conflict in reporting States",
    findings: [
      {
        id: "no-conflict",
        role: "AGG",
        field: "situation",
        codes: ["NO_ARMED_CONFLICT"],
        clause: "that there was no armed conflict in {their} territories", // [001] ¶23
        topic: "the absence of armed conflict in reporting States",
        verbs: ["noted", "indicated", "reported"],
      },
      {
        id: "affected",
        role: "SUB",
        field: "situation",
        codes: ["INTERNATIONAL_ARMED_CONFLICT", "NON_INTERNATIONAL_ARMED_CONFLICT"],
        clause: "that {they} had been directly affected by armed conflict during the reporting period", // [001] ¶31
        verbs: FACT_VERBS,
        topic: "trafficking in States directly affected by armed conflict",
      },
      {
        id: "post-conflict",
        role: "SUB",
        field: "situation",
        codes: ["POST_CONFLICT"],
        clause: "that {they} had emerged from armed conflict",
        verbs: FACT_VERBS,
        topic: "trafficking in post-conflict situations",
      },
      {
        id: "hosting",
        role: "SUB",
        field: "hostingDisplaced",
        codes: ["YES", "PARTIAL"],
        clause: "that {they} hosted significant numbers of refugees, asylum seekers or internally displaced persons fleeing conflict",
        verbs: FACT_VERBS,
        topic: "the hosting of persons fleeing conflict",
      },
    ],
    negative: { hostingDisplaced: "that {they} did not host significant numbers of persons fleeing conflict" },
  },
  "CONF-02": {
    questionId: "CONF-02",
    topic: "victims of trafficking originating from conflict-affected or post-conflict areas",
    findings: [
      {
        id: "identified",
        role: "AGG",
        field: "victims",
        clause: "that {they} had identified victims of trafficking originating from conflict-affected or post-conflict countries or areas", // [001] ¶23
        verbs: FACT_VERBS,
      },
    ],
  },
  "CONF-03": {
    questionId: "CONF-03",
    topic: "victims trafficked by armed groups or terrorist groups",
    findings: [
      {
        id: "identified",
        role: "AGG",
        field: "victims",
        clause: "that {they} had identified victims trafficked by armed groups or terrorist groups", // [001] ¶23
        verbs: FACT_VERBS,
      },
      {
        id: "isil",
        role: "SUB",
        field: "groups",
        codes: ["ISIL"],
        // The acronym, as [000] ¶32 ("ISIL activity"): the full name contains a Member State's name,
        // which an anonymous report must not print.
        clause: "cases involving ISIL (also known as Da'esh)",
        topic: "trafficking by ISIL (also known as Da'esh)",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "other-groups",
        role: "SUB",
        field: "groups",
        codes: ["BOKO_HARAM", "AL_SHABAAB", "AL_QAIDA", "LORDS_RESISTANCE_ARMY", "HAYAT_TAHRIR_AL_SHAM", "TAMIL_TIGERS"],
        clause: "cases involving other armed or terrorist groups",
        topic: "trafficking by other armed or terrorist groups",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
  "CONF-04": {
    questionId: "CONF-04",
    topic: "forms of conflict-related exploitation encountered by national authorities",
    findings: [
      {
        id: "sexual",
        role: "AGG",
        field: "forms",
        codes: ["SEXUAL_EXPLOITATION_BY_ARMED_GROUPS", "SEXUAL_SLAVERY", "FORCED_TEMPORARY_MARRIAGE"],
        clause: "that {their} authorities had encountered sexual exploitation by armed groups, sexual slavery and/or forced or temporary marriage",
        topic: "sexual exploitation, sexual slavery and forced marriage in the context of conflict",
        verbs: FACT_VERBS,
      },
      {
        id: "armed-use",
        role: "AGG",
        field: "forms",
        codes: ["CHILD_SOLDIERS", "ADULTS_COMBAT_SUPPORT", "TERRORIST_ACTS"],
        clause: "that {their} authorities had encountered the exploitation of children or adults in combat or support roles and/or for terrorist acts",
        verbs: FACT_VERBS,
        topic: "exploitation in combat, support roles and terrorist acts",
      },
      {
        id: "economic",
        role: "SUB",
        field: "forms",
        codes: ["FORCED_LABOUR", "DEBT_BONDAGE_SMUGGLING_FEES", "KIDNAPPING_RANSOM_EXTORTION", "BEGGING_PETTY_CRIME", "ORGAN_REMOVAL"],
        clause: "cases of forced labour, debt bondage for smuggling fees, kidnapping for ransom, forced begging or petty crime and/or the removal of organs in the context of conflict",
        topic: "forced labour, debt bondage and other forms of conflict-related exploitation",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
  },
  "CONF-05": {
    questionId: "CONF-05",
    topic: "the assessment of persons released from the captivity of armed or terrorist groups",
    findings: [
      {
        id: "routine",
        role: "AGG",
        field: "assessment",
        codes: ["ROUTINE_INDIVIDUAL_ASSESSMENT"],
        clause: "that persons, including children, released from the captivity of armed and terrorist groups were routinely assessed to determine whether they had been trafficked", // [001] ¶16
        topic: "routine individual assessments of persons released from captivity",
        verbs: FACT_VERBS,
      },
      {
        id: "case-by-case",
        role: "SUB",
        field: "assessment",
        codes: ["CASE_BY_CASE"],
        clause: "that such assessments were made case by case",
        verbs: FACT_VERBS,
        topic: "case-by-case assessments of released persons",
      },
      {
        id: "non-prosecution",
        role: "SUB",
        field: "nonProsecution",
        codes: ["YES", "PARTIAL"],
        clause: "that victims associated with armed or terrorist groups were protected from prosecution for acts they had been compelled to commit", // [001] ¶38
        verbs: FACT_VERBS,
        topic: "the non-punishment of victims associated with armed or terrorist groups",
      },
    ],
    negativeCodes: { assessment: ["NO_PROCEDURE"] },
    negative: {
      assessment: "that {they} had no procedure for assessing whether persons released from captivity had been trafficked",
      nonProsecution: "that the non-punishment principle was not applied to persons associated with armed or terrorist groups",
    },
  },
  "CONF-06": {
    questionId: "CONF-06",
    topic: "the handling of children formerly associated with armed forces or armed groups",
    findings: [
      {
        id: "reintegration",
        role: "AGG",
        field: "handling",
        codes: ["HANDOVER_PROTOCOL", "REINTEGRATION", "FAMILY_REUNIFICATION"],
        clause: "that children formerly associated with armed forces or armed groups were handed over to child protection actors, reintegrated and/or reunited with their families",
        topic: "the handover, reintegration and family reunification of children formerly associated with armed forces or armed groups",
        verbs: FACT_VERBS,
      },
      {
        id: "handover",
        role: "SUB",
        field: "handling",
        codes: ["HANDOVER_PROTOCOL"],
        clause: "the signing of handover protocols for children", // [001] ¶54
        topic: "handover protocols for children",
        verbs: ["reported", "noted", "cited"],
      },
      {
        id: "detention",
        role: "SUB",
        field: "handling",
        codes: ["CRIMINAL_PROSECUTION", "ADMINISTRATIVE_DETENTION"],
        asGap: true,
        clause: "that such children could be prosecuted or held in administrative detention",
        topic: "the prosecution or detention of children formerly associated with armed groups",
        verbs: ["indicated", "noted"],
      },
      {
        id: "detained",
        role: "SUB",
        field: "childrenDetained",
        clause: "that children had been detained for alleged association with armed forces or armed groups during the reporting period",
        verbs: FACT_VERBS,
        topic: "children detained for alleged association with armed forces or armed groups",
      },
    ],
  },
  "CONF-07": {
    questionId: "CONF-07",
    topic: "the recognition of victims of trafficking by terrorist groups as victims of terrorism",
    findings: [
      {
        id: "recognized",
        role: "AGG",
        field: "recognized",
        codes: ["YES", "PARTIAL"],
        clause: "that victims of trafficking by terrorist groups were recognized as victims of terrorism and eligible for official support, recognition and redress, including reparations", // [001] ¶75
        verbs: FACT_VERBS,
      },
    ],
    negative: { recognized: "that such victims were not yet recognized as victims of terrorism" },
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
        verbs: FACT_VERBS,
      },
    ],
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
        verbs: FACT_VERBS,
      },
    ],
    notApplicable: { typologies: "that there was no armed conflict in {their} territories" }, // [001] ¶23
  },
  // Feeds EX1, GP and REC only: reviewers' examples carry the paragraph; the SG's sentence is [001] ¶81.
  "CONF-10": {
    questionId: "CONF-10",
    topic: "prevention measures for displaced persons and communities in or near conflict areas",
    findings: [
      {
        id: "measures",
        role: "AGG",
        field: "measures",
        codes: ["JOINT_AWARENESS_IDPS", "REFUGEE_CAMPS_RECEPTION_CENTRES", "CHILDREN_ARMED_CONFLICT_ENTITY", "COUNTER_MESSAGING", "RELIGIOUS_TRADITIONAL_LEADERS", "IDP_CAMP_PROGRAMMES"],
        clause: "prevention and awareness measures targeting internally displaced persons, refugees and communities in or near conflict areas",
      },
    ],
    negativeCodes: { womenPeaceSecurityPlan: ["WITHOUT_TRAFFICKING_MEASURES"] },
    negative: { womenPeaceSecurityPlan: "that {they} had no national action plan on women, peace and security that included measures against trafficking in persons" },
    invite: "I encourage States to design and implement results-oriented national action plans on women, peace and security which include comprehensive measures aimed at preventing and responding to trafficking in persons.", // [001] ¶81
  },
  "CONF-11": {
    questionId: "CONF-11",
    topic: "the collection, preservation and sharing of evidence of conflict-related trafficking",
    findings: [
      {
        id: "domestic",
        role: "AGG",
        field: "measures",
        codes: ["DOMESTIC_EVIDENCE_PRESERVATION"],
        clause: "that {they} collected and preserved evidence of conflict-related trafficking", // [001] ¶79
        topic: "the domestic collection and preservation of evidence",
        verbs: FACT_VERBS,
      },
      {
        id: "international",
        role: "SUB",
        field: "measures",
        codes: ["INVESTIGATIVE_TEAM_2379", "IIIM_SYRIA", "ICC"],
        clause: "cooperation with international investigative mechanisms, such as the investigative team established pursuant to Security Council resolution 2379 (2017), the International, Impartial and Independent Mechanism or the International Criminal Court",
        topic: "cooperation with international investigative mechanisms",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
    negative: { measures: "that {they} had no specific measures to collect, preserve or share such evidence" },
  },
};

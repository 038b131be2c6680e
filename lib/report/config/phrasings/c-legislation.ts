import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section C (T-LEG, T-FIN, T-PROT): legislation and criminalization. Clauses follow the seed sentences
 * quoted in each question's `feeds.examples` ([000] ¶21–22, [001] ¶24, ¶30, ¶38, [002] ¶6, ¶18).
 * Several option codes in one finding are a union ("and/or"): a State counts when it chose any of them.
 */
export const LEGISLATION_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
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
        topic: "the criminalization of trafficking in persons in all its aspects",
        verbs: FACT_VERBS,
      },
      {
        id: "partial",
        role: "SUB",
        field: "offence",
        codes: ["PARTIAL"],
        clause: "that {their} legislation covered some, but not all, elements of the definition in the Protocol",
        topic: "partial criminalization of trafficking in persons",
        verbs: FACT_VERBS,
      },
    ],
    negativeCodes: { offence: ["NO_SPECIFIC_OFFENCE"] },
    negative: { offence: "that {their} legislation did not yet contain a specific offence of trafficking in persons" },
  },
  "LEG-02": {
    questionId: "LEG-02",
    topic: "the legal basis of the offence of trafficking in persons",
    findings: [
      {
        id: "dedicated-law",
        role: "AGG",
        field: "basis",
        codes: ["DEDICATED_LAW", "BOTH"],
        clause: "that trafficking in persons was criminalized in a dedicated anti-trafficking law", // [000] ¶21
        topic: "dedicated anti-trafficking laws",
        verbs: FACT_VERBS,
      },
      {
        id: "penal-code",
        role: "SUB",
        field: "basis",
        codes: ["PENAL_CODE"],
        clause: "that the offence was established in {their} penal code",
        verbs: FACT_VERBS,
        topic: "the criminalization of trafficking in persons in penal codes",
      },
      {
        id: "beyond-criminalization",
        role: "SUB",
        field: "provides",
        within: "dedicated-law",
        codes: ["VICTIM_IDENTIFICATION", "PROTECTION_AND_SUPPORT", "COMPENSATION", "NATIONAL_COORDINATION_MECHANISM"],
        clause: "that {their} dedicated laws also provided for measures beyond criminalization, including victim identification, protection and support, compensation and/or the establishment of national coordination mechanisms", // [000] ¶21
        verbs: FACT_VERBS,
        topic: "measures beyond criminalization provided for in dedicated anti-trafficking laws",
      },
    ],
  },
  "LEG-03": {
    questionId: "LEG-03",
    topic: "the forms of exploitation covered by the offence of trafficking in persons",
    findings: [
      {
        id: "core-forms",
        role: "AGG",
        field: "forms",
        codes: ["SEXUAL_EXPLOITATION", "FORCED_LABOUR", "SLAVERY", "SERVITUDE"],
        clause: "that {their} anti-trafficking laws covered sexual exploitation, forced labour, slavery and/or servitude", // [001] ¶24
        topic: "sexual exploitation, forced labour, slavery and servitude as forms of exploitation covered",
        verbs: FACT_VERBS,
      },
      {
        id: "organs",
        role: "SUB",
        field: "forms",
        codes: ["ORGAN_REMOVAL"],
        clause: "that {their} legislation covered trafficking for the purpose of the removal of organs", // [002] ¶6
        verbs: FACT_VERBS,
        topic: "trafficking for the purpose of the removal of organs",
      },
      {
        id: "conflict-forms",
        role: "SUB",
        field: "forms",
        codes: ["CHILD_RECRUITMENT_ARMED", "TERRORIST_ACTIVITIES"],
        clause: "trafficking for the recruitment of children by armed forces or armed groups and/or for terrorist activities as forms of exploitation covered by the offence",
        topic: "trafficking for recruitment by armed or terrorist groups",
        verbs: ["reported", "noted", "cited"],
      },
      {
        id: "other-forms",
        role: "SUB",
        field: "forms",
        codes: ["FORCED_MARRIAGE", "CRIMINAL_ACTIVITIES", "FORCED_BEGGING", "ILLEGAL_ADOPTION"],
        clause: "that {their} laws also covered forced marriage, exploitation in criminal activities, forced begging and/or illegal adoption",
        verbs: FACT_VERBS,
        topic: "forced marriage, forced criminality, forced begging and illegal adoption as forms of exploitation",
      },
    ],
    negative: { forms: "that {their} trafficking offence did not specify the forms of exploitation covered" },
  },
  "LEG-04": {
    questionId: "LEG-04",
    topic: "the criminalization of child trafficking without proof of the means",
    findings: [
      {
        id: "no-means",
        role: "AGG",
        field: "meansNotRequired",
        codes: ["YES"],
        clause: "that, where the victim was under 18 years of age, the offence was established without proof of any of the means set out in the Protocol",
        topic: "the criminalization of child trafficking without any requirement of proof of the means",
      },
      {
        id: "partly",
        role: "SUB",
        field: "meansNotRequired",
        codes: ["PARTIAL"],
        clause: "that the offence was established without proof of the means for some, but not all, forms of child trafficking",
        verbs: FACT_VERBS,
        topic: "the partial removal of the means requirement for child victims",
      },
    ],
    negative: { meansNotRequired: "that proof of the means was still required where the victim was a child" },
  },
  // Feeds SUB only: every finding is a subgroup.
  "LEG-05": {
    questionId: "LEG-05",
    topic: "the application of anti-trafficking laws in times of armed conflict",
    findings: [
      {
        id: "peace-and-conflict",
        role: "SUB",
        field: "application",
        codes: ["PEACE_AND_CONFLICT_ALIKE"],
        clause: "that {their} anti-trafficking laws applied to trafficking in times of peace, as well as in times of conflict", // [001] ¶24
        topic: "the application of anti-trafficking laws in times of peace and of conflict alike",
        verbs: FACT_VERBS,
      },
      {
        id: "conflict-provisions",
        role: "SUB",
        field: "application",
        codes: ["SPECIFIC_CONFLICT_PROVISIONS"],
        clause: "specific provisions on trafficking in persons in times of armed conflict",
        topic: "specific provisions on trafficking in times of armed conflict",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "child-recruitment",
        role: "SUB",
        field: "relatedOffences",
        codes: ["CHILD_RECRUITMENT_ARMED"],
        clause: "that the recruitment of children by armed groups had been established as a distinct criminal offence", // [001] ¶24
        verbs: FACT_VERBS,
        topic: "the recruitment of children by armed groups as a distinct offence",
      },
      {
        id: "related-conduct",
        role: "SUB",
        field: "relatedOffences",
        codes: ["ENSLAVEMENT_SEXUAL_SLAVERY", "FORCED_MARRIAGE", "INTERNATIONAL_CRIMES"],
        clause: "that certain related conduct, such as enslavement, sexual slavery, forced marriage or international crimes, was covered by provisions other than those specifically criminalizing trafficking in persons", // [001] ¶24
        topic: "related conduct covered by provisions other than the trafficking offence",
        verbs: ["stressed", "noted", "indicated"],
      },
    ],
    negativeCodes: { application: ["NOT_ADDRESSED"] },
    negative: { application: "that {their} legislation did not address the application of the offence in times of armed conflict" },
  },
  "LEG-06": {
    questionId: "LEG-06",
    topic: "legislation relevant to trafficking in persons adopted or amended during the reporting period",
    findings: [
      {
        id: "new-legislation",
        role: "AGG",
        field: "adopted",
        codes: ["YES", "PARTIAL"],
        clause: "new or amended legislation relevant to trafficking in persons adopted during the reporting period", // [002] ¶6
        verbs: ["reported", "cited", "highlighted"],
      },
    ],
    negative: { adopted: "that no legislation relevant to trafficking in persons had been adopted or amended during the reporting period" },
  },
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
        topic: "extraterritorial jurisdiction over trafficking offences in accordance with article 15 of the Organized Crime Convention",
        verbs: ["indicated", "reported", "noted"],
      },
      {
        id: "no-dual-criminality",
        role: "SUB",
        field: "jurisdiction",
        codes: ["YES_NO_DUAL_CRIMINALITY"],
        clause: "the establishment of extraterritorial jurisdiction without a requirement of dual criminality",
        topic: "extraterritorial jurisdiction without a requirement of dual criminality",
        verbs: ["reported", "highlighted", "noted"],
        invite: "I invite Member States to consider these approaches, which facilitate international cooperation and curtail impunity.",
      },
    ],
    negative: { jurisdiction: "that {they} had not established such jurisdiction" },
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
        verbs: FACT_VERBS,
      },
    ],
    negative: { predicateOffence: "that trafficking in persons was not yet a predicate offence for money-laundering under {their} legislation" },
  },
  "LEG-09": {
    questionId: "LEG-09",
    topic: "aggravating circumstances and penalties for trafficking offences",
    findings: [
      {
        id: "aggravating",
        role: "AGG",
        field: "aggravatingCircumstances",
        codes: ["CHILD_VICTIM", "PUBLIC_OFFICIAL", "PERSON_MANDATED_TO_PROTECT_CIVILIANS", "ORGANIZED_CRIMINAL_GROUP", "SERIOUS_HARM_OR_DEATH", "DRUGS_OR_WEAPONS"],
        clause: "that {their} legislation provided for aggravated penalties where trafficking offences were committed in specified circumstances", // [002] ¶18
        verbs: FACT_VERBS,
      },
      {
        id: "officials",
        role: "SUB",
        field: "aggravatingCircumstances",
        codes: ["PUBLIC_OFFICIAL", "PERSON_MANDATED_TO_PROTECT_CIVILIANS"],
        clause: "that the involvement of a public official or of a person mandated to protect civilians was an aggravating circumstance",
        verbs: FACT_VERBS,
        topic: "the involvement of public officials or peacekeepers as an aggravating circumstance",
      },
    ],
  },
  "LEG-10": {
    questionId: "LEG-10",
    topic: "the non-punishment of victims of trafficking",
    findings: [
      {
        id: "statutory",
        role: "AGG",
        field: "nonPunishment",
        codes: ["STATUTORY_ANY_OFFENCE", "STATUTORY_LIMITED"],
        clause: "that {their} legislation exempted victims of trafficking from criminal prosecution for crimes committed as a result of being subjected to trafficking", // [000] ¶30
        topic: "statutory exemptions of victims from prosecution",
        verbs: FACT_VERBS,
      },
      {
        id: "limited",
        role: "SUB",
        field: "nonPunishment",
        within: "statutory",
        codes: ["STATUTORY_LIMITED"],
        clause: "that {their} domestic legislation provided for the exoneration of such persons from criminal liability in specific circumstances", // [001] ¶38
        verbs: FACT_VERBS,
        topic: "the limits of statutory non-punishment provisions",
      },
      {
        id: "guidelines",
        role: "SUB",
        field: "nonPunishment",
        codes: ["GUIDELINES_ONLY"],
        clause: "that the non-punishment principle was applied through guidelines rather than legislation",
        verbs: FACT_VERBS,
        topic: "guidelines on the non-punishment of victims",
      },
    ],
    negative: { nonPunishment: "that {their} legal framework did not yet provide for the non-punishment of victims of trafficking" },
  },
  "LEG-11": {
    questionId: "LEG-11",
    topic: "the offences covered by limited non-punishment provisions",
    findings: [
      {
        id: "migration-law",
        role: "SUB",
        field: "offences",
        codes: ["IMMIGRATION_LAW", "FALSE_DOCUMENTS"],
        clause: "that {their} non-punishment provisions covered infringements of migration law and/or the use of false documents", // [001] ¶38
        verbs: FACT_VERBS,
        topic: "non-punishment for infringements of migration law",
      },
      {
        id: "prostitution",
        role: "SUB",
        field: "offences",
        codes: ["PROSTITUTION_OFFENCES"],
        clause: "that {their} non-punishment provisions covered prostitution offences", // [000] ¶30
        verbs: FACT_VERBS,
        topic: "non-punishment for prostitution offences",
      },
      {
        id: "armed-groups",
        role: "SUB",
        field: "offences",
        codes: ["ARMED_OR_TERRORIST_GROUPS"],
        clause: "that {their} non-punishment provisions covered acts committed by victims while associated with armed or terrorist groups",
        verbs: FACT_VERBS,
        topic: "non-punishment for acts committed while associated with armed or terrorist groups",
      },
    ],
  },
  // The question feeds no STAT: the sanctions figures are not added up, but their "not available"
  // answers are a gap of their own (one sentence for both fields, apart from the policy field's). A
  // State's figures on sanctioned officials come through a reviewer's example ([000] ¶22, "one State
  // additionally reporting …").
  "LEG-12": {
    questionId: "LEG-12",
    topic: "measures against corruption and the complicity of public officials in trafficking",
    findings: [
      {
        id: "laws",
        role: "AGG",
        field: "adopted",
        codes: ["YES", "PARTIAL"],
        clause: "new laws or policies to tackle corruption and/or the complicity of public officials in trafficking in persons", // [000] ¶22
        verbs: ["reported", "cited", "referred to"],
      },
    ],
    negative: { adopted: "that no specific legislation or policy on corruption and complicity in trafficking had been adopted" },
    gapTopics: {
      disciplinarySanctions: "the number of officials subject to disciplinary or criminal sanctions",
      criminalSanctions: "the number of officials subject to disciplinary or criminal sanctions",
    },
  },
};

import type { QuestionPhrasingInput } from "../../sentences";
import { FACT_VERBS } from "./verbs";

/**
 * Section I (T-DATA): data collection and research. Clauses follow [000] ¶28, [000] ¶63 (h), [002] ¶14
 * and [004] ¶47–48.
 */
export const DATA_PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
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
      {
        id: "victim-services",
        role: "SUB",
        field: "sources",
        codes: ["VICTIM_SERVICES", "SOCIAL_SERVICES"],
        clause: "that {their} sources of data included victim services and/or social services", // [004] ¶48
        topic: "data from victim services and social services",
      },
      {
        id: "annual-report",
        role: "SUB",
        field: "annualReport",
        codes: ["YES", "PARTIAL"],
        clause: "the publication of a national annual report on trafficking in persons", // [004] ¶48
        topic: "national annual reports on trafficking in persons",
        verbs: ["reported", "cited", "referred to"],
      },
    ],
    negativeCodes: { system: ["NOT_COMPILED", "NO_SYSTEMATIC_COLLECTION"] },
    negative: {
      system: "that data on trafficking in persons were not yet collected or compiled systematically",
      annualReport: "that no national annual report on trafficking in persons was published",
    },
  },
  "DATA-02": {
    questionId: "DATA-02",
    topic: "the disaggregation of data on victims and offenders",
    findings: [
      {
        id: "sex-age",
        role: "AGG",
        field: "characteristics",
        codes: ["SEX", "AGE"],
        clause: "{their} efforts to collect data disaggregated by sex and/or age", // [004] ¶47–48
        topic: "data disaggregated by sex and age",
        verbs: ["reported", "highlighted", "drew attention to"],
      },
      {
        id: "broader",
        role: "SUB",
        field: "characteristics",
        codes: ["NATIONALITY", "FORM_OF_EXPLOITATION", "CAUSES"],
        clause: "that {they} collected a broader range of data, including on the nationalities of victims, the identified forms of exploitation and/or the identified causes of trafficking", // [004] ¶48
        verbs: FACT_VERBS,
        topic: "data on the nationalities of victims, forms of exploitation and causes of trafficking",
      },
      {
        id: "conflict",
        role: "SUB",
        field: "characteristics",
        codes: ["CONFLICT_AREA_ORIGIN"],
        clause: "that {their} data identified victims originating from conflict-affected areas",
        verbs: FACT_VERBS,
        topic: "data on victims originating from conflict-affected areas",
      },
    ],
    negative: { characteristics: "that {their} data on trafficking in persons were not disaggregated" },
  },
  "DATA-03": {
    questionId: "DATA-03",
    topic: "the submission of data to UNODC for the Global Report on Trafficking in Persons",
    findings: [
      {
        id: "submitted",
        role: "AGG",
        field: "submission",
        codes: ["YES_INCLUDING_CONFLICT", "YES_GENERAL"],
        clause: "that {they} submitted data to UNODC for the Global Report on Trafficking in Persons",
        verbs: FACT_VERBS,
      },
      {
        id: "conflict",
        role: "SUB",
        field: "submission",
        codes: ["YES_INCLUDING_CONFLICT"],
        clause: "that {their} submissions included information on victims originating from conflict and post-conflict areas", // [000] ¶63 (h)
        verbs: FACT_VERBS,
        topic: "the inclusion of victims from conflict and post-conflict areas in data submitted to UNODC",
      },
    ],
    negative: { submission: "that {they} did not submit data to UNODC for the Global Report" },
  },
  "DATA-04": {
    questionId: "DATA-04",
    topic: "research and data projects on trafficking in persons",
    findings: [
      {
        id: "research",
        role: "AGG",
        field: "topics",
        codes: ["PREVALENCE", "MIGRATION_LINKS", "GENDER_DIMENSIONS", "CONFLICT_RELATED", "TERRORISM_NEXUS", "FORMS_OF_EXPLOITATION"],
        clause: "involvement in research, studies and data collection projects to facilitate analysis of the nature and extent of trafficking in persons", // [000] ¶28
        verbs: ["noted", "reported", "cited"],
      },
      {
        id: "conflict",
        role: "SUB",
        field: "topics",
        codes: ["CONFLICT_RELATED", "TERRORISM_NEXUS"],
        clause: "research on trafficking in zones of armed conflict and/or on its links with terrorism", // [001] ¶32
        topic: "research on trafficking in armed conflict",
        verbs: ["reported", "cited", "referred to"],
      },
      {
        id: "gender-migration",
        role: "SUB",
        field: "topics",
        codes: ["GENDER_DIMENSIONS", "MIGRATION_LINKS"],
        clause: "research on the gender dimensions of trafficking and/or its links with migration",
        topic: "research on gender and migration",
        verbs: ["reported", "cited", "highlighted"],
      },
    ],
  },
  "DATA-05": {
    questionId: "DATA-05",
    topic: "ethical and data-protection standards for victim data",
    findings: [
      {
        id: "standards",
        role: "AGG",
        field: "standards",
        codes: ["YES", "PARTIAL"],
        clause: "that ethical and data-protection standards were applied to the collection and sharing of victim data",
        verbs: FACT_VERBS,
      },
      {
        id: "shared",
        role: "SUB",
        field: "sharedWith",
        codes: ["UNODC", "IOM", "INTERPOL", "REGIONAL_BODIES"],
        clause: "that {they} shared data with international partners, such as UNODC, IOM, INTERPOL or regional bodies",
        verbs: FACT_VERBS,
        topic: "the sharing of data with international partners",
      },
    ],
    negative: {
      standards: "that no specific ethical or data-protection standards applied to victim data",
      sharedWith: "that {they} did not share such data with international partners",
    },
  },
};

import type { QuestionPhrasingInput } from "../sentences";
import { RATIFICATION_PHRASINGS } from "./phrasings/b-ratification";
import { LEGISLATION_PHRASINGS } from "./phrasings/c-legislation";
import { COORDINATION_PHRASINGS } from "./phrasings/d-coordination";
import { PROTECTION_PHRASINGS } from "./phrasings/f-protection";
import { ACCOUNTABILITY_PHRASINGS } from "./phrasings/g-accountability";

/**
 * Phrasing of findings per question (validated by `ZQuestionPhrasing` when used), one file per
 * questionnaire section under `./phrasings/` (sections B, C, D, F and G so far), worded after the seed
 * sentences quoted in each question's `feeds.examples`. Questions without phrasing are listed as
 * `unphrased` by `generateSection`.
 */
export const PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  ...RATIFICATION_PHRASINGS,
  ...LEGISLATION_PHRASINGS,
  ...COORDINATION_PHRASINGS,
  ...PROTECTION_PHRASINGS,
  ...ACCOUNTABILITY_PHRASINGS,
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

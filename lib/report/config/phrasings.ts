import type { QuestionPhrasingInput } from "../sentences";
import { RATIFICATION_PHRASINGS } from "./phrasings/b-ratification";
import { LEGISLATION_PHRASINGS } from "./phrasings/c-legislation";
import { COORDINATION_PHRASINGS } from "./phrasings/d-coordination";
import { PREVENTION_PHRASINGS } from "./phrasings/e-prevention";
import { PROTECTION_PHRASINGS } from "./phrasings/f-protection";
import { ACCOUNTABILITY_PHRASINGS } from "./phrasings/g-accountability";
import { COOPERATION_PHRASINGS } from "./phrasings/h-cooperation";
import { DATA_PHRASINGS } from "./phrasings/i-data";
import { CONFLICT_PHRASINGS } from "./phrasings/j-conflict";
import { GOOD_PRACTICE_PHRASINGS } from "./phrasings/k-good-practices";

/**
 * Phrasing of findings per question (validated by `ZQuestionPhrasing` when used), one file per
 * questionnaire section under `./phrasings/`, worded after the seed sentences quoted in each question's
 * `feeds.examples` (formal UN English, third person, the reporting verbs of BRIEF §3.5).
 *
 * Conventions the test (`phrasings.test.ts`) checks:
 * - Pronouns are `{they}`, `{their}`, `{them}`; a clause never puts a verb that agrees in number right
 *   after `{they}` ("{they} were" would read "it were" for one State): past perfect or simple past only.
 * - Several option codes in one finding are a union: the clause says "and/or" or "such as".
 * - Every finding after the first has its own gap `topic`, so two empty findings never give the same
 *   "Limited information was reported on …" sentence.
 * - Findings of a question that does not feed AGG or SUB make no sentence of their own; they still give
 *   a gap when nobody satisfies them, and "no" answers are gaps whatever the feeds (decision 005).
 *
 * Every question of the questionnaire that feeds a report section is here or in `UNPHRASABLE`.
 */
export const PHRASINGS: Readonly<Record<string, QuestionPhrasingInput>> = {
  ...RATIFICATION_PHRASINGS,
  ...LEGISLATION_PHRASINGS,
  ...COORDINATION_PHRASINGS,
  ...PREVENTION_PHRASINGS,
  ...PROTECTION_PHRASINGS,
  ...ACCOUNTABILITY_PHRASINGS,
  ...COOPERATION_PHRASINGS,
  ...DATA_PHRASINGS,
  ...CONFLICT_PHRASINGS,
  ...GOOD_PRACTICE_PHRASINGS,
};

/**
 * Questions that feed a report section but that the sentence engine cannot phrase, with the reason.
 * `generateSection` still lists them as `unphrased`; an editor (or a later engine feature) covers them.
 * Section A (META-04, META-06) feeds only the contributors footnote and naming, outside this engine.
 */
export const UNPHRASABLE: Readonly<Record<string, string>> = {
  // Treaty status is a depositary fact: the report states it from reference data (lib/report/treaty.ts),
  // naming the States; the question feeds STAT and REC only and has no figure to add up.
  "RAT-01": "Status under the Convention is a depositary fact, reported from reference data by lib/report/treaty.ts; the question has no number field for STAT and does not feed AGG.",
  "RAT-02": "Status under the Protocol is a depositary fact, reported from reference data by lib/report/treaty.ts; the question has no number field for STAT and does not feed AGG.",
  // The list of other instruments feeds a footnote ([000] fn 11); the engine makes no FN sentences.
  "RAT-04": "Feeds a footnote listing other instruments (FN), named lists and recommendations only; the sentence engine makes no footnotes and the question does not feed AGG.",
};

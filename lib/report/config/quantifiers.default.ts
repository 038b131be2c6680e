import type { QuantifierConfigInput } from "../quantifiers";

/**
 * The default quantifier bands of BRIEF §3.9, calibrated on §3.2–3.3. Data, not code: a report may be
 * generated with another configuration that passes `ZQuantifierConfig`.
 *
 * Determiners are written in lower case as they appear inside a sentence ("many", "the majority of");
 * the sentence builder capitalises them at the start of a sentence and appends the noun ("States",
 * "Member States"). Gap forms (`gapSynonyms`) are used when the finding is presented as a gap.
 */
export const DEFAULT_QUANTIFIER_CONFIG: QuantifierConfigInput = {
  none: {
    // n = 0: gap sentences; "{topic}" is the noun phrase of what was asked about.
    gapTemplates: [
      "Limited information was reported on {topic}.",
      "No information was received on {topic}.",
      "There is little information on {topic}.",
      "Information on {topic} remains limited.", // [001] ¶39
    ],
  },
  one: { synonyms: ["one", "a"] },
  two: { synonyms: ["two"], gapSynonyms: ["only a few", "very few"] },
  bands: [
    { id: "few", from: 0, to: 0.15, synonyms: ["a few", "a small number of", "some"], gapSynonyms: ["only a few", "very few"] },
    { id: "some", from: 0.15, to: 0.3, synonyms: ["some", "several", "a number of", "certain"] },
    { id: "many", from: 0.3, to: 0.5, synonyms: ["many", "a large number of", "numerous"] },
    { id: "majority", from: 0.5, to: 0.9, synonyms: ["the majority of", "a majority of reporting", "most"] },
    { id: "almost-all", from: 0.9, to: 1, synonyms: ["almost all", "nearly all"] },
  ],
  all: { synonyms: ["all", "all reporting"] },
};

import type { Question } from "@/lib/questionnaire/definition";

/** Field types whose answers a reviewer may flag as good practice (and so offer to the report). */
const GOOD_PRACTICE_TYPES = new Set(["TXT", "GP"]);

/** Whether a question can carry a "good practice" flag: it has a free-text or nomination field. */
export function acceptsGoodPracticeFlag(question: Question): boolean {
  return question.fields.some((f) => GOOD_PRACTICE_TYPES.has(f.type) || (f.type === "GROUP" && f.fields.some((g) => GOOD_PRACTICE_TYPES.has(g.type))));
}

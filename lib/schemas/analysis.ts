import { z } from "zod";

/** The regional groups of Member States (db/schema/reference.ts), as analysis filters. */
export const REGIONAL_GROUPS = ["AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "LATIN_AMERICAN_CARIBBEAN", "WESTERN_EUROPEAN_OTHERS"] as const;
export type RegionalGroup = (typeof REGIONAL_GROUPS)[number];

/**
 * Which replies are analysed: "accepted" (default) only accepted replies; "submitted" also replies
 * submitted or returned but not yet accepted.
 */
export const ANALYSIS_INCLUDE = ["accepted", "submitted"] as const;
export type AnalysisInclude = (typeof ANALYSIS_INCLUDE)[number];

/** A blank query parameter ("", or absent) means "not chosen". */
const blank = (v: unknown) => (v === "" || v === null ? undefined : v);

/**
 * The analysis of one question of a cycle (the page's query string): `question` defaults to the first
 * question the cycle offers, `group` to all States, `include` to accepted replies only.
 */
export const ZQuestionAnalysisInput = z.object({
  cycleSlug: z.string().min(1, { error: "validation.required" }).max(100, { error: "validation.tooLong" }),
  question: z.preprocess(blank, z.string().regex(/^[A-Z]+-\d{2}$/, { error: "validation.unknownQuestion" }).optional()),
  group: z.preprocess(blank, z.enum(REGIONAL_GROUPS, { error: "validation.option" }).optional()),
  include: z.preprocess(blank, z.enum(ANALYSIS_INCLUDE, { error: "validation.option" }).default("accepted")),
});
export type TQuestionAnalysisInput = z.input<typeof ZQuestionAnalysisInput>;

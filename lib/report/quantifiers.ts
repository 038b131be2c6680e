import { z } from "zod";
import { DEFAULT_QUANTIFIER_CONFIG } from "./config/quantifiers.default";

/**
 * Quantifier bands (BRIEF §3.9): which words say how many of the answering States share a finding.
 *
 * Let `n` be the States whose answer satisfies the predicate and `N` the denominator (the States that
 * answered the question, "not applicable" apart — §3.9 rule 1), `s = n / N`. The choice is:
 *
 * 1. `n = 0` → `none` (a gap sentence, never dropped — §3.8);
 * 2. `n = 1` → `one` ("one State", "a State"), whatever `N`;
 * 3. `n = 2` → `two` ("two States"; as a gap "only a few", "very few"), whatever `N`;
 * 4. `n = N` (so `n ≥ 3`) → `all`;
 * 5. otherwise the ratio band with `from ≤ s < to` (bands cover [0, 1) without gap or overlap; the
 *    table's "n ≥ 3 and s < 0.15" is the first band, since n ≥ 3 here).
 *
 * Rules 2 and 3 come before rule 4: with one or two answering States, "one State" / "two States" is
 * said rather than "all" — the count forms are the more exact (a choice: §3.9 does not say which wins).
 *
 * Ratios are compared in integers (band limits have at most four decimals), so 3 of 20 is exactly
 * 0.15 and falls in the band that starts at 0.15.
 */

const ZWord = z.string().trim().min(1, "must not be empty");
const ZSynonyms = z.array(ZWord).min(1, "needs at least one synonym");
const ZLimit = z
  .number()
  .min(0)
  .max(1)
  .refine((x) => Math.abs(Math.round(x * 10000) - x * 10000) < 1e-6, "band limits have at most four decimals");

export const ZQuantifierBand = z
  .object({
    id: z.string().regex(/^[a-z][a-z-]*$/, "band ids are lower-case words joined by hyphens"),
    /** Inclusive lower limit of s = n / N. */
    from: ZLimit,
    /** Exclusive upper limit of s. */
    to: ZLimit,
    synonyms: ZSynonyms,
    gapSynonyms: ZSynonyms.optional(),
  })
  .refine((b) => b.from < b.to, { error: "a band's `from` must be below its `to`", path: ["to"] });

export const ZQuantifierConfig = z
  .object({
    none: z.object({
      gapTemplates: z.array(ZWord.refine((t) => t.includes("{topic}"), "a gap template must contain {topic}")).min(1, "needs at least one gap template"),
    }),
    one: z.object({ synonyms: ZSynonyms }),
    two: z.object({ synonyms: ZSynonyms, gapSynonyms: ZSynonyms.optional() }),
    bands: z.array(ZQuantifierBand).min(1, "needs at least one band"),
    all: z.object({ synonyms: ZSynonyms }),
  })
  .superRefine((config, ctx) => {
    const bands = config.bands;
    const ids = new Set<string>();
    bands.forEach((band, i) => {
      if (ids.has(band.id)) ctx.addIssue({ code: "custom", path: ["bands", i, "id"], message: `duplicate band id "${band.id}"` });
      ids.add(band.id);
    });
    if (bands[0] && bands[0].from !== 0) ctx.addIssue({ code: "custom", path: ["bands", 0, "from"], message: "the first band must start at 0" });
    const last = bands[bands.length - 1];
    if (last && last.to !== 1) ctx.addIssue({ code: "custom", path: ["bands", bands.length - 1, "to"], message: "the last band must end at 1" });
    for (let i = 1; i < bands.length; i++) {
      const prev = bands[i - 1]!;
      const band = bands[i]!;
      if (band.from < prev.to) ctx.addIssue({ code: "custom", path: ["bands", i, "from"], message: `band "${band.id}" overlaps band "${prev.id}" (starts at ${band.from}, before ${prev.to})` });
      else if (band.from > prev.to) ctx.addIssue({ code: "custom", path: ["bands", i, "from"], message: `gap between band "${prev.id}" (ends at ${prev.to}) and band "${band.id}" (starts at ${band.from})` });
    }
  });

export type QuantifierConfigInput = z.input<typeof ZQuantifierConfig>;
export type QuantifierConfig = z.output<typeof ZQuantifierConfig>;

/** The error thrown for an invalid configuration: `reasons` are "path: message" lines. */
export class QuantifierConfigError extends Error {
  constructor(public readonly reasons: string[]) {
    super(`invalid quantifier configuration: ${reasons.join("; ")}`);
    this.name = "QuantifierConfigError";
  }
}

/** Validates a configuration; throws `QuantifierConfigError` naming every field at fault and the reason. */
export function parseQuantifierConfig(input: unknown): QuantifierConfig {
  const result = ZQuantifierConfig.safeParse(input);
  if (!result.success) {
    throw new QuantifierConfigError(result.error.issues.map((i) => `${i.path.join(".") || "(config)"}: ${i.message}`));
  }
  return result.data;
}

export const DEFAULT_QUANTIFIERS: QuantifierConfig = parseQuantifierConfig(DEFAULT_QUANTIFIER_CONFIG);

/** The quantifier chosen for a count. */
export interface QuantifierChoice {
  /** "none" | "one" | "two" | "all" | a band id ("few", "some", "many", "majority", "almost-all"). */
  band: string;
  count: number;
  denominator: number;
  /** Determiners to rotate between (lower case); empty for "none", which has gap templates instead. */
  synonyms: string[];
  /** Gap forms of the determiner, where the band has them. */
  gapSynonyms: string[];
  /** Gap sentence templates with "{topic}" ("none" only). */
  gapTemplates: string[];
  /** Whether the noun and pronoun are plural ("States", "they") — false for "one". */
  plural: boolean;
}

function checkCounts(count: number, denominator: number) {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer (got ${count})`);
  if (!Number.isInteger(denominator) || denominator < 0) throw new RangeError(`denominator must be a non-negative integer (got ${denominator})`);
  if (count > denominator) throw new RangeError(`count ${count} exceeds denominator ${denominator}`);
}

/** n / N ≥ limit, in integers (limits have at most four decimals). */
function atLeast(count: number, denominator: number, limit: number): boolean {
  return count * 10000 >= Math.round(limit * 10000) * denominator;
}

/** Chooses the quantifier for `count` States out of `denominator` (see the module comment). */
export function chooseQuantifier(count: number, denominator: number, config: QuantifierConfig = DEFAULT_QUANTIFIERS): QuantifierChoice {
  checkCounts(count, denominator);
  const base = { count, denominator, gapSynonyms: [] as string[], gapTemplates: [] as string[], plural: true };
  if (count === 0) return { ...base, band: "none", synonyms: [], gapTemplates: [...config.none.gapTemplates] };
  if (count === 1) return { ...base, band: "one", synonyms: [...config.one.synonyms], plural: false };
  if (count === 2) return { ...base, band: "two", synonyms: [...config.two.synonyms], gapSynonyms: [...(config.two.gapSynonyms ?? [])] };
  if (count === denominator) return { ...base, band: "all", synonyms: [...config.all.synonyms] };
  const band = config.bands.find((b) => atLeast(count, denominator, b.from) && !atLeast(count, denominator, b.to));
  if (!band) throw new Error(`no quantifier band for ${count}/${denominator}`); // unreachable for a valid config
  return { ...base, band: band.id, synonyms: [...band.synonyms], gapSynonyms: [...(band.gapSynonyms ?? [])] };
}

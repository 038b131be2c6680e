/**
 * Deterministic rotation of synonyms and reporting verbs (BRIEF §3.9 "rotate the synonyms for
 * variety", rule 6; §3.5). No randomness and no clock: the choice depends only on a seed (for a
 * paragraph, e.g. its section code and question id) and on the order of the picks within it.
 *
 * - The first pick from a slot starts at an offset given by a hash of the seed and the slot, so
 *   different paragraphs open with different words.
 * - Further picks from the same slot in the same rotator move on to the next option, so a paragraph
 *   never repeats a word while another is left unused.
 * - A pinned choice (an editor's or a test's) is returned as is, if it is one of the options, and
 *   still advances the slot.
 */

/** FNV-1a, 32 bits: a stable hash of a string (same value on every platform and run). */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** One option chosen by `key` alone. Throws on an empty list. */
export function pickByKey<T>(options: readonly T[], key: string): T {
  if (options.length === 0) throw new RangeError(`nothing to choose from for "${key}"`);
  return options[hashKey(key) % options.length]!;
}

/** The reporting verbs of §3.9 rule 6, past tense, for "[quantifier] States [verb] that …". */
export const REPORTING_VERBS = ["reported", "noted", "highlighted", "stressed", "underlined", "emphasized", "indicated", "cited"] as const;

export class Rotator {
  private readonly counts = new Map<string, number>();

  constructor(public readonly seed: string) {}

  /** Chooses from `options` for `slot` (e.g. "verb", "quantifier:some"); see the module comment. */
  pick<T>(slot: string, options: readonly T[], pinned?: T): T {
    if (options.length === 0) throw new RangeError(`nothing to choose from for slot "${slot}"`);
    const count = this.counts.get(slot) ?? 0;
    this.counts.set(slot, count + 1);
    if (pinned !== undefined) {
      if (!options.includes(pinned)) throw new RangeError(`pinned choice "${String(pinned)}" is not one of the options for slot "${slot}": ${options.map(String).join(", ")}`);
      return pinned;
    }
    return options[(hashKey(`${this.seed}|${slot}`) + count) % options.length]!;
  }
}

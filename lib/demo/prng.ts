/**
 * A small seeded pseudo-random number generator (mulberry32 over an FNV-1a hash of the seed), so the
 * demo data are the same on every run. Never Math.random.
 *
 * Pure module.
 */

/** FNV-1a, 32 bits: a string (or number) seed becomes a 32-bit state. */
export function hashSeed(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One element chosen with the given weights (same length as the list, not all zero). */
  weighted<T>(list: readonly T[], weights: readonly number[]): T;
  /** `n` distinct elements (fewer if the list is shorter), in the list's order. */
  sample<T>(list: readonly T[], n: number): T[];
  /** An independent generator derived from this one's seed and a label (stable whatever was drawn before). */
  fork(label: string): Rng;
}

export function createRng(seed: string | number): Rng {
  const base = String(seed);
  let state = hashSeed(base) || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error("pick from an empty list");
      return list[Math.floor(next() * list.length)] as (typeof list)[number];
    },
    weighted: (list, weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < list.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return list[i] as (typeof list)[number];
      }
      return list[list.length - 1] as (typeof list)[number];
    },
    sample: (list, n) => {
      const idx = list.map((_, i) => i);
      for (let i = idx.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [idx[i], idx[j]] = [idx[j] as number, idx[i] as number];
      }
      return idx
        .slice(0, Math.max(0, Math.min(n, list.length)))
        .sort((a, b) => a - b)
        .map((i) => list[i] as (typeof list)[number]);
    },
    fork: (label) => createRng(`${base}/${label}`),
  };
  return rng;
}

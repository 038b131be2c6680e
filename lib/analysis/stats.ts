/**
 * Small numeric helpers for the analysis of answers across States.
 *
 * Pure module: no server imports.
 */

/** Figures reported by States for one number (one INT field, or one cell of a grid). */
export interface NumberStats {
  /** How many States gave a figure. */
  reporting: number;
  /** Sum of the figures; 0 when none was given. */
  total: number;
  /** Smallest and largest figure; null when none was given. */
  min: number | null;
  max: number | null;
  /** Median of the figures (the mean of the two middle ones for an even count); null when none was given. */
  median: number | null;
}

/** Total, range, median and count of a list of non-negative integers. Does not modify `values`. */
export function numberStats(values: readonly number[]): NumberStats {
  if (values.length === 0) return { reporting: 0, total: 0, min: null, max: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    reporting: sorted.length,
    total: sorted.reduce((sum, n) => sum + n, 0),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    median,
  };
}

import { mean, sampleVariance } from './scoring.ts';

export interface PairedChange {
  /** Respondents with a score in both rounds (linked by their personal code). */
  n: number;
  before: number | null;
  after: number | null;
  /** Mean of (after − before). */
  change: number | null;
  /** Cohen's d for paired samples: mean difference ÷ sample SD of the differences. */
  d: number | null;
}

export function pairedChange(
  pairs: ReadonlyArray<{ before: number | null; after: number | null }>,
): PairedChange {
  const complete = pairs.filter(
    (p): p is { before: number; after: number } => p.before !== null && p.after !== null,
  );
  const diffs = complete.map((p) => p.after - p.before);
  const change = mean(diffs);
  const variance = sampleVariance(diffs);
  const sd = variance === null ? null : Math.sqrt(variance);
  return {
    n: complete.length,
    before: mean(complete.map((p) => p.before)),
    after: mean(complete.map((p) => p.after)),
    change,
    d: change !== null && sd !== null && sd > 0 ? change / sd : null,
  };
}

export interface UnpairedComparison {
  nBefore: number;
  nAfter: number;
  before: number | null;
  after: number | null;
  change: number | null;
  /** Cohen's d with the pooled sample SD of the two groups. */
  d: number | null;
}

/** For respondents who took only one of the rounds: a comparison of two independent groups. */
export function unpairedComparison(before: readonly number[], after: readonly number[]): UnpairedComparison {
  const mb = mean(before);
  const ma = mean(after);
  const vb = sampleVariance(before);
  const va = sampleVariance(after);
  const pooled =
    vb !== null && va !== null
      ? Math.sqrt(((before.length - 1) * vb + (after.length - 1) * va) / (before.length + after.length - 2))
      : null;
  const change = mb !== null && ma !== null ? ma - mb : null;
  return {
    nBefore: before.length,
    nAfter: after.length,
    before: mb,
    after: ma,
    change,
    d: change !== null && pooled !== null && pooled > 0 ? change / pooled : null,
  };
}

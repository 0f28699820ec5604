/**
 * An honest comparison of the variants on the share of one outcome (by default Peduli, `cares`): each
 * variant's share with its 95% Wilson interval, the chi-square test of the whole outcome mix across
 * variants, and a Bayesian estimate of how likely each variant is to be the best. The verdict in plain words
 * is chosen from these numbers by fixed thresholds. Maths and sentence templates: docs/field.md ("Comparing
 * variants").
 */
import { quantile } from '../stats.ts';
import { type ChiSquareTest, chiSquareTest } from './chi-square.ts';
import { betaDraw, type Random, seededRandom } from './random.ts';
import type { Counts } from './summary.ts';

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson's score interval for k successes in n trials. Unlike the textbook p ± 1.96·SE it stays inside
 * [0, 1] and is not zero-width at 0 of 10 or 10 of 10 — the small counts of a morning in the field.
 * Null when n is 0.
 */
export function wilsonInterval(k: number, n: number, z = Z95): Interval | null {
  if (!(n > 0)) return null;
  const p = k / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export const VERDICT_CODES = [
  'no_comparison',
  'too_few',
  'too_close',
  'likely_leader',
  'clear_leader',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

export interface CompareOptions {
  /** The outcome whose share is compared; `cares` unless the facilitator picks another. */
  outcome?: string;
  /** The outcome columns of the chi-square test; every outcome in the counts unless given. */
  outcomes?: readonly string[];
  /** Below this many tallies for any compared variant the verdict is `too_few`. */
  minPerVariant?: number;
  /** P(best) from which a leader is `clear_leader` and `likely_leader`. */
  clear?: number;
  likely?: number;
  /** Monte Carlo draws per variant; 20,000 puts P(best) within about ±0.003 (one standard error). */
  draws?: number;
  /** The generator of the draws. A fixed default seed keeps the figures still between refreshes. */
  random?: Random;
}

export const COMPARE_DEFAULTS = {
  outcome: 'cares',
  minPerVariant: 20,
  clear: 0.95,
  likely: 0.8,
  draws: 20_000,
  seed: 20_240_512,
} as const;

export interface VariantEstimate {
  variant: string;
  /** All tallies of the variant, and those with the compared outcome. */
  n: number;
  k: number;
  /** k ÷ n; null when n is 0. */
  share: number | null;
  /** 95% Wilson interval of the share. */
  interval: Interval | null;
  /**
   * The Bayesian estimate from a uniform prior, Beta(1 + k, 1 + n − k): its mean and 95% credible interval
   * (from the draws). Null for a variant without tallies, which takes no part in the comparison.
   */
  posterior: { mean: number; low: number; high: number } | null;
  /** The probability that this variant's true share is the highest of the compared variants. */
  pBest: number | null;
}

export interface Verdict {
  code: VerdictCode;
  /** Message key of the plain-words sentence; `params` fills it (shares and probabilities as fractions). */
  key: `field.verdict.${VerdictCode}`;
  params: Record<string, string | number>;
}

export interface Comparison {
  outcome: string;
  variants: VariantEstimate[];
  /** The chi-square test of variants × outcomes; null with fewer than two variants or outcomes logged. */
  test: ChiSquareTest | null;
  /** `small_expected` when any expected count is below 5: the p-value is then only a rough guide. */
  warning: 'small_expected' | null;
  verdict: Verdict;
}

/**
 * Compares the variants of a summary (`FieldSummary.by_variant`). Variants without tallies are listed but
 * not compared: with no data their uniform prior would claim a share of the "best" it has not earned.
 */
export function compareVariants(
  byVariant: ReadonlyArray<{ variant: string } & Counts>,
  options: CompareOptions = {},
): Comparison {
  const outcome = options.outcome ?? COMPARE_DEFAULTS.outcome;
  const minPerVariant = options.minPerVariant ?? COMPARE_DEFAULTS.minPerVariant;
  const clear = options.clear ?? COMPARE_DEFAULTS.clear;
  const likely = options.likely ?? COMPARE_DEFAULTS.likely;
  const draws = Math.max(1, Math.round(options.draws ?? COMPARE_DEFAULTS.draws));
  const random = options.random ?? seededRandom(COMPARE_DEFAULTS.seed);

  const columns = options.outcomes ?? [...new Set(byVariant.flatMap((v) => Object.keys(v.by_outcome)))];
  const test = chiSquareTest(byVariant.map((v) => columns.map((o) => v.by_outcome[o] ?? 0)));

  const counted = byVariant.map((v) => ({ variant: v.variant, n: v.total, k: v.by_outcome[outcome] ?? 0 }));
  const compared = counted.filter((v) => v.n > 0);
  const samples = compared.map(() => new Float64Array(draws));
  const wins = compared.map(() => 0);
  if (compared.length > 0) {
    for (let d = 0; d < draws; d++) {
      let best = 0;
      compared.forEach((v, i) => {
        const x = betaDraw(1 + v.k, 1 + v.n - v.k, random);
        (samples[i] as Float64Array)[d] = x;
        if (x > ((samples[best] as Float64Array)[d] as number)) best = i;
      });
      wins[best] = (wins[best] as number) + 1;
    }
  }

  const variants: VariantEstimate[] = counted.map((v) => {
    const i = compared.findIndex((c) => c.variant === v.variant);
    const drawn = samples[i];
    const sorted = drawn ? Array.from(drawn) : [];
    return {
      ...v,
      share: v.n > 0 ? v.k / v.n : null,
      interval: wilsonInterval(v.k, v.n),
      posterior: drawn
        ? {
            mean: (1 + v.k) / (2 + v.n),
            low: quantile(sorted, 0.025) as number,
            high: quantile(sorted, 0.975) as number,
          }
        : null,
      pBest: i >= 0 ? (wins[i] as number) / draws : null,
    };
  });

  return {
    outcome,
    variants,
    test,
    warning: test && test.smallExpected > 0 ? 'small_expected' : null,
    verdict: verdictOf(variants, test, { outcome, minPerVariant, clear, likely }),
  };
}

function verdictOf(
  variants: readonly VariantEstimate[],
  test: ChiSquareTest | null,
  rule: { outcome: string; minPerVariant: number; clear: number; likely: number },
): Verdict {
  const make = (code: VerdictCode, params: Record<string, string | number>): Verdict => ({
    code,
    key: `field.verdict.${code}`,
    params: { outcome: rule.outcome, ...params },
  });
  const compared = variants.filter((v) => v.pBest !== null);
  if (compared.length < 2) return make('no_comparison', { variants: compared.length });

  const fewest = compared.reduce((a, b) => (b.n < a.n ? b : a));
  if (fewest.n < rule.minPerVariant)
    return make('too_few', { variant: fewest.variant, n: fewest.n, min: rule.minPerVariant });

  // Ties in P(best) go to the earlier variant, so the same counts always name the same leader.
  const leader = compared.reduce((a, b) => ((b.pBest as number) > (a.pBest as number) ? b : a));
  const runnerUp = compared
    .filter((v) => v !== leader)
    .reduce((a, b) => ((b.share as number) > (a.share as number) ? b : a));
  const params = {
    leader: leader.variant,
    share: leader.share as number,
    low: leader.interval?.low as number,
    high: leader.interval?.high as number,
    probability: leader.pBest as number,
    runner_up: runnerUp.variant,
    runner_up_share: runnerUp.share as number,
    ...(test ? { p: test.p } : {}),
  };
  const pBest = leader.pBest as number;
  if (pBest >= rule.clear) return make('clear_leader', params);
  if (pBest >= rule.likely) return make('likely_leader', params);
  return make('too_close', params);
}

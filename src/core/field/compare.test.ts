import { describe, expect, it } from 'vitest';
import { compareVariants, type VerdictCode, wilsonInterval } from './compare.ts';
import { seededRandom } from './random.ts';

const variant = (name: string, cares: number, indifferent: number, angry = 0) => ({
  variant: name,
  total: cares + indifferent + angry,
  by_outcome: { cares, indifferent, angry },
});

describe('Wilson interval (95%)', () => {
  it.each([
    [0, 10, 0, 0.2775327998628892],
    [5, 10, 0.236593090512564, 0.7634069094874361],
    [10, 10, 0.7224672001371107, 1],
    [1, 1, 0.20654931437723745, 1],
    [81, 263, 0.2552885198782742, 0.36620957698280004],
  ])('%d of %d → [%d, %d]', (k, n, low, high) => {
    const interval = wilsonInterval(k, n);
    expect(interval?.low).toBeCloseTo(low, 12);
    expect(interval?.high).toBeCloseTo(high, 12);
  });

  it('no tallies, no interval', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('comparing variants on the share who care', () => {
  it('12 of 20 against 8 of 20: shares, intervals, the exact P(best) within Monte Carlo error', () => {
    const c = compareVariants([variant('A', 12, 8), variant('B', 8, 12)]);
    const [a, b] = c.variants;
    expect(a).toMatchObject({ variant: 'A', n: 20, k: 12, share: 0.6 });
    expect(b).toMatchObject({ variant: 'B', n: 20, k: 8, share: 0.4 });
    // P(p_A > p_B) for Beta(13, 9) against Beta(9, 13), by Evan Miller's closed form: 0.89164.
    // With 20,000 draws one standard error is √(0.89 × 0.11 / 20,000) ≈ 0.0022.
    expect(Math.abs((a?.pBest as number) - 0.8916401999233563)).toBeLessThan(0.009);
    expect((a?.pBest as number) + (b?.pBest as number)).toBe(1);
    expect(a?.posterior?.mean).toBeCloseTo(13 / 22, 12);
    // Beta(13, 9) quantiles 2.5% and 97.5%: 0.3844 and 0.7818.
    expect(a?.posterior?.low).toBeCloseTo(0.3844, 2);
    expect(a?.posterior?.high).toBeCloseTo(0.7818, 2);
    // 2 × 2 of 12/8 against 8/12: every expected count 10, χ² = 4 × 4/10 = 1.6, df 1.
    expect(c.test?.statistic).toBeCloseTo(1.6, 12);
    expect(c.test?.df).toBe(1);
    expect(c.warning).toBeNull();
    expect(c.verdict).toEqual({
      code: 'likely_leader',
      key: 'field.verdict.likely_leader',
      params: {
        outcome: 'cares',
        leader: 'A',
        share: 0.6,
        low: wilsonInterval(12, 20)?.low,
        high: wilsonInterval(12, 20)?.high,
        probability: a?.pBest,
        runner_up: 'B',
        runner_up_share: 0.4,
        p: c.test?.p,
      },
    });
  });

  it('is the same for the same counts (fixed seed), and follows a generator passed in', () => {
    const counts = [variant('A', 30, 20), variant('B', 24, 26)];
    expect(compareVariants(counts)).toEqual(compareVariants(counts));
    const one = compareVariants(counts, { random: seededRandom(1) });
    const again = compareVariants(counts, { random: seededRandom(1) });
    expect(one).toEqual(again);
  });

  it.each<[string, ReturnType<typeof variant>[], VerdictCode, string | undefined]>([
    ['one variant only', [variant('A', 30, 20)], 'no_comparison', undefined],
    [
      'the second variant has no tallies yet',
      [variant('A', 30, 20), variant('B', 0, 0)],
      'no_comparison',
      undefined,
    ],
    ['19 tallies for one variant', [variant('A', 30, 20), variant('B', 10, 9)], 'too_few', undefined],
    ['equal shares', [variant('A', 25, 25), variant('B', 25, 25)], 'too_close', 'A'],
    // Exact P(best): 30/50 vs 24/50 → 0.883; 30/50 vs 22/50 → 0.944; 80/100 vs 50/100 → ≈ 1.
    ['30 of 50 against 24 of 50', [variant('A', 30, 20), variant('B', 24, 26)], 'likely_leader', 'A'],
    ['30 of 50 against 22 of 50', [variant('A', 30, 20), variant('B', 22, 28)], 'likely_leader', 'A'],
    ['80 of 100 against 50 of 100', [variant('A', 50, 50), variant('B', 80, 20)], 'clear_leader', 'B'],
  ])('%s → %s', (_label, counts, code, leader) => {
    const { verdict } = compareVariants(counts);
    expect(verdict.code).toBe(code);
    expect(verdict.params.leader).toBe(leader);
  });

  it('a variant without tallies is listed but takes no part', () => {
    const c = compareVariants([variant('A', 40, 10), variant('B', 0, 0), variant('C', 10, 40)]);
    expect(c.variants[1]).toEqual({
      variant: 'B',
      n: 0,
      k: 0,
      share: null,
      interval: null,
      posterior: null,
      pBest: null,
    });
    expect((c.variants[0]?.pBest as number) + (c.variants[2]?.pBest as number)).toBe(1);
    expect(c.verdict.code).toBe('clear_leader');
    expect(c.test?.rows).toBe(2);
  });

  it('three variants: P(best) adds up to 1; small expected counts raise the warning', () => {
    const c = compareVariants([variant('A', 4, 2, 1), variant('B', 3, 3, 0), variant('C', 1, 5, 2)]);
    expect(c.variants.reduce((sum, v) => sum + (v.pBest ?? 0), 0)).toBeCloseTo(1, 12);
    expect(c.warning).toBe('small_expected');
    expect(c.verdict.code).toBe('too_few');
  });

  it('another outcome, and the chi-square over chosen columns only', () => {
    const c = compareVariants([variant('A', 10, 10, 30), variant('B', 10, 30, 10)], {
      outcome: 'angry',
      outcomes: ['cares', 'angry'],
    });
    expect(c.outcome).toBe('angry');
    expect(c.variants.map((v) => v.share)).toEqual([0.6, 0.2]);
    expect(c.test?.columns).toBe(2);
    expect(c.verdict).toMatchObject({ code: 'clear_leader', params: { outcome: 'angry', leader: 'A' } });
  });

  it('thresholds can be changed', () => {
    const counts = [variant('A', 30, 20), variant('B', 24, 26)];
    expect(compareVariants(counts, { likely: 0.9 }).verdict.code).toBe('too_close');
    expect(compareVariants(counts, { clear: 0.85 }).verdict.code).toBe('clear_leader');
    expect(compareVariants(counts, { minPerVariant: 51 }).verdict.code).toBe('too_few');
  });
});

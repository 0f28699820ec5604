import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, chiSquareTest, gammaQ, lnGamma } from './chi-square.ts';

/** Relative closeness, for p-values that span many orders of magnitude. */
const near = (actual: number, expected: number, rel = 1e-8) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-300);

describe('ln Γ', () => {
  it.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [10.5, Math.log(1133278.388948786)],
    [171, 706.5730622457874],
  ])('ln Γ(%d)', (x, expected) => {
    expect(lnGamma(x)).toBeCloseTo(expected, 10);
  });
});

describe('chi-square survival P(X ≥ x): printed table values and reference values', () => {
  it.each([
    // Critical values from the tables every statistics textbook prints: p ≈ 0.05, 0.01, 0.10.
    [3.841, 1, 0.050013683763956804],
    [5.991, 2, 0.05001161502657909],
    [6.635, 1, 0.009999419574042536],
    [9.21, 2, 0.01000170200470548],
    [11.07, 5, 0.050009618622405425],
    [18.307, 10, 0.05000058909139812],
    [124.342, 100, 0.05000071576997178],
    [2.706, 1, 0.09997137812525883],
    [29.336, 30, 0.5000016446097568],
    // Far out in both tails.
    [0.5, 3, 0.9188914116546758],
    [0.001, 1, 0.9747728793699604],
    [50, 1, 1.537459794428033e-12],
    [200, 4, 3.75727673578106e-42],
  ])('χ² = %d, df = %d → %d', (x, df, p) => {
    near(chiSquareSurvival(x, df), p);
  });

  it('edges: 0 gives 1, infinity gives 0, a bad df gives NaN', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(-1, 3)).toBe(1);
    expect(chiSquareSurvival(Number.POSITIVE_INFINITY, 3)).toBe(0);
    expect(chiSquareSurvival(1, 0)).toBeNaN();
    expect(gammaQ(-1, 1)).toBeNaN();
  });

  it('even df has a closed form: Q = e^(−x/2) Σ_{k < df/2} (x/2)^k / k! (randomised)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0.01, max: 150, noNaN: true }),
        (half, x) => {
          let term = 1;
          let sum = 1;
          for (let k = 1; k < half; k++) {
            term *= x / 2 / k;
            sum += term;
          }
          near(chiSquareSurvival(x, 2 * half), Math.exp(-x / 2) * sum, 1e-9);
        },
      ),
    );
  });

  it('falls as the statistic grows and stays in [0, 1] (randomised)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (df, x, step) => {
          const p = chiSquareSurvival(x, df);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(chiSquareSurvival(x + step, df)).toBeLessThanOrEqual(p + 1e-12);
        },
      ),
    );
  });
});

describe('chi-square test of a table', () => {
  it('2 × 2 by hand: every expected count 15, χ² = 4 × 25/15', () => {
    const test = chiSquareTest([
      [10, 20],
      [20, 10],
    ]);
    expect(test).toMatchObject({ df: 1, rows: 2, columns: 2, smallExpected: 0, cells: 4, minExpected: 15 });
    expect(test?.statistic).toBeCloseTo(20 / 3, 12);
    near(test?.p as number, 0.009823274507519245);
  });

  it('3 × 3 against a reference implementation (identical rows give small but real differences)', () => {
    const test = chiSquareTest([
      [30, 12, 8],
      [18, 20, 12],
      [25, 15, 10],
    ]);
    expect(test?.statistic).toBeCloseTo(5.871407752841738, 10);
    expect(test?.df).toBe(4);
    near(test?.p as number, 0.20895964438878342);
  });

  it('an empty column (nobody angry) and an empty row are left out; small expected counts are counted', () => {
    const test = chiSquareTest([
      [3, 1, 0],
      [1, 4, 0],
      [0, 0, 0],
      [2, 2, 0],
    ]);
    expect(test).toMatchObject({ df: 2, rows: 3, columns: 2, smallExpected: 6, cells: 6 });
    expect(test?.statistic).toBeCloseTo(2.739285714285713, 10);
    near(test?.p as number, 0.25419772824608544);
    expect(test?.minExpected).toBeCloseTo(24 / 13, 12);
  });

  it.each([
    ['no rows', []],
    ['one row', [[5, 3, 1]]],
    [
      'one column with counts',
      [
        [5, 0],
        [3, 0],
      ],
    ],
    [
      'all zero',
      [
        [0, 0],
        [0, 0],
      ],
    ],
  ])('nothing to test: %s', (_label, table) => {
    expect(chiSquareTest(table)).toBeNull();
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, median, populationSd, quantile, sampleVariance } from './stats.ts';

describe('median', () => {
  it.each([
    ['empty', [], null],
    ['one value', [7], 7],
    ['odd count, unsorted', [5, 1, 3], 3],
    ['even count: mean of the two middle values', [4, 1, 3, 2], 2.5],
    ['even count with ties', [1, 1, 2, 2], 1.5],
    ['zeros count', [0, 0, 10], 0],
  ] as const)('%s', (_label, values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('quantile (type 7, linear between closest ranks)', () => {
  it.each([
    ['empty', [], 0.75, null],
    ['one value', [4], 0.75, 4],
    ['upper quartile of 1..4: 1 + 0.75 × 3 = 3.25 → 3.25', [1, 2, 3, 4], 0.75, 3.25],
    ['upper quartile of 1..5: rank 3 → 4', [5, 4, 3, 2, 1], 0.75, 4],
    ['p = 0.5 is the median (even)', [1, 2, 3, 4], 0.5, 2.5],
    ['p = 0 is the minimum', [3, 1, 2], 0, 1],
    ['p = 1 is the maximum', [3, 1, 2], 1, 3],
    ['p outside [0, 1]', [1, 2], 1.5, null],
  ] as const)('%s', (_label, values, p, expected) => {
    expect(quantile(values, p)).toBe(expected);
  });
});

describe('mean, population SD and sample variance', () => {
  it.each([
    // [2, 7, 14]: mean 23/3; squared deviations 289/9 + 4/9 + 361/9 = 654/9; ÷ 3 = 218/9.
    ['three gaps', [2, 7, 14], 23 / 3, Math.sqrt(218 / 9), 654 / 9 / 2],
    ['constant', [5, 5, 5], 5, 0, 0],
    ['one value', [4], 4, 0, null],
  ] as const)('%s', (_label, values, m, sd, variance) => {
    expect(mean(values)).toBeCloseTo(m, 12);
    expect(populationSd(values)).toBeCloseTo(sd, 12);
    if (variance === null) expect(sampleVariance(values)).toBeNull();
    else expect(sampleVariance(values)).toBeCloseTo(variance, 12);
  });

  it('empty input gives null, not NaN', () => {
    expect(mean([])).toBeNull();
    expect(populationSd([])).toBeNull();
    expect(sampleVariance([])).toBeNull();
  });
});

describe('median and quantile by selection', () => {
  /** The definitions by sorting, as they were first written. */
  const sortedMedian = (values: number[]) => {
    const s = [...values].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 === 1 ? s[m] : ((s[m - 1] as number) + (s[m] as number)) / 2;
  };
  const sortedQuantile = (values: number[], p: number) => {
    const s = [...values].sort((a, b) => a - b);
    const h = (s.length - 1) * p;
    const low = s[Math.floor(h)] as number;
    return low + (h - Math.floor(h)) * ((s[Math.ceil(h)] as number) - low);
  };
  const samples = fc.oneof(
    fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 60 }),
    fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }), {
      minLength: 1,
      maxLength: 300,
    }),
  );

  it('gives what sorting gives, with many ties or none', () => {
    fc.assert(
      fc.property(samples, fc.double({ min: 0, max: 1, noNaN: true }), (values, p) => {
        // `===`: which of 0 and −0 lands in the middle is no difference in a figure.
        expect(median(values) === sortedMedian(values)).toBe(true);
        expect(quantile(values, p) === sortedQuantile(values, p)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('stays exact on sorted, reversed and organ-pipe input of 100,000 values', () => {
    const n = 100_000;
    const ascending = Array.from({ length: n }, (_, i) => i);
    for (const values of [ascending, [...ascending].reverse(), ascending.map((i) => Math.min(i, n - i))]) {
      expect(median(values)).toBe(sortedMedian(values));
      expect(quantile(values, 0.75)).toBe(sortedQuantile(values, 0.75));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { mean, sampleVariance } from '../stats.ts';
import { betaDraw, gammaDraw, seededRandom } from './random.ts';

describe('seeded random numbers', () => {
  it('the same seed gives the same sequence; another seed another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });

  it.each([
    [1, 1],
    [3.5, 3.5],
    [40, 40],
  ])('Gamma(%d): sample mean and variance near the shape (both equal it)', (shape, expected) => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 40_000 }, () => gammaDraw(shape, random));
    // Standard error of the mean is √(shape / 40,000): 5 of them is a generous margin.
    expect(Math.abs((mean(draws) as number) - expected)).toBeLessThan(5 * Math.sqrt(shape / 40_000));
    expect((sampleVariance(draws) as number) / expected).toBeCloseTo(1, 1);
  });

  it('Beta(13, 9): mean a / (a + b) and variance ab / ((a + b)²(a + b + 1))', () => {
    const random = seededRandom(2);
    const draws = Array.from({ length: 40_000 }, () => betaDraw(13, 9, random));
    expect(mean(draws)).toBeCloseTo(13 / 22, 2);
    expect(sampleVariance(draws)).toBeCloseTo((13 * 9) / (22 * 22 * 23), 4);
  });
});

import { describe, expect, it } from 'vitest';
import { pairedChange, unpairedComparison } from './compare.ts';

describe('baseline vs follow-up', () => {
  it('paired change and Cohen’s d for paired samples', () => {
    // differences 10, 20, 30: mean 20, sample SD 10 → d = 2
    const result = pairedChange([
      { before: 40, after: 50 },
      { before: 50, after: 70 },
      { before: 30, after: 60 },
      { before: 20, after: null }, // not paired: left out
    ]);
    expect(result).toEqual({ n: 3, before: 40, after: 60, change: 20, d: 2 });
  });

  it('no effect size without variation in the differences or with one pair', () => {
    expect(pairedChange([{ before: 10, after: 20 }]).d).toBeNull();
    expect(
      pairedChange([
        { before: 10, after: 20 },
        { before: 30, after: 40 },
      ]).d,
    ).toBeNull();
  });

  it('unpaired comparison with a pooled standard deviation', () => {
    // before 40, 50, 60 (var 100); after 60, 70, 80 (var 100): pooled SD 10, change 20 → d = 2
    expect(unpairedComparison([40, 50, 60], [60, 70, 80])).toEqual({
      nBefore: 3,
      nAfter: 3,
      before: 50,
      after: 70,
      change: 20,
      d: 2,
    });
    expect(unpairedComparison([], [1]).change).toBeNull();
  });
});

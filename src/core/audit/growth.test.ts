import { describe, expect, it } from 'vitest';
import { followerGrowth, followersForWindow } from './growth.ts';
import type { FollowerSnapshot } from './model.ts';
import { parseWindowBound } from './window.ts';

const JKT = 'Asia/Jakarta';
const s = (date: string, followers: number): FollowerSnapshot => ({ date, followers });
const jan = { from: parseWindowBound('2024-01-01', JKT), to: parseWindowBound('2024-02-01', JKT) };

describe('followersForWindow', () => {
  it.each<[string, FollowerSnapshot[], FollowerSnapshot | null]>([
    ['no snapshots', [], null],
    [
      'latest within the window',
      [s('2023-12-20', 900), s('2024-01-05', 1000), s('2024-01-25', 1100)],
      s('2024-01-25', 1100),
    ],
    [
      'last local day of the window is within',
      [s('2024-01-31', 1200), s('2024-01-05', 1000)],
      s('2024-01-31', 1200),
    ],
    [
      'the day that starts at `to` is after',
      [s('2024-02-01', 1300), s('2024-01-05', 1000)],
      s('2024-01-05', 1000),
    ],
    [
      'none within: latest before',
      [s('2023-11-01', 800), s('2023-12-20', 900), s('2024-03-01', 1500)],
      s('2023-12-20', 900),
    ],
    [
      'none within or before: earliest after',
      [s('2024-04-01', 1600), s('2024-03-01', 1500)],
      s('2024-03-01', 1500),
    ],
    [
      'same date twice: the later entry wins',
      [s('2024-01-05', 1000), s('2024-01-05', 1010)],
      s('2024-01-05', 1010),
    ],
  ])('%s', (_label, snapshots, expected) => {
    expect(followersForWindow(snapshots, jan, JKT)).toEqual(expected);
  });

  it('a bad snapshot is a validation problem naming each entry', () => {
    expect(() => followersForWindow([s('2024-1-5', 1), s('2024-01-06', -3)], jan, JKT)).toThrow(
      expect.objectContaining({
        code: 'validation',
        fields: [
          { field: 'followers.0.date', rule: 'date' },
          { field: 'followers.1.followers', rule: 'too_small', params: { min: 0 } },
        ],
      }),
    );
  });
});

describe('followerGrowth', () => {
  it.each<[string, FollowerSnapshot[], { days: number; change: number; relative: number | null } | null]>([
    // +60 over 60 days → +30 per 30 days; 30 ÷ 1000 = 3 %.
    [
      'steady growth',
      [s('2024-01-01', 1000), s('2024-03-01', 1060)],
      { days: 60, change: 30, relative: 0.03 },
    ],
    // Only first and last count: (990 − 1000) ÷ 10 × 30 = −30 → −3 %.
    [
      'loss, middle ignored',
      [s('2024-01-11', 990), s('2024-01-01', 1000), s('2024-01-05', 5000)],
      { days: 10, change: -30, relative: -0.03 },
    ],
    [
      'from zero followers: no relative growth',
      [s('2024-01-01', 0), s('2024-01-31', 30)],
      { days: 30, change: 30, relative: null },
    ],
    ['one snapshot', [s('2024-01-01', 1000)], null],
    ['two snapshots on one date', [s('2024-01-01', 1000), s('2024-01-01', 1100)], null],
  ])('%s', (_label, snapshots, expected) => {
    const g = followerGrowth(snapshots);
    if (expected === null) return expect(g).toBeNull();
    expect(g?.days).toBe(expected.days);
    expect(g?.changePer30Days).toBeCloseTo(expected.change, 10);
    if (expected.relative === null) expect(g?.relativePer30Days).toBeNull();
    else expect(g?.relativePer30Days).toBeCloseTo(expected.relative, 10);
  });

  it('a range keeps only the snapshots dated inside it (inclusive)', () => {
    const g = followerGrowth(
      [s('2023-12-01', 500), s('2024-01-01', 1000), s('2024-01-31', 1010), s('2024-02-01', 2000)],
      {
        fromDate: '2024-01-01',
        toDate: '2024-01-31',
      },
    );
    expect(g).toMatchObject({
      first: s('2024-01-01', 1000),
      last: s('2024-01-31', 1010),
      days: 30,
      changePer30Days: 10,
    });
  });
});

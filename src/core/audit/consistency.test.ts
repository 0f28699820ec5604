import { describe, expect, it } from 'vitest';
import { consistencyOf } from './consistency.ts';
import { parseWindowBound } from './window.ts';

const JKT = 'Asia/Jakarta';
const BER = 'Europe/Berlin';
const at = (text: string, zone: string) => parseWindowBound(text, zone);
const win = (from: string, to: string, zone: string) => ({ from: at(from, zone), to: at(to, zone) });

// January 2024 in Jakarta: Monday 1 to Monday 29 (exclusive) is exactly four ISO weeks, 28 days.
const JAN = win('2024-01-01', '2024-01-29', JKT);

describe('consistency', () => {
  it.each([
    [
      // Edge gaps 10 h and 4 d 14 h; between posts 2, 7 and 14 days. Gaps' mean 23/3, population SD
      // √(218/9) (see stats.test.ts) → CV = √(218/9) ÷ (23/3). Weeks 1, 2 and 4 of 4 have posts.
      'four posts, longest gap between posts',
      ['2024-01-01T10:00', '2024-01-03T10:00', '2024-01-10T10:00', '2024-01-24T10:00'],
      {
        longestGapDays: 14,
        gapCv: Math.sqrt(218 / 9) / (23 / 3),
        weeks: 4,
        activeWeeks: 3,
        activeWeeksShare: 0.75,
      },
    ],
    [
      // From 1 Jan 00:00 to the first post: 20.5 days; then 1 day; then to 29 Jan 00:00: 6.5 days.
      'longest gap from the start of the window',
      ['2024-01-21T12:00', '2024-01-22T12:00'],
      { longestGapDays: 20.5, gapCv: null, weeks: 4, activeWeeks: 2, activeWeeksShare: 0.5 },
    ],
    [
      'longest gap up to the end of the window (to is exclusive)',
      ['2024-01-01T06:00'],
      { longestGapDays: 28 - 0.25, gapCv: null, weeks: 4, activeWeeks: 1, activeWeeksShare: 0.25 },
    ],
    [
      'no posts: the whole window is the gap',
      [],
      { longestGapDays: 28, gapCv: null, weeks: 4, activeWeeks: 0, activeWeeksShare: 0 },
    ],
    [
      // Gaps 1, 1, 1 days: SD 0 → CV 0.
      'evenly spaced posts',
      ['2024-01-01T00:00', '2024-01-02T00:00', '2024-01-03T00:00', '2024-01-04T00:00'],
      { longestGapDays: 25, gapCv: 0, weeks: 4, activeWeeks: 1, activeWeeksShare: 0.25 },
    ],
    [
      // Three posts at one instant: gaps 0 and 0, the CV has no meaning.
      'three posts at one instant',
      ['2024-01-08T09:00', '2024-01-08T09:00', '2024-01-08T09:00'],
      { longestGapDays: 20.625, gapCv: null, weeks: 4, activeWeeks: 1, activeWeeksShare: 0.25 },
    ],
  ] as const)('%s', (_label, posts, expected) => {
    const c = consistencyOf(
      posts.map((p) => at(p, JKT)),
      JAN,
      JKT,
    );
    expect(c.longestGapDays).toBeCloseTo(expected.longestGapDays, 10);
    if (expected.gapCv === null) expect(c.gapCv).toBeNull();
    else expect(c.gapCv).toBeCloseTo(expected.gapCv, 10);
    expect({ weeks: c.weeks, activeWeeks: c.activeWeeks, share: c.activeWeeksShare }).toEqual({
      weeks: expected.weeks,
      activeWeeks: expected.activeWeeks,
      share: expected.activeWeeksShare,
    });
  });

  it.each([
    ['to exactly at Monday midnight: that week is not touched', '2024-01-29', 4],
    ['to one minute later: the fifth week is touched', '2024-01-29T00:01', 5],
    ['from on a Sunday: its week counts', '2024-01-07', 4],
  ] as const)('ISO weeks touching the window: %s', (_label, bound, weeks) => {
    const w = bound === '2024-01-07' ? win(bound, '2024-01-29', JKT) : win('2024-01-01', bound, JKT);
    expect(consistencyOf([], w, JKT).weeks).toBe(weeks);
  });

  it('weeks are read in the account zone: Monday 00:30 Berlin (Sunday in UTC) is in the second week', () => {
    const w = win('2024-03-25', '2024-04-08', BER);
    const c = consistencyOf([Date.parse('2024-03-31T22:30:00Z')], w, BER);
    expect([c.weeks, c.activeWeeks, c.activeWeeksShare]).toEqual([2, 1, 0.5]);
    // 2024-03-31T22:30Z is 01-04 00:30 local; the window starts 2024-03-24T23:00Z: 7 days minus the lost hour
    // plus half an hour, then to 2024-04-07T22:00Z: 6 days 23.5 hours.
    expect(c.longestGapDays).toBeCloseTo(7 - 1 / 24 + 0.5 / 24, 10);
  });

  it('Jakarta Monday 01:00 (Sunday in UTC) is a new week', () => {
    const c = consistencyOf(
      [Date.parse('2024-01-07T16:30:00Z'), Date.parse('2024-01-07T18:00:00Z')],
      JAN,
      JKT,
    );
    expect(c.activeWeeks).toBe(2);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rateFlags, type TimedTally } from './quality.ts';

const T0 = Date.parse('2024-05-12T07:00:00+07:00');
/** Taps of one volunteer at the given seconds after 07:00. */
const taps = (volunteer: string, seconds: readonly number[]): TimedTally[] =>
  seconds.map((s) => ({ volunteer, at: T0 + s * 1000 }));
const every = (step: number, count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => from + i * step);

describe('implausible rates: 10 consecutive taps of one volunteer spanning less than 18 seconds', () => {
  it.each<[string, number[], Array<[number, number, number, number | null]>]>([
    ['10 taps 2 s apart: 18 s, a mean of exactly 2 s, not flagged', every(2, 10), []],
    ['10 taps 1.9 s apart: 17.1 s, flagged', every(1.9, 10), [[0, 17.1, 10, 600 / 19]]],
    ['9 taps 1 s apart: not sustained', every(1, 9), []],
    ['30 taps 1 s apart: one episode of 30', every(1, 30), [[0, 29, 30, 60]]],
    [
      'two bursts with a pause between: two episodes',
      [...every(1, 10), ...every(1, 10, 300)],
      [
        [0, 9, 10, 60],
        [300, 309, 10, 60],
      ],
    ],
    ['a steady 3 s pace all morning', every(3, 200), []],
    ['10 taps in one instant (a replayed outbox)', Array(10).fill(5), [[5, 5, 10, null]]],
    // 0–8 at 1 s, then 20: the run 0…20 spans 20 s, so no 10 taps fit in 18 s.
    ['nine quick taps and a late tenth', [...every(1, 9), 20], []],
  ])('%s', (_label, seconds, expected) => {
    // Unsorted input: taps arrive from the outbox in any order.
    const flags = rateFlags(taps('v1', [...seconds].reverse()));
    expect(flags.map((f) => [(f.from - T0) / 1000, (f.to - T0) / 1000, f.tallies, f.rate])).toEqual(
      expected.map(([from, to, n, rate]) => [
        from,
        expect.closeTo(to, 9),
        n,
        rate === null ? null : expect.closeTo(rate, 9),
      ]),
    );
  });

  it('volunteers are judged apart: two at a normal pace together are not one fast tapper', () => {
    const tallies = [...taps('ani', every(3, 20)), ...taps('budi', every(3, 20, 1.5))];
    expect(rateFlags(tallies)).toEqual([]);
  });

  it('flags are ordered by start, then volunteer; the rule can be changed', () => {
    const tallies = [
      ...taps('budi', every(1, 10)),
      ...taps('ani', every(1, 10)),
      ...taps('cici', every(1, 10, -5)),
    ];
    expect(rateFlags(tallies).map((f) => f.volunteer)).toEqual(['cici', 'ani', 'budi']);
    expect(rateFlags(taps('ani', every(4, 5)), { minTallies: 5, minIntervalMs: 5000 })).toHaveLength(1);
  });

  it('episodes never overlap, hold at least 10 taps, and are too fast on average (randomised)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600_000 }), { maxLength: 120 }), (times) => {
        const flags = rateFlags(times.map((at) => ({ volunteer: 'v', at })));
        flags.forEach((f, i) => {
          expect(f.tallies).toBeGreaterThanOrEqual(10);
          expect(f.to - f.from).toBeLessThan((f.tallies - 1) * 2000 + 1);
          if (i > 0) expect(f.from).toBeGreaterThanOrEqual((flags[i - 1] as { to: number }).to);
        });
        // Every window of 10 sorted taps spanning under 18 s lies within an episode.
        const sorted = [...times].sort((a, b) => a - b);
        for (let j = 0; j + 9 < sorted.length; j++) {
          const a = sorted[j] as number;
          const b = sorted[j + 9] as number;
          if (b - a < 18_000) expect(flags.some((f) => f.from <= a && b <= f.to)).toBe(true);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CountedTally,
  type CountRow,
  fromCounts,
  SummaryAccumulator,
  type SummarySession,
  summarise,
} from './summary.ts';

const session: SummarySession = {
  variants: ['poster-a', 'poster-b', 'poster-c'],
  outcomes: ['cares', 'indifferent', 'angry'],
  teams: ['t1', 't2'],
  timeZone: 'Asia/Jakarta',
};

const t = (variant: string, outcome: string, time: string, team: string | null = 't1'): CountedTally => ({
  variant,
  outcome,
  team,
  at: Date.parse(`2024-05-12T${time}+07:00`),
});

const zero = { cares: 0, indifferent: 0, angry: 0 };

describe('summary, hand-counted', () => {
  it('no tallies: every variant, team and outcome with 0, no hours', () => {
    expect(summarise([], session)).toEqual({
      total: 0,
      by_outcome: zero,
      by_variant: [
        { variant: 'poster-a', total: 0, by_outcome: zero },
        { variant: 'poster-b', total: 0, by_outcome: zero },
        { variant: 'poster-c', total: 0, by_outcome: zero },
      ],
      by_team: [
        { team: 't1', total: 0, by_outcome: zero },
        { team: 't2', total: 0, by_outcome: zero },
      ],
      by_hour: [],
    });
  });

  it('a morning: session order, empty hours between kept, tallies without a team last', () => {
    const s = summarise(
      [
        t('poster-b', 'cares', '06:10:00'),
        t('poster-a', 'angry', '06:59:59.999', 't2'),
        t('poster-a', 'cares', '07:00:00', null),
        t('poster-b', 'cares', '09:15:00', 't2'),
        t('poster-b', 'indifferent', '09:59:00'),
      ],
      session,
    );
    expect(s).toEqual({
      total: 5,
      by_outcome: { cares: 3, indifferent: 1, angry: 1 },
      by_variant: [
        { variant: 'poster-a', total: 2, by_outcome: { cares: 1, indifferent: 0, angry: 1 } },
        { variant: 'poster-b', total: 3, by_outcome: { cares: 2, indifferent: 1, angry: 0 } },
        { variant: 'poster-c', total: 0, by_outcome: zero },
      ],
      by_team: [
        { team: 't1', total: 2, by_outcome: { cares: 1, indifferent: 1, angry: 0 } },
        { team: 't2', total: 2, by_outcome: { cares: 1, indifferent: 0, angry: 1 } },
        { team: null, total: 1, by_outcome: { cares: 1, indifferent: 0, angry: 0 } },
      ],
      by_hour: [
        { hour: '2024-05-12T06:00:00+07:00', total: 2, by_outcome: { cares: 1, indifferent: 0, angry: 1 } },
        { hour: '2024-05-12T07:00:00+07:00', total: 1, by_outcome: { cares: 1, indifferent: 0, angry: 0 } },
        { hour: '2024-05-12T08:00:00+07:00', total: 0, by_outcome: zero },
        { hour: '2024-05-12T09:00:00+07:00', total: 2, by_outcome: { cares: 1, indifferent: 1, angry: 0 } },
      ],
    });
  });

  it('ids no longer in the session are kept after the known ones, sorted, so breakdowns add up', () => {
    const s = summarise(
      [
        t('zeta', 'joined', '06:00:00', 'old-team'),
        t('alpha', 'cares', '06:00:00'),
        t('poster-a', 'cares', '06:00:00'),
      ],
      session,
    );
    expect(s.by_outcome).toEqual({ cares: 2, indifferent: 0, angry: 0, joined: 1 });
    expect(Object.keys(s.by_outcome)).toEqual(['cares', 'indifferent', 'angry', 'joined']);
    expect(s.by_variant.map((v) => [v.variant, v.total])).toEqual([
      ['poster-a', 1],
      ['poster-b', 0],
      ['poster-c', 0],
      ['alpha', 1],
      ['zeta', 1],
    ]);
    expect(s.by_team.map((v) => [v.team, v.total])).toEqual([
      ['t1', 2],
      ['t2', 0],
      ['old-team', 1],
    ]);
  });

  it('the accumulator keeps up one tally at a time, and an undo takes one back', () => {
    const acc = new SummaryAccumulator(session);
    const a = t('poster-a', 'cares', '06:10:00');
    const odd = t('poster-x', 'joined', '08:10:00', null);
    acc.add(a).add(odd);
    expect(acc.summary().total).toBe(2);
    acc.remove(odd);
    // The undone tally leaves no trace: no extra outcome, variant, team row or hour.
    expect(acc.summary()).toEqual(summarise([a], session));
  });
});

describe('three ways to the same summary (randomised)', () => {
  const START = Date.parse('2024-05-11T20:00:00Z');
  const tallyArb = fc.record({
    variant: fc.constantFrom('poster-a', 'poster-b', 'poster-c', 'gone'),
    outcome: fc.constantFrom('cares', 'indifferent', 'angry', 'joined'),
    team: fc.constantFrom<string | null>('t1', 't2', null, 'other'),
    at: fc.integer({ min: START, max: START + 12 * 3_600_000 }),
  });
  const zoneArb = fc.constantFrom('Asia/Jakarta', 'Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Berlin', 'UTC');

  it('fromCounts of the grouped rows equals summarise; totals add up in every breakdown', () => {
    fc.assert(
      fc.property(fc.array(tallyArb, { maxLength: 80 }), zoneArb, (tallies, timeZone) => {
        const s = { ...session, timeZone };
        // What `GROUP BY variant, team, 15-minute slot, outcome` returns, in an arbitrary order.
        const groups = new Map<string, CountRow>();
        for (const x of tallies) {
          const slot = Math.floor(x.at / 900_000) * 900_000;
          const key = JSON.stringify([x.variant, x.team, slot, x.outcome]);
          const row = groups.get(key) ?? {
            variant: x.variant,
            team: x.team,
            hour: slot,
            outcome: x.outcome,
            n: 0,
          };
          row.n++;
          groups.set(key, row);
        }
        const expected = summarise(tallies, s);
        expect(fromCounts([...groups.values()].reverse(), s)).toEqual(expected);

        expect(expected.total).toBe(tallies.length);
        const sum = (rows: Array<{ total: number }>) => rows.reduce((a, r) => a + r.total, 0);
        expect(sum(expected.by_variant)).toBe(expected.total);
        expect(sum(expected.by_team)).toBe(expected.total);
        expect(sum(expected.by_hour)).toBe(expected.total);
        expect(Object.values(expected.by_outcome).reduce((a, b) => a + b, 0)).toBe(expected.total);
        const hours = expected.by_hour.map((h) => Date.parse(h.hour));
        expect(hours).toEqual([...hours].sort((a, b) => a - b));
      }),
    );
  });
});

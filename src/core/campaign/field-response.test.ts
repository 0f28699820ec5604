import { describe, expect, it } from 'vitest';
import { DEFAULT_OUTCOMES, type Outcome } from '../field/outcomes.ts';
import { fieldResponse, type LinkedSession, type ResponseCount } from './field-response.ts';

const JOINED: Outcome = {
  id: 'joined',
  label: { id: 'Ikut', en: 'Joined' },
  colour: '--c-info',
  extra: true,
};

const session = (
  id: string,
  variants: string[],
  outcomes: readonly Outcome[] = DEFAULT_OUTCOMES,
): LinkedSession => ({
  id,
  name: `Sesi ${id}`,
  place: 'Bundaran HI',
  startsAt: '2026-03-08T06:00:00+07:00',
  endsAt: '2026-03-08T09:00:00+07:00',
  timeZone: 'Asia/Jakarta',
  outcomes,
  variants: variants.map((v) => ({ id: v, name: `Poster ${v}`, assetId: null })),
});

/** `counts('s1', 'a', { cares: 3 })` → the grouped rows of one variant. */
const counts = (sessionId: string, variant: string, byOutcome: Record<string, number>): ResponseCount[] =>
  Object.entries(byOutcome).map(([outcome, n]) => ({ sessionId, variant, outcome, n }));

interface Case {
  name: string;
  sessions: LinkedSession[];
  rows: ResponseCount[];
  /** Per session: per variant, [total, ...counts in the session's outcome order]. */
  variants: Array<Array<[string, number, ...number[]]>>;
  outcomes: string[];
  total: number;
  byOutcome: number[];
  /** Per session: the verdict's code, or null when there is nothing to compare. */
  verdicts: Array<string | null>;
}

const cases: Case[] = [
  {
    name: 'no session tested the campaign',
    sessions: [],
    rows: [],
    variants: [],
    outcomes: ['cares', 'indifferent', 'angry'],
    total: 0,
    byOutcome: [0, 0, 0],
    verdicts: [],
  },
  {
    name: 'two variants, one clearly ahead on cares',
    sessions: [session('s1', ['a', 'b'])],
    rows: [
      ...counts('s1', 'a', { cares: 60, indifferent: 15, angry: 5 }),
      ...counts('s1', 'b', { cares: 20, indifferent: 45, angry: 15 }),
    ],
    variants: [
      [
        ['a', 80, 60, 15, 5],
        ['b', 80, 20, 45, 15],
      ],
    ],
    outcomes: ['cares', 'indifferent', 'angry'],
    total: 160,
    byOutcome: [80, 60, 20],
    verdicts: ['clear_leader'],
  },
  {
    name: 'another team’s variant and another session in the counts are left out',
    sessions: [session('s1', ['a', 'b'])],
    rows: [
      ...counts('s1', 'a', { cares: 5 }),
      ...counts('s1', 'b', { angry: 2 }),
      ...counts('s1', 'other-team', { cares: 100 }),
      ...counts('s9', 'a', { cares: 100 }),
    ],
    variants: [
      [
        ['a', 5, 5, 0, 0],
        ['b', 2, 0, 0, 2],
      ],
    ],
    outcomes: ['cares', 'indifferent', 'angry'],
    total: 7,
    byOutcome: [5, 0, 2],
    verdicts: ['too_few'],
  },
  {
    name: 'one variant of the campaign in the session: nothing to compare it with',
    sessions: [session('s1', ['a'])],
    rows: counts('s1', 'a', { cares: 30, indifferent: 10 }),
    variants: [[['a', 40, 30, 10, 0]]],
    outcomes: ['cares', 'indifferent', 'angry'],
    total: 40,
    byOutcome: [30, 10, 0],
    verdicts: [null],
  },
  {
    name: 'a variant without tallies is listed with empty shares and takes no part',
    sessions: [session('s1', ['a', 'b'])],
    rows: counts('s1', 'a', { cares: 30, indifferent: 10 }),
    variants: [
      [
        ['a', 40, 30, 10, 0],
        ['b', 0, 0, 0, 0],
      ],
    ],
    outcomes: ['cares', 'indifferent', 'angry'],
    total: 40,
    byOutcome: [30, 10, 0],
    verdicts: ['no_comparison'],
  },
  {
    name: 'two sessions, one with an extra and an outcome it no longer lists',
    sessions: [session('s1', ['a', 'b']), session('s2', ['c'], [...DEFAULT_OUTCOMES, JOINED])],
    rows: [
      ...counts('s1', 'a', { cares: 25, indifferent: 25 }),
      ...counts('s1', 'b', { cares: 24, indifferent: 26, shared: 3 }),
      ...counts('s2', 'c', { cares: 4, joined: 6 }),
    ],
    variants: [
      [
        ['a', 50, 25, 25, 0, 0],
        ['b', 53, 24, 26, 0, 3],
      ],
      [['c', 10, 4, 0, 0, 6]],
    ],
    outcomes: ['cares', 'indifferent', 'angry', 'shared', 'joined'],
    total: 113,
    byOutcome: [53, 51, 0, 3, 6],
    verdicts: ['too_close', null],
  },
];

describe('fieldResponse', () => {
  it.each(cases)('$name', (c) => {
    const result = fieldResponse(c.sessions, c.rows, { draws: 4000 });
    expect(result.outcomes.map((o) => o.id)).toEqual(c.outcomes);
    expect(result.total).toBe(c.total);
    expect(result.byOutcome.map((o) => o.count)).toEqual(c.byOutcome);
    expect(
      result.sessions.map((s) => s.variants.map((v) => [v.id, v.total, ...v.outcomes.map((o) => o.count)])),
    ).toEqual(c.variants);
    expect(result.sessions.map((s) => s.comparison?.verdict.code ?? null)).toEqual(c.verdicts);
    // Every row and the whole add up, and shares are of the row's own total.
    for (const s of result.sessions) {
      expect(s.total).toBe(s.variants.reduce((sum, v) => sum + v.total, 0));
      for (const v of s.variants) {
        expect(v.outcomes.reduce((sum, o) => sum + o.count, 0)).toBe(v.total);
        for (const o of v.outcomes) expect(o.share).toBe(v.total > 0 ? o.count / v.total : null);
      }
    }
    expect(result.sessions.reduce((sum, s) => sum + s.total, 0)).toBe(result.total);
  });

  it('names the leader by its variant id, and keeps the session’s details', () => {
    const [s] = fieldResponse(
      [session('s1', ['a', 'b'])],
      [...counts('s1', 'a', { cares: 10, angry: 30 }), ...counts('s1', 'b', { cares: 35, angry: 5 })],
    ).sessions;
    expect(s?.comparison?.verdict.params).toMatchObject({ leader: 'b', runner_up: 'a', outcome: 'cares' });
    expect(s).toMatchObject({ id: 's1', name: 'Sesi s1', place: 'Bundaran HI', timeZone: 'Asia/Jakarta' });
    expect(s?.variants[1]?.name).toBe('Poster b');
    expect(s?.variants[1]?.outcomes[0]).toEqual({ outcome: 'cares', count: 35, share: 35 / 40 });
  });

  it('labels an outcome the session no longer lists by its id', () => {
    const result = fieldResponse([session('s1', ['a'])], counts('s1', 'a', { shared: 2 }));
    expect(result.outcomes.at(-1)).toEqual({
      id: 'shared',
      label: { id: 'shared', en: 'shared' },
      colour: '--c-info',
      extra: true,
    });
  });
});

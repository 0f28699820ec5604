import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { type BatchSession, checkBatch, MAX_BATCH, type RejectReason, type TallyInput } from './tally.ts';

const START = Date.parse('2024-05-12T06:00:00+07:00');
const END = Date.parse('2024-05-12T10:00:00+07:00');
const NOW = Date.parse('2024-05-12T08:00:00+07:00');
const session: BatchSession = {
  variants: ['poster-a', 'poster-b'],
  outcomes: ['cares', 'indifferent', 'angry', 'joined'],
  teams: ['team-1', 'team-2'],
  startsAt: START,
  endsAt: END,
  now: NOW,
};

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tally = (
  n: number,
  extra: Partial<Record<keyof TallyInput, unknown>> & Record<string, unknown> = {},
) => ({
  id: uuid(n),
  variant: 'poster-a',
  outcome: 'cares',
  at: '2024-05-12T07:30:00+07:00',
  ...extra,
});

const reasonOf = (item: unknown, s: BatchSession = session) => {
  const { valid, rejected } = checkBatch({ tallies: [item] }, s);
  return valid.length === 1 ? 'ok' : rejected[0]?.reason;
};

describe('one tally: the first reason that applies', () => {
  it.each<[string, unknown, RejectReason | 'ok']>([
    ['minimal', tally(1), 'ok'],
    [
      'all details',
      tally(1, { team: 'team-1', age_band: '18-24', gender: 'unsaid', group: 'worker', quote: 'Setuju!' }),
      'ok',
    ],
    [
      'details as null',
      tally(1, { team: null, age_band: null, gender: null, group: null, quote: null }),
      'ok',
    ],
    ['details as empty strings', tally(1, { team: '', age_band: '', gender: '', group: '' }), 'ok'],
    ['UTC instant', tally(1, { at: '2024-05-12T00:30:00Z' }), 'ok'],
    ['fractional seconds', tally(1, { at: '2024-05-12T07:30:00.123+07:00' }), 'ok'],
    ['unknown keys are dropped, not refused', tally(1, { photo: 'x', v: 2 }), 'ok'],
    ['upper-case UUID', tally(1, { id: uuid(1).toUpperCase() }), 'ok'],
    ['not an object', 'cares', 'invalid'],
    ['no id', { ...tally(1), id: undefined }, 'invalid'],
    ['id not a UUID', tally(1, { id: 'abc' }), 'invalid'],
    ['time without offset', tally(1, { at: '2024-05-12T07:30:00' }), 'invalid'],
    ['impossible date', tally(1, { at: '2024-02-30T07:30:00+07:00' }), 'invalid'],
    ['unknown age band', tally(1, { age_band: '30-39' }), 'invalid'],
    ['unknown gender', tally(1, { gender: 'f' }), 'invalid'],
    ['unknown group', tally(1, { group: 'farmer' }), 'invalid'],
    ['quote of 281 characters', tally(1, { quote: 'x'.repeat(281) }), 'invalid'],
    ['quote of 280 characters after trimming', tally(1, { quote: ` ${'x'.repeat(280)} ` }), 'ok'],
    ['numeric outcome', tally(1, { outcome: 1 }), 'invalid'],
    ['unknown variant', tally(1, { variant: 'poster-z' }), 'unknown_variant'],
    ['unknown outcome', tally(1, { outcome: 'ikut' }), 'unknown_outcome'],
    ['variant checked before outcome', tally(1, { variant: 'x', outcome: 'y' }), 'unknown_variant'],
    ['unknown team', tally(1, { team: 'team-9' }), 'unknown_team'],
    // Window 06:00–10:00 with 30 minutes either side; now 08:00 with 5 minutes of skew.
    ['30 minutes before the start', tally(1, { at: '2024-05-12T05:30:00+07:00' }), 'ok'],
    ['1 ms earlier', tally(1, { at: '2024-05-12T05:29:59.999+07:00' }), 'bad_time'],
    ['5 minutes in the future', tally(1, { at: '2024-05-12T08:05:00+07:00' }), 'ok'],
    ['1 ms beyond the skew', tally(1, { at: '2024-05-12T08:05:00.001+07:00' }), 'bad_time'],
    ['a day off (wrong date on the phone)', tally(1, { at: '2024-05-11T07:30:00+07:00' }), 'bad_time'],
  ])('%s → %s', (_label, item, expected) => {
    expect(reasonOf(item)).toBe(expected);
  });

  it('late in the day: the end of the window, widened, is exclusive', () => {
    const late = { ...session, now: Date.parse('2024-05-12T12:00:00+07:00') };
    expect(reasonOf(tally(1, { at: '2024-05-12T10:29:59.999+07:00' }), late)).toBe('ok');
    expect(reasonOf(tally(1, { at: '2024-05-12T10:30:00+07:00' }), late)).toBe('bad_time');
    expect(
      reasonOf(tally(1, { at: '2024-05-12T10:30:00+07:00' }), {
        ...late,
        tolerance: { afterEndMs: 3_600_000 },
      }),
    ).toBe('ok');
  });
});

describe('a batch', () => {
  it('keeps the valid tallies in order, normalised, and rejects the others by id', () => {
    const result = checkBatch(
      {
        tallies: [
          tally(1, { team: 'team-2', quote: '  Upah layak!  ', age_band: '55+' }),
          tally(2, { variant: 'nope' }),
          tally(3, { id: 'not-a-uuid' }),
          { id: 42 },
          tally(1, { outcome: 'angry' }),
          tally(4, { id: uuid(4).toUpperCase(), outcome: 'joined', quote: '   ' }),
          tally(4, { outcome: 'angry' }),
        ],
      },
      session,
    );
    expect(result.valid).toEqual([
      {
        id: uuid(1),
        variant: 'poster-a',
        outcome: 'cares',
        at: Date.parse('2024-05-12T00:30:00Z'),
        team: 'team-2',
        ageBand: '55+',
        gender: null,
        group: null,
        quote: 'Upah layak!',
      },
      {
        id: uuid(4),
        variant: 'poster-a',
        outcome: 'joined',
        at: Date.parse('2024-05-12T00:30:00Z'),
        team: null,
        ageBand: null,
        gender: null,
        group: null,
        quote: null,
      },
    ]);
    expect(result.rejected).toEqual([
      { id: uuid(2), reason: 'unknown_variant' },
      { id: 'not-a-uuid', reason: 'invalid' },
      { id: null, reason: 'invalid' },
      { id: uuid(1), reason: 'duplicate_in_batch' },
      // Upper and lower case are one UUID.
      { id: uuid(4), reason: 'duplicate_in_batch' },
    ]);
  });

  it('a repeat of a rejected tally is still a repeat; a non-UUID id is echoed, cut to 100 characters', () => {
    const long = 'x'.repeat(150);
    const result = checkBatch(
      { tallies: [tally(1, { variant: 'nope' }), tally(1), tally(2, { id: long })] },
      session,
    );
    expect(result.valid).toEqual([]);
    expect(result.rejected).toEqual([
      { id: uuid(1), reason: 'unknown_variant' },
      { id: uuid(1), reason: 'duplicate_in_batch' },
      { id: 'x'.repeat(100), reason: 'invalid' },
    ]);
  });

  it('an empty batch is fine', () => {
    expect(checkBatch({ tallies: [] }, session)).toEqual({ valid: [], rejected: [] });
  });

  it.each([
    [
      'more than 500 tallies',
      { tallies: Array.from({ length: MAX_BATCH + 1 }, (_, i) => tally(i)) },
      [{ field: 'tallies', rule: 'too_many', params: { max: 500 } }],
    ],
    ['no tallies key', { items: [] }, [{ field: 'tallies', rule: 'required' }]],
    ['tallies not a list', { tallies: 'x' }, [{ field: 'tallies', rule: 'type' }]],
    ['not an object', null, [{ field: 'body', rule: 'required' }]],
  ])('refuses the whole request: %s', (_label, body, fields) => {
    let error: unknown;
    try {
      checkBatch(body, session);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation');
    expect((error as AppError).fields).toEqual(fields);
  });

  it('exactly 500 is accepted', () => {
    const tallies = Array.from({ length: MAX_BATCH }, (_, i) => tally(i));
    expect(checkBatch({ tallies }, session).valid).toHaveLength(MAX_BATCH);
  });

  it('every tally sent is either valid or rejected, once, and valid ids are unique (randomised)', () => {
    const item = fc.oneof(
      fc.record({
        id: fc.oneof(fc.integer({ min: 0, max: 20 }).map(uuid), fc.string({ maxLength: 5 })),
        variant: fc.constantFrom('poster-a', 'poster-b', 'poster-c'),
        outcome: fc.constantFrom('cares', 'angry', 'meh'),
        at: fc
          .integer({ min: START - 7_200_000, max: END + 7_200_000 })
          .map((ms) => new Date(ms).toISOString()),
        team: fc.option(fc.constantFrom('team-1', 'team-3'), { nil: undefined }),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (tallies) => {
        const { valid, rejected } = checkBatch({ tallies }, session);
        expect(valid.length + rejected.length).toBe(tallies.length);
        expect(new Set(valid.map((t) => t.id)).size).toBe(valid.length);
        for (const t of valid) {
          expect(session.variants).toContain(t.variant);
          expect(t.at).toBeGreaterThanOrEqual(START - 1_800_000);
          expect(t.at).toBeLessThanOrEqual(NOW + 300_000);
        }
      }),
    );
  });
});

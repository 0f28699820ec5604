import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { localDateOf, localDateTimeOf } from './local-time.ts';
import { iso } from './test-posts.test-data.ts';
import { inWindow, parseWindowBound, resolveWindow, windowDays } from './window.ts';

const JKT = 'Asia/Jakarta';
const BER = 'Europe/Berlin';

describe('parseWindowBound', () => {
  it.each([
    ['bare date = local midnight, Jakarta (UTC+7, no DST)', '2024-03-01', JKT, '2024-02-29T17:00:00.000Z'],
    ['bare date, leap day', '2024-02-29', JKT, '2024-02-28T17:00:00.000Z'],
    ['bare date, Berlin winter (UTC+1)', '2024-03-31', BER, '2024-03-30T23:00:00.000Z'],
    ['bare date, Berlin summer (UTC+2)', '2024-04-01', BER, '2024-03-31T22:00:00.000Z'],
    [
      'bare date on the autumn change day: still summer time at midnight',
      '2024-10-27',
      BER,
      '2024-10-26T22:00:00.000Z',
    ],
    ['bare date after the autumn change', '2024-10-28', BER, '2024-10-27T23:00:00.000Z'],
    ['local date-time without offset', '2024-03-01T08:30', JKT, '2024-03-01T01:30:00.000Z'],
    ['seconds and fraction', '2024-03-01T08:30:15.25', JKT, '2024-03-01T01:30:15.250Z'],
    [
      'fraction beyond milliseconds is cut off',
      '2024-03-01T08:30:15.123999',
      JKT,
      '2024-03-01T01:30:15.123Z',
    ],
    ['space instead of T', '2024-03-01 08:30', JKT, '2024-03-01T01:30:00.000Z'],
    ['surrounding blanks', ' 2024-03-01 ', JKT, '2024-02-29T17:00:00.000Z'],
    ['Z ignores the zone', '2024-03-01T08:30Z', BER, '2024-03-01T08:30:00.000Z'],
    ['offset +07:00 ignores the zone', '2024-03-01T08:30+07:00', BER, '2024-03-01T01:30:00.000Z'],
    ['offset +0700', '2024-03-01T08:30:00+0700', BER, '2024-03-01T01:30:00.000Z'],
    ['offset -03', '2024-03-01T08:30-03', JKT, '2024-03-01T11:30:00.000Z'],
    [
      'skipped hour moves forward: 02:30 → 03:30 summer time',
      '2024-03-31T02:30',
      BER,
      '2024-03-31T01:30:00.000Z',
    ],
    [
      'repeated hour takes the earlier instant (summer time)',
      '2024-10-27T02:30',
      BER,
      '2024-10-27T00:30:00.000Z',
    ],
  ] as const)('%s', (_label, text, zone, expected) => {
    expect(iso(parseWindowBound(text, zone))).toBe(expected);
  });

  it.each([
    ['impossible date', '2024-02-30'],
    ['month 13', '2024-13-01'],
    ['hour 24', '2024-03-01T24:00'],
    ['minute 60', '2024-03-01T10:60'],
    ['offset hour 24', '2024-03-01T10:00+24:00'],
    ['unpadded', '2024-3-1'],
    ['hour without minutes', '2024-03-01T08'],
    ['offset on a bare date', '2024-03-01Z'],
    ['words', 'yesterday'],
    ['empty', ''],
  ])('%s is a validation problem on the field', (_label, text) => {
    const error = (() => {
      try {
        parseWindowBound(text, JKT, 'window.from');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'validation', fields: [{ field: 'window.from', rule: 'invalid' }] });
  });

  it('an unknown time zone is a validation problem on timeZone', () => {
    expect(() => parseWindowBound('2024-03-01', 'Mars/Olympus')).toThrow(
      expect.objectContaining({ code: 'validation', fields: [{ field: 'timeZone', rule: 'time_zone' }] }),
    );
  });
});

describe('resolveWindow', () => {
  const first = Date.parse('2024-01-02T03:00:00Z');
  const last = Date.parse('2024-01-20T12:00:00Z');
  const times = [last, first, Date.parse('2024-01-10T00:00:00Z')];

  it.each([
    [
      'both given',
      { from: '2024-01-01', to: '2024-02-01' },
      '2023-12-31T17:00:00.000Z',
      '2024-01-31T17:00:00.000Z',
    ],
    [
      'none given: first post to last post + 1 ms',
      undefined,
      '2024-01-02T03:00:00.000Z',
      '2024-01-20T12:00:00.001Z',
    ],
    ['only from', { from: '2024-01-01' }, '2023-12-31T17:00:00.000Z', '2024-01-20T12:00:00.001Z'],
    ['only to', { to: '2024-02-01' }, '2024-01-02T03:00:00.000Z', '2024-01-31T17:00:00.000Z'],
    [
      'null counts as not given',
      { from: null, to: null },
      '2024-01-02T03:00:00.000Z',
      '2024-01-20T12:00:00.001Z',
    ],
  ] as const)('%s', (_label, input, from, to) => {
    const w = resolveWindow(input, times, JKT);
    expect([iso(w.from), iso(w.to)]).toEqual([from, to]);
  });

  it('the default window keeps the first and the last post', () => {
    const w = resolveWindow(undefined, times, JKT);
    expect(inWindow(w, first)).toBe(true);
    expect(inWindow(w, last)).toBe(true);
  });

  it('from inclusive, to exclusive', () => {
    const w = { from: 1000, to: 2000 };
    expect([inWindow(w, 999), inWindow(w, 1000), inWindow(w, 1999), inWindow(w, 2000)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('no posts and no bounds: both bounds are required', () => {
    expect(() => resolveWindow({}, [], JKT)).toThrow(
      expect.objectContaining({
        code: 'validation',
        fields: [
          { field: 'window.from', rule: 'required' },
          { field: 'window.to', rule: 'required' },
        ],
      }),
    );
  });

  it.each([
    ['to before from', { from: '2024-02-01', to: '2024-01-01' }],
    ['to equal to from', { from: '2024-02-01', to: '2024-02-01T00:00' }],
  ])('%s is a date_order problem', (_label, input) => {
    expect(() => resolveWindow(input, times, JKT)).toThrow(
      expect.objectContaining({ code: 'validation', fields: [{ field: 'window.to', rule: 'date_order' }] }),
    );
  });

  it.each([
    ['a Jakarta week is 7 days', { from: '2024-01-01', to: '2024-01-08' }, JKT, 7],
    // Elapsed time, not calendar days: the spring-forward week is an hour short.
    [
      'a Berlin week over the spring change is 6 23/24 days',
      { from: '2024-03-25', to: '2024-04-01' },
      BER,
      7 - 1 / 24,
    ],
    [
      'a Berlin week over the autumn change is 7 1/24 days',
      { from: '2024-10-21', to: '2024-10-28' },
      BER,
      7 + 1 / 24,
    ],
  ] as const)('windowDays: %s', (_label, input, zone, days) => {
    expect(windowDays(resolveWindow(input, [], zone))).toBeCloseTo(days, 12);
  });
});

describe('window bounds (randomised)', () => {
  const zones = fc.constantFrom(
    'Asia/Jakarta',
    'Europe/Berlin',
    'America/Santiago',
    'Australia/Lord_Howe',
    'UTC',
  );
  const dates = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('a bare date is the first instant of that local date', () => {
    fc.assert(
      fc.property(dates, zones, (date, zone) => {
        const start = parseWindowBound(date, zone);
        expect(localDateOf(start, zone)).toBe(date);
        expect(localDateOf(start - 1, zone)).not.toBe(date);
      }),
    );
  });

  it('a local date-time that exists reads back as itself', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        zones,
        (date, h, m, zone) => {
          const text = `${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          const t = localDateTimeOf(parseWindowBound(text, zone), zone);
          const skipped =
            localDateOf(parseWindowBound(text, zone), zone) !== date || t.hour !== h || t.minute !== m;
          // Only a reading inside a skipped hour may come back different, and then later on the clock.
          if (skipped) expect(t.hour * 60 + t.minute).toBeGreaterThan(h * 60 + m);
        },
      ),
    );
  });
});

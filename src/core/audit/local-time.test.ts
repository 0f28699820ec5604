import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dayNumberOf,
  intlDateTimeOf,
  isoWeekdayOfDay,
  localDateOf,
  localDateTimeOf,
  localDayNumberOf,
  mondayOf,
  readingAsUtc,
  startOfLocalDate,
} from './local-time.ts';
import { iso } from './test-posts.test-data.ts';

describe('local calendar', () => {
  it.each([
    // 01:00 in Jakarta on Monday 8 January is still Sunday 7 January in UTC.
    ['Jakarta, just after local midnight', '2024-01-07T18:00:00Z', 'Asia/Jakarta', '2024-01-08', 1, 1],
    ['Jakarta, late Sunday', '2024-01-07T16:30:00Z', 'Asia/Jakarta', '2024-01-07', 7, 23],
    ['Berlin summer time, Monday 00:30', '2024-03-31T22:30:00Z', 'Europe/Berlin', '2024-04-01', 1, 0],
    ['Berlin winter time', '2024-01-15T11:00:00Z', 'Europe/Berlin', '2024-01-15', 1, 12],
  ] as const)('%s', (_label, at, zone, date, weekday, hour) => {
    const ms = Date.parse(at);
    expect(localDateOf(ms, zone)).toBe(date);
    expect(isoWeekdayOfDay(localDayNumberOf(ms, zone))).toBe(weekday);
    expect(localDateTimeOf(ms, zone).hour).toBe(hour);
  });

  it.each([
    ['the epoch was a Thursday', '1970-01-01', 4],
    ['a Monday', '2024-01-01', 1],
    ['a Sunday', '2024-03-31', 7],
    ['before the epoch', '1969-12-29', 1],
  ] as const)('ISO weekday: %s', (_label, date, weekday) => {
    expect(isoWeekdayOfDay(dayNumberOf(date) as number)).toBe(weekday);
  });

  it('mondayOf gives the Monday of the ISO week', () => {
    expect(mondayOf(dayNumberOf('2024-03-31') as number)).toBe(dayNumberOf('2024-03-25'));
    expect(mondayOf(dayNumberOf('2024-03-25') as number)).toBe(dayNumberOf('2024-03-25'));
  });

  it.each(['2024-02-30', '2023-02-29', '2024-00-10', '24-01-01', '2024-01-01T00:00'])(
    'dayNumberOf rejects %s',
    (text) => {
      expect(dayNumberOf(text)).toBeNull();
    },
  );

  it('startOfLocalDate: local midnight as an instant', () => {
    expect(iso(startOfLocalDate('2024-03-31', 'Europe/Berlin') as number)).toBe('2024-03-30T23:00:00.000Z');
    // Santiago springs forward at midnight: the day starts at 01:00.
    expect(iso(startOfLocalDate('2024-09-08', 'America/Santiago') as number)).toBe(
      '2024-09-08T04:00:00.000Z',
    );
    expect(startOfLocalDate('2024-02-30', 'Asia/Jakarta')).toBeNull();
  });
});

describe('the offset cache gives what Intl gives', () => {
  const ZONES = [
    'Europe/Berlin',
    'America/Santiago',
    'Asia/Jakarta',
    // Clock changes at half past a UTC hour, by half an hour, and a skipped day (Apia, 30 December 2011).
    'America/St_Johns',
    'Australia/Lord_Howe',
    'Pacific/Apia',
  ];
  const expectSame = (ms: number, zone: string) => {
    const intl = intlDateTimeOf(ms, zone);
    expect(localDateTimeOf(ms, zone)).toEqual(intl);
    expect(localDayNumberOf(ms, zone)).toBe(
      Math.round(readingAsUtc({ ...intl, hour: 0, minute: 0, second: 0, millisecond: 0 }) / DAY_MS),
    );
  };

  it.each([
    ['Europe/Berlin', '2026-03-29T00:00:00Z'],
    ['Europe/Berlin', '2026-10-25T00:00:00Z'],
    ['America/Santiago', '2025-09-06T12:00:00Z'],
    ['America/Santiago', '2026-04-04T12:00:00Z'],
    ['Asia/Jakarta', '2026-03-29T00:00:00Z'],
    ['America/St_Johns', '2026-03-08T00:00:00Z'],
    ['Australia/Lord_Howe', '2025-10-04T00:00:00Z'],
    ['Pacific/Apia', '2011-12-29T00:00:00Z'],
  ] as const)('every few minutes around a change in %s near %s', (zone, at) => {
    const start = Date.parse(at) - DAY_MS;
    for (let ms = start; ms < start + 3 * DAY_MS; ms += 7 * 60_000 + 1_001) expectSame(ms, zone);
  });

  it('at any instant from 1900 to 2100', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        (zone, ms) => expectSame(ms, zone),
      ),
      { numRuns: 5000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  dayNumberOf,
  isoWeekdayOfDay,
  localDateOf,
  localDateTimeOf,
  localDayNumberOf,
  mondayOf,
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

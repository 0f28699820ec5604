import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dateInFileName,
  inferSeriesYears,
  inferYear,
  isoDayOf,
  monthOf,
  parseDayMonth,
  parseLocalDateTime,
  zonedInstant,
} from './dates.ts';

describe('TikTok day-and-month cells', () => {
  it.each([
    ['June 13', 6, 13, null, 'en'],
    ['13 Jun', 6, 13, null, 'en'],
    ['8 Juli', 7, 8, null, 'id'],
    ['1 Agustus', 8, 1, null, 'id'],
    ['17 Agt', 8, 17, null, 'id'],
    ['3 Mei', 5, 3, null, 'id'],
    ['2 Μαρτίου', 3, 2, null, 'el'],
    ['24 Φεβρουαρίου', 2, 24, null, 'el'],
    ['14 Ιανουάριος', 1, 14, null, 'el'],
    ['5 ΜΑΪΟΥ', 5, 5, null, 'el'],
    ['9 Σεπ', 9, 9, null, 'el'],
    ['12 de', null, null, null, null],
    ['Sept 3', 9, 3, null, 'en'],
    ['13. Juni', 6, 13, null, 'id'],
    ['4 février', 2, 4, null, 'fr'],
    ['June 13, 2026', 6, 13, 2026, 'en'],
    ['13 Juni 2026', 6, 13, 2026, 'id'],
    ['2026-06-13', 6, 13, 2026, null],
    ['February 29', 2, 29, null, 'en'],
    ['February 30', null, null, null, null],
    ['June 31', null, null, null, null],
    ['Juneteenth 13', null, null, null, null],
    ['13', null, null, null, null],
    ['', null, null, null, null],
  ])('%j is month %j day %j year %j (%s)', (raw, month, day, year, language) => {
    const parsed = parseDayMonth(raw);
    if (month === null) {
      expect(parsed).toBeNull();
      return;
    }
    expect(parsed?.date).toEqual({ month, day, year });
    if (language !== null) expect(parsed?.languages[0]).toBe(language);
  });

  it('never maps one spelling to two months', () => {
    for (const word of [
      'mar',
      'mai',
      'jun',
      'jul',
      'ago',
      'sep',
      'set',
      'out',
      'dec',
      'des',
      'dez',
      'μαι',
      'ιουν',
      'ιουλ',
    ]) {
      expect(monthOf(word), word).not.toBeNull();
    }
    expect(monthOf('ma')).toBeNull();
    expect(monthOf('ju')).toBeNull();
  });
});

describe('inferring the year', () => {
  it.each([
    [{ month: 12, day: 30 }, '2027-01-05', '2026-12-30'],
    [{ month: 1, day: 3 }, '2027-01-05', '2027-01-03'],
    [{ month: 1, day: 5 }, '2027-01-05', '2027-01-05'],
    [{ month: 1, day: 6 }, '2027-01-05', '2026-01-06'],
    [{ month: 6, day: 30 }, '2026-06-30', '2026-06-30'],
    [{ month: 2, day: 29 }, '2027-03-01', '2024-02-29'],
    [{ month: 2, day: 29 }, '2028-03-01', '2028-02-29'],
    [{ month: 3, day: 1 }, 'not a date', null],
  ])('%j exported %s is %s', (date, reference, expected) => {
    expect(inferYear(date, reference)).toBe(expected);
  });

  it('dates a year-long daily series from its last row backwards', () => {
    // 30 June to 29 June, exported on 30 June: the first row is the year before.
    const days: { month: number; day: number }[] = [];
    for (let t = Date.UTC(2025, 5, 30); t <= Date.UTC(2026, 5, 29); t += 86_400_000) {
      const d = new Date(t);
      days.push({ month: d.getUTCMonth() + 1, day: d.getUTCDate() });
    }
    const years = inferSeriesYears(days, '2026-06-30');
    expect(years[0]).toBe('2025-06-30');
    expect(years.at(-1)).toBe('2026-06-29');
    // Dated row by row, the first row would land on the export day itself.
    expect(inferYear(days[0]!, '2026-06-30')).toBe('2026-06-30');
  });

  it('dates rows one by one when they are no chronological series', () => {
    const rows = [
      { month: 3, day: 1 },
      { month: 1, day: 1 },
      { month: 2, day: 1 },
    ];
    expect(inferSeriesYears(rows, '2026-06-30')).toEqual(['2026-03-01', '2026-01-01', '2026-02-01']);
  });
});

describe('date-times and file names', () => {
  it.each([
    ['03/27/2026 03:26', 'Asia/Jakarta', Date.UTC(2026, 2, 26, 20, 26)],
    ['3/7/2026 3:05', 'Asia/Jakarta', Date.UTC(2026, 2, 6, 20, 5)],
    ['03/29/2026 02:30', 'Europe/Berlin', Date.UTC(2026, 2, 29, 1, 30)],
    ['2026-03-27 03:26', 'Asia/Jakarta', Date.UTC(2026, 2, 26, 20, 26)],
    ['2026-03-27T03:26:00Z', 'Asia/Jakarta', Date.UTC(2026, 2, 27, 3, 26)],
    ['2026-03-27T03:26:00+02:00', 'Asia/Jakarta', Date.UTC(2026, 2, 27, 1, 26)],
    ['13/27/2026 03:26', 'Asia/Jakarta', null],
    ['02/30/2026 03:26', 'Asia/Jakarta', null],
    ['03/27/2026 24:00', 'Asia/Jakarta', null],
    ['Lifetime', 'Asia/Jakarta', null],
    ['03/27/2026 03:26', 'Not/AZone', null],
  ])('%j in %s is %j', (raw, zone, expected) => {
    expect(parseLocalDateTime(raw, zone)).toBe(expected);
  });

  it.each([
    ['2026-03-01T00:00:00', '2026-03-01'],
    ['2026-03-01', '2026-03-01'],
    ['2026-02-30T00:00:00', null],
    ['March 1', null],
  ])('the day of %j is %j', (raw, expected) => {
    expect(isoDayOf(raw)).toBe(expected);
  });

  it.each([
    ['acct_Mar-01-2026_Jun-29-2026_1804378027238054.csv', '2026-06-29'],
    ['export-2026-07-01.csv', '2026-07-01'],
    ['export_20260701.xlsx', '2026-07-01'],
    ['Content.csv', null],
    ['video_7650921463263792402.csv', null],
  ])('%s mentions %j', (name, expected) => {
    expect(dateInFileName(name)).toBe(expected);
  });
});

describe('local readings to instants, one offset per uniform day', () => {
  const ZONES = [
    'Europe/Berlin',
    'America/Santiago',
    'Asia/Jakarta',
    // Half-hour clock changes, a skipped day (Apia, 30 December 2011) and a -3:30 offset.
    'Australia/Lord_Howe',
    'Pacific/Apia',
    'America/St_Johns',
  ];
  const direct = (r: readonly number[], zone: string) =>
    new TZDate(r[0]!, r[1]! - 1, r[2]!, r[3]!, r[4]!, r[5]!, 0, zone).getTime();
  const cached = (r: readonly number[], zone: string) =>
    zonedInstant(r[0]!, r[1]!, r[2]!, r[3]!, r[4]!, r[5]!, zone);

  it.each([
    // Spring forward and fall back in Berlin (02:00 → 03:00, 03:00 → 02:00).
    ['Europe/Berlin', [2026, 3, 29]],
    ['Europe/Berlin', [2026, 10, 25]],
    // Santiago changes at midnight: 00:00 is skipped in September and repeated in April.
    ['America/Santiago', [2025, 9, 7]],
    ['America/Santiago', [2026, 4, 5]],
    ['Asia/Jakarta', [2026, 3, 29]],
    ['Australia/Lord_Howe', [2025, 10, 5]],
    ['Australia/Lord_Howe', [2026, 4, 5]],
    ['Pacific/Apia', [2011, 12, 29]],
    ['Pacific/Apia', [2011, 12, 30]],
    ['Pacific/Apia', [2011, 12, 31]],
  ] as const)('matches TZDate at every minute around a change in %s on %j', (zone, [y, m, d]) => {
    for (let offset = -1; offset <= 1; offset++) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const reading = [y, m, d + offset, Math.floor(minute / 60), minute % 60, minute % 13];
        expect(cached(reading, zone)).toBe(direct(reading, zone));
      }
    }
  });

  it('matches TZDate for any reading in any of these zones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.tuple(
          fc.integer({ min: 1900, max: 2040 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
          fc.integer({ min: 0, max: 23 }),
          fc.integer({ min: 0, max: 59 }),
          fc.integer({ min: 0, max: 59 }),
        ),
        (zone, reading) => {
          expect(cached(reading, zone)).toBe(direct(reading, zone));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('reads Meta times through it', () => {
    expect(parseLocalDateTime('03/29/2026 02:30', 'Europe/Berlin')).toBe(
      new TZDate(2026, 2, 29, 2, 30, 0, 0, 'Europe/Berlin').getTime(),
    );
    expect(parseLocalDateTime('07/01/2026 08:00', 'Asia/Jakarta')).toBe(Date.UTC(2026, 6, 1, 1, 0));
  });
});

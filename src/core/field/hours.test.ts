import { describe, expect, it } from 'vitest';
import { hoursBetween, localHourStart, localIso } from './hours.ts';

const at = (iso: string) => Date.parse(iso);

describe('local hours', () => {
  it.each([
    ['Jakarta, mid-hour', '2024-05-12T06:42:10.500+07:00', 'Asia/Jakarta', '2024-05-12T06:00:00+07:00'],
    ['Jakarta, on the hour', '2024-05-12T07:00:00+07:00', 'Asia/Jakarta', '2024-05-12T07:00:00+07:00'],
    [
      'Jakarta, 1 ms before the hour',
      '2024-05-12T06:59:59.999+07:00',
      'Asia/Jakarta',
      '2024-05-12T06:00:00+07:00',
    ],
    ['India: hours start at :30 UTC', '2024-05-12T10:10:00Z', 'Asia/Kolkata', '2024-05-12T15:00:00+05:30'],
    ['Nepal: +05:45', '2024-05-12T10:10:00Z', 'Asia/Kathmandu', '2024-05-12T15:00:00+05:45'],
    ['west of UTC', '2024-05-12T03:10:00Z', 'America/Santiago', '2024-05-11T23:00:00-04:00'],
    ['UTC', '2024-05-12T03:10:00Z', 'UTC', '2024-05-12T03:00:00+00:00'],
  ])('%s', (_label, instant, zone, expected) => {
    expect(localIso(localHourStart(at(instant), zone), zone)).toBe(expected);
  });

  it('an instant with milliseconds is written with them', () => {
    expect(localIso(at('2024-05-12T06:42:10.5+07:00'), 'Asia/Jakarta')).toBe('2024-05-12T06:42:10.500+07:00');
  });

  it('hours between two instants, both ends included', () => {
    const hours = hoursBetween(
      at('2024-05-12T06:59:00+07:00'),
      at('2024-05-12T09:00:00+07:00'),
      'Asia/Jakarta',
    );
    expect(hours.map((h) => localIso(h, 'Asia/Jakarta'))).toEqual([
      '2024-05-12T06:00:00+07:00',
      '2024-05-12T07:00:00+07:00',
      '2024-05-12T08:00:00+07:00',
      '2024-05-12T09:00:00+07:00',
    ]);
  });

  it('across a change of clock (Berlin, spring forward): no skipped hour appears, none is lost', () => {
    const zone = 'Europe/Berlin';
    const hours = hoursBetween(at('2024-03-31T01:30:00+01:00'), at('2024-03-31T03:30:00+02:00'), zone);
    expect(hours.map((h) => localIso(h, zone))).toEqual([
      '2024-03-31T01:00:00+01:00',
      '2024-03-31T03:00:00+02:00',
    ]);
  });

  it('across a change of clock (Berlin, fall back): the hour 02:00 happens twice', () => {
    const zone = 'Europe/Berlin';
    const hours = hoursBetween(at('2024-10-27T01:30:00+02:00'), at('2024-10-27T03:30:00+01:00'), zone);
    expect(hours.map((h) => localIso(h, zone))).toEqual([
      '2024-10-27T01:00:00+02:00',
      '2024-10-27T02:00:00+02:00',
      '2024-10-27T02:00:00+01:00',
      '2024-10-27T03:00:00+01:00',
    ]);
  });
});

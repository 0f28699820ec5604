import { describe, expect, it } from 'vitest';
import { fromLocalInput, toLocalInput } from '#web/app/local-input.ts';
import { groupByDay, timeOf } from './calendar.ts';

const post = (id: string, scheduledAt: string | null) => ({ id, scheduledAt });

describe('groupByDay', () => {
  it('groups by the local day in the programme zone, in time order, unscheduled last', () => {
    const items = [
      post('late', '2026-12-06T16:30:00Z'), // 23:30 in Jakarta, 6 December
      post('none', null),
      post('next', '2026-12-06T17:30:00Z'), // 00:30 in Jakarta, 7 December
      post('early', '2026-12-06T00:00:00Z'), // 07:00 in Jakarta
    ];
    const days = groupByDay(items, 'Asia/Jakarta');
    expect(days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2026-12-06', ['early', 'late']],
      ['2026-12-07', ['next']],
      [null, ['none']],
    ]);
  });

  it('gives nothing for no posts', () => {
    expect(groupByDay([], 'Asia/Jakarta')).toEqual([]);
  });
});

describe('datetime-local values in a zone', () => {
  it('reads a wall time in the zone, not the browser', () => {
    expect(fromLocalInput('2026-12-06T07:00', 'Asia/Jakarta')).toBe('2026-12-06T00:00:00.000Z');
    expect(fromLocalInput('2026-12-06T07:00', 'Europe/Berlin')).toBe('2026-12-06T06:00:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(fromLocalInput('', 'Asia/Jakarta')).toBeNull();
    expect(fromLocalInput('2026-13-01T10:00', 'Asia/Jakarta')).toBeNull();
    expect(fromLocalInput('besok pagi', 'Asia/Jakarta')).toBeNull();
  });

  it('writes an instant back as the same wall time', () => {
    expect(toLocalInput('2026-12-06T00:00:00.000Z', 'Asia/Jakarta')).toBe('2026-12-06T07:00');
    expect(toLocalInput(null, 'Asia/Jakarta')).toBe('');
    const round = fromLocalInput('2026-03-29T02:30', 'Europe/Berlin');
    expect(round && toLocalInput(round, 'Europe/Berlin')).toBe('2026-03-29T03:30');
    expect(timeOf('2026-12-06T16:30:00Z', 'Asia/Jakarta')).toBe('23:30');
  });
});

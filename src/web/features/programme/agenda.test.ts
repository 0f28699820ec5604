import { describe, expect, it } from 'vitest';
import type { AgendaDay } from '#web/app/types.ts';
import { planToday, sortActivities, timeRange } from './agenda.ts';

const day = (date: string, id = date): AgendaDay => ({ id, date, title: null, activities: [] });
const days = [day('2025-12-08'), day('2025-12-06'), day('2025-12-07')];

describe('planToday', () => {
  it.each([
    ['2025-12-07', { kind: 'today', day: days[2] }],
    ['2025-12-01', { kind: 'before', next: days[1] }],
    ['2025-12-09', { kind: 'after' }],
  ])('on %s', (today, expected) => {
    expect(planToday(today, days)).toEqual(expected);
  });

  it('finds the next day across a gap', () => {
    const gap = [day('2025-12-06'), day('2025-12-10')];
    expect(planToday('2025-12-08', gap)).toEqual({ kind: 'between', next: gap[1] });
  });

  it('says so when there is no agenda', () => {
    expect(planToday('2025-12-08', [])).toEqual({ kind: 'empty' });
  });
});

describe('activities', () => {
  it('sorts by start then end time', () => {
    const a = (id: string, startsAt: string, endsAt: string) =>
      ({ id, startsAt, endsAt, title: id, module: 'general', notes: null }) as const;
    expect(
      sortActivities([a('c', '13:00', '14:00'), a('b', '09:00', '12:00'), a('a', '09:00', '10:00')]).map(
        (x) => x.id,
      ),
    ).toEqual(['a', 'b', 'c']);
  });

  it('shows a range, or the start alone', () => {
    expect(timeRange({ startsAt: '09:00', endsAt: '10:30' })).toBe('09:00–10:30');
    expect(timeRange({ startsAt: '09:00', endsAt: '09:00' })).toBe('09:00');
  });
});

/** Pure agenda logic: which day is "today", what comes next, in what order. */
import type { Activity, AgendaDay } from '#web/app/types.ts';

export type TodayPlan =
  | { kind: 'today'; day: AgendaDay }
  | { kind: 'empty' }
  | { kind: 'before'; next: AgendaDay }
  | { kind: 'between'; next: AgendaDay }
  | { kind: 'after' };

export function sortDays(days: readonly AgendaDay[]): AgendaDay[] {
  return [...days].sort((a, b) => a.date.localeCompare(b.date));
}

export function sortActivities(activities: readonly Activity[]): Activity[] {
  return [...activities].sort(
    (a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt),
  );
}

/**
 * Today's agenda day (dates compared as YYYY-MM-DD strings in the programme's zone, as the server sends
 * `today`), otherwise where today falls and the next day with activities planned.
 */
export function planToday(today: string, days: readonly AgendaDay[]): TodayPlan {
  const sorted = sortDays(days);
  if (sorted.length === 0) return { kind: 'empty' };
  const match = sorted.find((d) => d.date === today);
  if (match) return { kind: 'today', day: match };
  const next = sorted.find((d) => d.date > today);
  if (!next) return { kind: 'after' };
  return next === sorted[0] ? { kind: 'before', next } : { kind: 'between', next };
}

/** `09:00–10:30`; an activity without a distinct end shows its start only. */
export function timeRange(activity: Pick<Activity, 'startsAt' | 'endsAt'>): string {
  return activity.endsAt && activity.endsAt !== activity.startsAt
    ? `${activity.startsAt}–${activity.endsAt}`
    : activity.startsAt;
}

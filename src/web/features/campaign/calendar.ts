/**
 * The content calendar in the programme's time zone: posts grouped by local day, and the value of a
 * `datetime-local` input turned into an instant (and back) in that zone rather than the browser's.
 */
import { localDateOf, localDateTimeOf } from '#core/audit/local-time.ts';
import type { ContentItem } from './types.ts';

export interface CalendarDay<T> {
  /** `YYYY-MM-DD` in the zone, or null for posts not scheduled yet. */
  date: string | null;
  items: T[];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Posts by local day, days in order, each day's posts by time; unscheduled posts last. */
export function groupByDay<T extends Pick<ContentItem, 'scheduledAt'>>(
  items: readonly T[],
  timeZone: string,
): CalendarDay<T>[] {
  const dated = items
    .filter((i) => i.scheduledAt !== null && !Number.isNaN(Date.parse(i.scheduledAt)))
    .map((item) => ({ item, at: Date.parse(item.scheduledAt as string) }))
    .sort((a, b) => a.at - b.at);
  const days: CalendarDay<T>[] = [];
  for (const { item, at } of dated) {
    const date = localDateOf(at, timeZone);
    const last = days[days.length - 1];
    if (last && last.date === date) last.items.push(item);
    else days.push({ date, items: [item] });
  }
  const undated = items.filter((i) => i.scheduledAt === null || Number.isNaN(Date.parse(i.scheduledAt)));
  if (undated.length > 0) days.push({ date: null, items: undated });
  return days;
}

/** The local clock time (`HH:mm`) of an instant in the zone. */
export function timeOf(iso: string, timeZone: string): string {
  const t = localDateTimeOf(Date.parse(iso), timeZone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

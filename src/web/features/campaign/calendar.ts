/**
 * The content calendar in the programme's time zone: posts grouped by local day, and the value of a
 * `datetime-local` input turned into an instant (and back) in that zone rather than the browser's.
 */
import { localDateOf, localDateTimeOf, localToInstant } from '#core/audit/local-time.ts';
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

/** An instant as a `datetime-local` value (`YYYY-MM-DDTHH:mm`) in the zone; '' for none. */
export function toLocalInput(iso: string | null, timeZone: string): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const t = localDateTimeOf(ms, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value read as wall time in the zone, as an ISO instant; null when empty or invalid. */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((p) => Number(p ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const ms = localToInstant({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
  return new Date(ms).toISOString();
}

/** The local clock time (`HH:mm`) of an instant in the zone. */
export function timeOf(iso: string, timeZone: string): string {
  const t = localDateTimeOf(Date.parse(iso), timeZone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

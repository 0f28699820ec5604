/**
 * Local clock hours in a session's time zone, for the per-hour counts of tallies and link scans. Built on
 * the audit's zone arithmetic (Intl), so the server, the browser and the CLI agree.
 */
import { localDateTimeOf, readingAsUtc } from '../audit/local-time.ts';
import { HOUR_MS, MINUTE_MS } from './session.ts';

/**
 * Every zone's offset, and every offset change, falls on a quarter hour of UTC: within one quarter the local
 * hour is the same, so it is looked up once per quarter rather than once per tally.
 */
const QUARTER_MS = 15 * MINUTE_MS;
const cache = new Map<string, Map<number, number>>();
const CACHE_LIMIT = 10_000;

/** The UTC instant at which the local clock hour holding `ms` began (Jakarta 06:42:10 → 06:00:00). */
export function localHourStart(ms: number, timeZone: string): number {
  let byQuarter = cache.get(timeZone);
  if (!byQuarter) {
    byQuarter = new Map();
    cache.set(timeZone, byQuarter);
  }
  const quarter = Math.floor(ms / QUARTER_MS);
  let start = byQuarter.get(quarter);
  if (start === undefined) {
    const t = localDateTimeOf(ms, timeZone);
    start = ms - (t.minute * MINUTE_MS + t.second * 1000 + t.millisecond);
    // A long-running server sees new quarters forever; a bounded cache keeps its memory flat.
    if (byQuarter.size >= CACHE_LIMIT) byQuarter.clear();
    byQuarter.set(quarter, start);
  }
  return start;
}

/** The local hour starts from the one holding `from` to the one holding `to`, both included, in order. */
export function hoursBetween(from: number, to: number, timeZone: string): number[] {
  const out: number[] = [];
  let hour = localHourStart(from, timeZone);
  const last = localHourStart(to, timeZone);
  while (hour <= last) {
    out.push(hour);
    const next = localHourStart(hour + HOUR_MS, timeZone);
    // A half-hour change of offset (Lord Howe Island) can map an hour onto itself: step past it.
    hour = next > hour ? next : hour + HOUR_MS;
  }
  return out;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** ISO 8601 of an instant as the local clock read it, with the zone's offset: `2024-05-12T06:00:00+07:00`. */
export function localIso(ms: number, timeZone: string): string {
  const t = localDateTimeOf(ms, timeZone);
  const offsetMinutes = Math.round((readingAsUtc(t) - ms) / MINUTE_MS);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  const ms3 = t.millisecond === 0 ? '' : `.${pad(t.millisecond, 3)}`;
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${ms3}${offset}`;
}

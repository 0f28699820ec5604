/**
 * The audit window `[from, to)`: `from` inclusive, `to` exclusive, both UTC instants. Written out in
 * docs/metrics.md ("The window").
 */
import { AppError } from '../errors.ts';
import {
  assertTimeZone,
  dayNumberOf,
  type LocalDateTime,
  localToInstant,
  readingAsUtc,
} from './local-time.ts';

export interface AuditWindow {
  /** Inclusive start, UTC milliseconds. */
  from: number;
  /** Exclusive end, UTC milliseconds. */
  to: number;
}

/** The window as the caller may give it: either bound may be left out and then comes from the posts. */
export interface WindowInput {
  from?: string | null;
  to?: string | null;
}

// Date, then optionally a time (minutes required, seconds and a fraction optional), then optionally an offset.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)?)?$/;

const invalid = (field: string) => new AppError('validation', { fields: [{ field, rule: 'invalid' }] });

/**
 * Parses one window bound to a UTC instant.
 * - `2024-03-01` is local midnight starting that date in `timeZone`;
 * - `2024-03-01T08:30`, `…:15` or `…:15.250` without an offset is that wall-clock time in `timeZone`;
 * - with `Z` or an offset (`+07:00`, `+0700`, `+07`) it is that exact instant, whatever the zone.
 * Fractions of a second beyond milliseconds are cut off. A wall-clock time that does not exist or exists
 * twice around a daylight-saving change resolves as `localToInstant` says. Anything else, including
 * impossible dates such as `2024-02-30`, throws `AppError('validation')` on `field` with rule `invalid`
 * (rule `time_zone` on `timeZone` for an unknown zone).
 */
export function parseWindowBound(text: string, timeZone: string, field = 'window'): number {
  assertTimeZone(timeZone);
  const m = ISO_8601.exec(text.trim());
  if (!m) throw invalid(field);
  const t: LocalDateTime = {
    year: Number(m[1]),
    month: Number(m[2]),
    day: Number(m[3]),
    hour: m[4] === undefined ? 0 : Number(m[4]),
    minute: m[5] === undefined ? 0 : Number(m[5]),
    second: m[6] === undefined ? 0 : Number(m[6]),
    millisecond: m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0')),
  };
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 59) {
    throw invalid(field);
  }
  if (dayNumberOf(`${m[1]}-${m[2]}-${m[3]}`) === null) throw invalid(field);

  if (m[8] !== undefined || m[9] !== undefined) {
    const sign = m[9] === '-' ? -1 : 1;
    const offsetHours = m[10] === undefined ? 0 : Number(m[10]);
    const offsetMinutes = m[11] === undefined ? 0 : Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) throw invalid(field);
    return readingAsUtc(t) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  }
  return localToInstant(t, timeZone);
}

/**
 * The window of an audit. A bound that is not given comes from the posts: `from` = the first post's
 * instant, `to` = the last post's instant + 1 ms, so the last post still falls inside the exclusive end
 * and the window is as long as the posting period (plus one millisecond). Throws `AppError('validation')`
 * when a needed bound cannot be found (no posts: rule `required`) or `to` is not after `from`
 * (rule `date_order` on `window.to`).
 */
export function resolveWindow(
  input: WindowInput | undefined,
  publishedAt: readonly number[],
  timeZone: string,
): AuditWindow {
  const given = (text: string | null | undefined): text is string => text !== undefined && text !== null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const t of publishedAt) {
    if (t < first) first = t;
    if (t > last) last = t;
  }
  const fields = [];
  let from = Number.NaN;
  let to = Number.NaN;
  if (given(input?.from)) from = parseWindowBound(input.from, timeZone, 'window.from');
  else if (publishedAt.length > 0) from = first;
  else fields.push({ field: 'window.from', rule: 'required' });
  if (given(input?.to)) to = parseWindowBound(input.to, timeZone, 'window.to');
  else if (publishedAt.length > 0) to = last + 1;
  else fields.push({ field: 'window.to', rule: 'required' });
  if (fields.length > 0) throw new AppError('validation', { fields });
  if (!(to > from))
    throw new AppError('validation', { fields: [{ field: 'window.to', rule: 'date_order' }] });
  return { from, to };
}

/** Whether an instant lies in the window: `from` inclusive, `to` exclusive. */
export const inWindow = (window: AuditWindow, ms: number): boolean => ms >= window.from && ms < window.to;

/** The window's length in fractional days of elapsed time (a day is 86,400,000 ms, whatever the clocks do). */
export const windowDays = (window: AuditWindow): number => (window.to - window.from) / 86_400_000;

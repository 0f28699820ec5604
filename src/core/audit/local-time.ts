/**
 * Calendar arithmetic in an account's time zone, built on the runtime's own zone data (Intl) so the
 * server, the browser and the CLI agree. Local → UTC conversion is done here rather than with TZDate
 * because TZDate resolves an autumn overlap to the later instant in some zones and the earlier in
 * others; the audit needs one documented rule (see `localToInstant`).
 */
import { AppError } from '../errors.ts';

export const DAY_MS = 86_400_000;

export interface LocalDateTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Throws `AppError('validation')` on `field` with rule `time_zone` when the zone is unknown to the runtime. */
export function assertTimeZone(timeZone: string, field = 'timeZone'): void {
  try {
    formatterFor(timeZone);
  } catch (cause) {
    if (cause instanceof RangeError)
      throw new AppError('validation', { fields: [{ field, rule: 'time_zone' }], cause });
    throw cause;
  }
}

/** The wall-clock reading in `timeZone` at the UTC instant `ms`. */
export function localDateTimeOf(ms: number, timeZone: string): LocalDateTime {
  const offset = uniformDayOffset(ms, timeZone);
  if (offset === null) return intlDateTimeOf(ms, timeZone);
  const d = new Date(ms + offset);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

/**
 * Per zone and UTC day: the zone's offset when it is the same at the day's first and last millisecond
 * (then it holds all day), or null on a day with a clock change. The KPIs read the local time of every
 * post, and Intl's formatToParts costs microseconds a call; 100,000 posts fall on a few thousand days.
 */
const dayOffsets = new Map<string, Map<number, number | null>>();
/** Days kept per zone: a bound on memory, above the days of any real audit. */
const MAX_CACHED_DAYS = 50_000;
/** Instants in years 1000–9999, where a reading is four-digit years that Date's UTC getters give alike. */
const CACHED_FROM = -30_610_224_000_000;
const CACHED_TO = 253_402_214_400_000;

/** The zone's offset at `ms` from the cache of uniform days, or null when Intl must be asked. */
export function uniformDayOffset(ms: number, timeZone: string): number | null {
  if (!(ms >= CACHED_FROM && ms < CACHED_TO)) return null;
  let days = dayOffsets.get(timeZone);
  if (days === undefined) {
    days = new Map();
    dayOffsets.set(timeZone, days);
  }
  const day = Math.floor(ms / DAY_MS);
  let offset = days.get(day);
  if (offset === undefined) {
    const first = intlOffsetAt(day * DAY_MS, timeZone);
    const last = intlOffsetAt(day * DAY_MS + DAY_MS - 1, timeZone);
    offset = first === last ? first : null;
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset;
}

function intlOffsetAt(ms: number, timeZone: string): number {
  return readingAsUtc(intlDateTimeOf(ms, timeZone)) - ms;
}

/** The reading as Intl gives it: the source of truth the cache above is filled from. */
export function intlDateTimeOf(ms: number, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? Number.NaN,
    month: parts.month ?? Number.NaN,
    day: parts.day ?? Number.NaN,
    hour: parts.hour ?? Number.NaN,
    minute: parts.minute ?? Number.NaN,
    second: parts.second ?? Number.NaN,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** A wall-clock reading as if it were UTC: the arithmetic base for offsets. */
export function readingAsUtc(t: LocalDateTime): number {
  // setUTCFullYear, unlike Date.UTC, does not turn years 0–99 into 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(t.year, t.month - 1, t.day);
  d.setUTCHours(t.hour, t.minute, t.second, t.millisecond);
  return d.getTime();
}

/** The zone's offset from UTC at the instant `ms`, in milliseconds (Jakarta: +7 h). */
function offsetAt(ms: number, timeZone: string): number {
  return uniformDayOffset(ms, timeZone) ?? intlOffsetAt(ms, timeZone);
}

/**
 * The UTC instant of a wall-clock reading in `timeZone`. Where the clock jumps forward (a reading that
 * never happens) the reading is moved forward by the jump: 02:30 on a spring-forward night in Berlin is
 * 03:30 summer time. Where the clock falls back (a reading that happens twice) the earlier instant is
 * taken. Both are the rule JavaScript's Temporal calls "compatible".
 */
export function localToInstant(t: LocalDateTime, timeZone: string): number {
  const wall = readingAsUtc(t);
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  const candidates = [wall - before, wall - after]
    .filter((instant) => offsetAt(instant, timeZone) === wall - instant)
    .sort((a, b) => a - b);
  // No candidate: a skipped reading; the offset in force before the jump lands after it.
  return candidates[0] ?? wall - before;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar date (`YYYY-MM-DD`) in `timeZone` at the UTC instant `ms`. */
export function localDateOf(ms: number, timeZone: string): string {
  const t = localDateTimeOf(ms, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD` calendar date; null when the text is not one. */
export function dayNumberOf(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = readingAsUtc({ year, month, day, hour: 0, minute: 0, second: 0, millisecond: 0 });
  const d = new Date(ms);
  // Rejects 2024-02-30 and the like, which Date would roll over into March.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / DAY_MS);
}

/** ISO weekday (Monday 1 … Sunday 7) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekdayOfDay(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** The day number of the Monday that starts the ISO week holding `dayNumber`. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - (isoWeekdayOfDay(dayNumber) - 1);
}

/** Local midnight that starts the calendar date `date` in `timeZone`, as a UTC instant. */
export function startOfLocalDate(date: string, timeZone: string): number | null {
  const m = DATE.exec(date);
  if (!m || dayNumberOf(date) === null) return null;
  return localToInstant(
    {
      year: Number(m[1]),
      month: Number(m[2]),
      day: Number(m[3]),
      hour: 0,
      minute: 0,
      second: 0,
      millisecond: 0,
    },
    timeZone,
  );
}

/** Days since 1970-01-01 of the local calendar date in `timeZone` at the UTC instant `ms`. */
export function localDayNumberOf(ms: number, timeZone: string): number {
  const offset = uniformDayOffset(ms, timeZone);
  if (offset !== null) return Math.floor((ms + offset) / DAY_MS);
  const t = localDateTimeOf(ms, timeZone);
  return Math.round(readingAsUtc({ ...t, hour: 0, minute: 0, second: 0, millisecond: 0 }) / DAY_MS);
}

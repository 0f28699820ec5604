/**
 * Dates as the exports write them, and the year TikTok leaves out.
 *
 * - Meta: `Publish time` is `MM/DD/YYYY HH:mm` in the exporting account's time zone, in every interface
 *   language; daily files use ISO date-times (`2026-03-01T00:00:00`).
 * - TikTok Studio: `June 13`, `13 Jun`, `8 Juli`, `2 Μαρτίου` — a day and a month name in the interface
 *   language, no year. The year is the one that makes the date the latest not after the export date.
 */
import { TZDate } from '@date-fns/tz';
import type { ExportLanguage } from './outcome.ts';

/**
 * Month names by language, normalised (lower case, accents removed, final sigma as σ). Greek needs both
 * the genitive TikTok writes after a day number (`2 Μαρτίου`) and the nominative. Abbreviations are
 * covered by prefix matching (see `monthOf`); the extra list holds the ones that are no prefix.
 */
const MONTH_NAMES: Record<ExportLanguage, readonly (readonly string[])[]> = {
  en: [
    ['january'],
    ['february'],
    ['march'],
    ['april'],
    ['may'],
    ['june'],
    ['july'],
    ['august'],
    ['september', 'sept'],
    ['october'],
    ['november'],
    ['december'],
  ],
  id: [
    ['januari'],
    ['februari', 'pebruari'],
    ['maret'],
    ['april'],
    ['mei'],
    ['juni'],
    ['juli'],
    ['agustus', 'agt', 'ags'],
    ['september'],
    ['oktober'],
    ['november', 'nopember'],
    ['desember'],
  ],
  el: [
    ['ιανουαριου', 'ιανουαριοσ'],
    ['φεβρουαριου', 'φεβρουαριοσ'],
    ['μαρτιου', 'μαρτιοσ'],
    ['απριλιου', 'απριλιοσ'],
    ['μαιου', 'μαιοσ'],
    ['ιουνιου', 'ιουνιοσ'],
    ['ιουλιου', 'ιουλιοσ'],
    ['αυγουστου', 'αυγουστοσ'],
    ['σεπτεμβριου', 'σεπτεμβριοσ'],
    ['οκτωβριου', 'οκτωβριοσ'],
    ['νοεμβριου', 'νοεμβριοσ'],
    ['δεκεμβριου', 'δεκεμβριοσ'],
  ],
  es: [
    ['enero'],
    ['febrero'],
    ['marzo'],
    ['abril'],
    ['mayo'],
    ['junio'],
    ['julio'],
    ['agosto'],
    ['septiembre', 'setiembre'],
    ['octubre'],
    ['noviembre'],
    ['diciembre'],
  ],
  pt: [
    ['janeiro'],
    ['fevereiro'],
    ['marco'],
    ['abril'],
    ['maio'],
    ['junho'],
    ['julho'],
    ['agosto'],
    ['setembro'],
    ['outubro'],
    ['novembro'],
    ['dezembro'],
  ],
  fr: [
    ['janvier'],
    ['fevrier'],
    ['mars'],
    ['avril'],
    ['mai'],
    ['juin'],
    ['juillet'],
    ['aout'],
    ['septembre'],
    ['octobre'],
    ['novembre'],
    ['decembre'],
  ],
  de: [
    ['januar', 'jänner'],
    ['februar'],
    ['marz'],
    ['april'],
    ['mai'],
    ['juni'],
    ['juli'],
    ['august'],
    ['september'],
    ['oktober'],
    ['november'],
    ['dezember'],
  ],
};

interface MonthEntry {
  name: string;
  month: number;
  language: ExportLanguage;
}

const MONTH_ENTRIES: readonly MonthEntry[] = Object.entries(MONTH_NAMES).flatMap(([language, months]) =>
  months.flatMap((names, index) =>
    names.map((name) => ({
      name: normaliseWord(name),
      month: index + 1,
      language: language as ExportLanguage,
    })),
  ),
);

/** Lower case without accents, so `Μαΐου`, `μαιου` and `MAΪΟΥ` compare equal, and `ς` as `σ`. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/[.,]+$/, '');
}

/** Prefixes shorter than this are too ambiguous to be month abbreviations (`ma`, `ju`). */
const MIN_ABBREVIATION = 3;

/**
 * The month a word names, with the languages that spell it so. Exact names win; otherwise the word must
 * be a prefix of month names that all agree on the month (`sep`, `Μαρ`, `Okt`, `juil`).
 */
export function monthOf(word: string): { month: number; languages: ExportLanguage[] } | null {
  const key = normaliseWord(word);
  if (key.length < MIN_ABBREVIATION) return null;
  let matches = MONTH_ENTRIES.filter((entry) => entry.name === key);
  if (matches.length === 0) matches = MONTH_ENTRIES.filter((entry) => entry.name.startsWith(key));
  const first = matches[0];
  if (!first || matches.some((entry) => entry.month !== first.month)) return null;
  return { month: first.month, languages: [...new Set(matches.map((entry) => entry.language))] };
}

export interface MonthDay {
  month: number;
  day: number;
  /** Present when the cell carries a year after all (`June 13, 2026`, `13 Juni 2026`). */
  year: number | null;
}

/**
 * A TikTok date cell: `June 13`, `13 Jun`, `8 Juli`, `2 Μαρτίου`, optionally followed by a year, or an
 * ISO `2026-06-13`. Returns null for anything else, including a day the month never has (`Feb 30`).
 */
export function parseDayMonth(raw: string): { date: MonthDay; languages: ExportLanguage[] } | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const date = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    return isValidDay(date.year, date.month, date.day) ? { date, languages: [] } : null;
  }
  const words = text.split(/[\s,]+/).filter((word) => word !== '');
  if (words.length < 2 || words.length > 3) return null;
  const [a = '', b = '', c] = words;
  let dayText: string;
  let monthText: string;
  if (/^\d{1,2}\.?$/.test(a)) {
    dayText = a;
    monthText = b;
  } else if (/^\d{1,2}$/.test(b)) {
    dayText = b;
    monthText = a;
  } else return null;
  const month = monthOf(monthText);
  if (!month) return null;
  const day = Number(dayText.replace('.', ''));
  let year: number | null = null;
  if (c !== undefined) {
    if (!/^\d{4}$/.test(c)) return null;
    year = Number(c);
  }
  // 29 February is valid without a year (the inferred year will be a leap year).
  if (!isValidDay(year ?? 2000, month.month, day)) return null;
  return { date: { month: month.month, day, year }, languages: month.languages };
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` into its parts, or null when it is no calendar day. */
export function parseDay(text: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidDay(parts.year, parts.month, parts.day) ? parts : null;
}

/**
 * The latest `YYYY-MM-DD` with this month and day that is not after `reference` (`YYYY-MM-DD`): the year
 * a TikTok date belongs to when the file was exported on `reference`. 29 February goes back to the last
 * leap year. Null when the reference is no date.
 */
export function inferYear(date: { month: number; day: number }, reference: string): string | null {
  const ref = parseDay(reference);
  if (!ref) return null;
  const afterReference = date.month > ref.month || (date.month === ref.month && date.day > ref.day);
  for (let year = afterReference ? ref.year - 1 : ref.year; year > ref.year - 9; year--) {
    if (isValidDay(year, date.month, date.day)) return formatDay(year, date.month, date.day);
  }
  return null;
}

/**
 * Years for a daily series written oldest first (TikTok's Overview and FollowerHistory): the last row is
 * the latest date not after the export date and every earlier row the latest date before the row after
 * it. Unlike dating each row on its own, this keeps a full year of history right: a file exported on
 * 30 June that starts on "June 30" means the 30 June of the year before. When the rows are not one
 * chronological series (a gap of more than a month), each row is dated on its own instead.
 */
export function inferSeriesYears(
  dates: readonly { month: number; day: number }[],
  reference: string,
): (string | null)[] {
  const out: (string | null)[] = new Array(dates.length).fill(null);
  let next = reference;
  let nextIsReference = true;
  for (let i = dates.length - 1; i >= 0; i--) {
    const date = dates[i]!;
    const bound = nextIsReference ? next : dayBefore(next);
    const inferred = bound === null ? null : inferYear(date, bound);
    if (inferred === null) return dates.map((d) => inferYear(d, reference));
    if (!nextIsReference && daysBetween(inferred, next) > MAX_SERIES_GAP_DAYS) {
      return dates.map((d) => inferYear(d, reference));
    }
    out[i] = inferred;
    next = inferred;
    nextIsReference = false;
  }
  return out;
}

const MAX_SERIES_GAP_DAYS = 31;

function dayBefore(day: string): string | null {
  const parts = parseDay(day);
  if (!parts) return null;
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day - 1));
  return formatDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function daysBetween(earlier: string, later: string): number {
  return (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000;
}

/**
 * Meta's `Publish time`, `MM/DD/YYYY HH:mm` (seconds tolerated) in the export's time zone, as UTC
 * milliseconds. An ISO `YYYY-MM-DD HH:mm[:ss]` or `YYYY-MM-DDTHH:mm[:ss]` is read too, local to the
 * same zone unless it carries `Z` or an offset. Null when it is neither, or names no real time.
 */
export function parseLocalDateTime(raw: string, timeZone: string): number | null {
  const text = raw.trim();
  const us = US_DATE_TIME.exec(text);
  let parts: [number, number, number, number, number, number];
  if (us)
    parts = [
      Number(us[3]),
      Number(us[1]),
      Number(us[2]),
      Number(us[4] ?? 0),
      Number(us[5] ?? 0),
      Number(us[6] ?? 0),
    ];
  else {
    const iso = ISO_DATE_TIME.exec(text);
    if (!iso) return null;
    parts = [
      Number(iso[1]),
      Number(iso[2]),
      Number(iso[3]),
      Number(iso[4] ?? 0),
      Number(iso[5] ?? 0),
      Number(iso[6] ?? 0),
    ];
    const zone = iso[7];
    if (zone !== undefined) {
      if (!isValidTime(parts)) return null;
      const instant = Date.parse(text.replace(' ', 'T'));
      return Number.isNaN(instant) ? null : instant;
    }
  }
  if (!isValidTime(parts)) return null;
  const [year, month, day, hour, minute, second] = parts;
  const instant = zonedInstant(year, month, day, hour, minute, second, timeZone);
  return Number.isNaN(instant) ? null : instant;
}

const US_DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Per zone, per local day: the instant of the day's midnight when the whole day runs on one UTC offset
 * (then a reading that day is midnight plus its hours, minutes and seconds), or null for a day with a
 * clock change, whose readings go to TZDate one by one. TZDate costs microseconds a call, which a
 * 100,000-row file pays for every row; a file's posts fall on a few thousand days.
 */
const uniformDays = new Map<string, Map<number, number | null>>();
/** Days kept per zone: a bound on memory, far above the days of any real export. */
const MAX_CACHED_DAYS = 50_000;

/** The UTC instant of a local reading in `timeZone`, exactly as `new TZDate(…, timeZone)` gives it. */
export function zonedInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  timeZone: string,
): number {
  let days = uniformDays.get(timeZone);
  if (days === undefined) {
    days = new Map();
    uniformDays.set(timeZone, days);
  }
  const key = (year * 13 + month) * 32 + day;
  let midnight = days.get(key);
  if (midnight === undefined) {
    midnight = uniformMidnight(year, month, day, timeZone);
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(key, midnight);
  }
  if (midnight !== null && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60)
    return midnight + ((hour * 60 + minute) * 60 + second) * 1000;
  return new TZDate(year, month - 1, day, hour, minute, second, 0, timeZone).getTime();
}

const DAY_MS = 86_400_000;

/**
 * The midnight starting a local day if the day is 24 hours long and has one offset from its first to its
 * last millisecond; null otherwise (a clock change that day, or a day the zone skipped).
 */
function uniformMidnight(year: number, month: number, day: number, timeZone: string): number | null {
  const start = new TZDate(year, month - 1, day, 0, 0, 0, 0, timeZone).getTime();
  const end = new TZDate(year, month - 1, day + 1, 0, 0, 0, 0, timeZone).getTime();
  if (Number.isNaN(start) || end - start !== DAY_MS) return null;
  const offsetAtStart = new TZDate(start, timeZone).getTimezoneOffset();
  const offsetAtEnd = new TZDate(end - 1, timeZone).getTimezoneOffset();
  return offsetAtStart === offsetAtEnd ? start : null;
}

function isValidTime([year, month, day, hour, minute, second]: readonly number[]): boolean {
  return (
    isValidDay(year ?? 0, month ?? 0, day ?? 0) &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (second ?? 0) < 60
  );
}

/** Whether the runtime knows a time zone name (`Asia/Jakarta`), so a typo is reported, not NaN dates. */
export function isTimeZone(timeZone: string): boolean {
  return !Number.isNaN(new TZDate(2000, 0, 1, timeZone).getTime());
}

/** The calendar day of an ISO date-time cell (`2026-03-01T00:00:00` → `2026-03-01`). */
export function isoDayOf(raw: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  return match?.[1] !== undefined && parseDay(match[1]) ? match[1] : null;
}

const FILE_NAME_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The latest date a file name mentions (Meta names exports `account_Mar-01-2026_Jun-29-2026_….csv`; the
 * end of the range is the closest thing to an export date), as `YYYY-MM-DD`, or null.
 */
export function dateInFileName(fileName: string): string | null {
  const found: string[] = [];
  for (const match of fileName.matchAll(/(?<![A-Za-z])([A-Za-z]{3})-(\d{2})-(\d{4})(?!\d)/g)) {
    const month = FILE_NAME_MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1;
    const [year, day] = [Number(match[3]), Number(match[2])];
    if (month > 0 && isValidDay(year, month, day)) found.push(formatDay(year, month, day));
  }
  for (const match of fileName.matchAll(/(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)/g)) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (year >= 2000 && isValidDay(year, month, day)) found.push(formatDay(year, month, day));
  }
  return found.sort().at(-1) ?? null;
}

/** The first instant of a calendar day (`YYYY-MM-DD`) in a time zone, as UTC milliseconds. */
export function startOfLocalDay(day: string, timeZone: string): number | null {
  const parts = parseDay(day);
  if (!parts) return null;
  const instant = new TZDate(parts.year, parts.month - 1, parts.day, 0, 0, 0, 0, timeZone).getTime();
  return Number.isNaN(instant) ? null : instant;
}

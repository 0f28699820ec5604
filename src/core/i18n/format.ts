import { INTL_TAG, type Locale } from './locales.ts';

/** `6 Desember 2025` / `6 December 2025`, for a calendar date (YYYY-MM-DD) with no time zone shift. */
export function formatDate(locale: Locale, isoDate: string, style: 'long' | 'short' = 'long'): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: style === 'long' ? 'long' : 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** Weekday and date: `Senin, 6 Desember 2025`. */
export function formatDayHeading(locale: Locale, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'full', timeZone: 'UTC' }).format(date);
}

/** A moment in a given time zone: `6 Des 2025 14.05`. */
export function formatDateTime(locale: Locale, at: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_TAG[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(typeof at === 'string' ? new Date(at) : at);
}

/** `1.234,5` in Indonesian, `1,234.5` in English. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits }).format(value);
}

/** The calendar date (YYYY-MM-DD) of a moment in a time zone; used for "today" in a programme's zone. */
export function dateInZone(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    // Intl throws RangeError for an unknown zone: that is the answer, not a failure to report.
    return false;
  }
}

/** `12,3 KB` style sizes of files, in the reader's number format. */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1024) return `${formatNumber(locale, bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(locale, bytes / 1024, 1)} KB`;
  return `${formatNumber(locale, bytes / (1024 * 1024), 1)} MB`;
}

/**
 * How the audit's figures read in words: percentages with the reader's decimal comma, days, and each
 * flag's evidence as one sentence with its numbers ("Jeda terpanjang 21,5 hari (batas 14 hari)").
 * Pure: the translator and the locale come in as arguments, so this is tested without a browser.
 */
import { formatDate, formatNumber } from '#core/i18n/format.ts';
import { INTL_TAG, type Locale } from '#core/i18n/locales.ts';
import type { Params } from '#core/i18n/translate.ts';
import type { Evidence, Flag } from './types.ts';

export type Translate = (key: string, params?: Params) => string;

export interface Words {
  locale: Locale;
  t: Translate;
  has: (key: string) => boolean;
}

/**
 * A fraction as a percentage with as many decimals as a small rate needs to be told apart from zero:
 * 0.136 → "13,6%", 0.0263 → "2,63%", 0.0047 → "0,47%", 0.00063 → "0,063%". Null stays "—".
 */
export function formatPercent(locale: Locale, fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  const percent = Math.abs(fraction * 100);
  const digits = percent === 0 || percent >= 10 ? 1 : percent >= 0.1 ? 2 : 3;
  return new Intl.NumberFormat(INTL_TAG[locale], {
    style: 'percent',
    maximumFractionDigits: digits,
  }).format(fraction);
}

/** A count or measure, "—" when it could not be computed. */
export function formatFigure(locale: Locale, value: number | null, digits = 1): string {
  return value === null || !Number.isFinite(value) ? '—' : formatNumber(locale, value, digits);
}

/** Evidence params that are fractions (shown as percentages) and dates (shown as calendar dates). */
const PERCENT_PARAMS = new Set(['share', 'max_share', 'account_rate', 'rate_from', 'reference_value']);
const DATE_PARAMS = new Set(['followers_date', 'first_date', 'last_date']);

/** How the measured value and the threshold of each kind of evidence read. */
const VALUE_KIND: Record<Evidence['reason'], 'days' | 'ratio' | 'percent' | 'count'> = {
  longest_gap: 'days',
  gap_cv: 'ratio',
  active_weeks_share: 'percent',
  reach_rate: 'percent',
  follower_growth: 'percent',
  post_type: 'percent',
  did_not_travel: 'count',
  engagement_rate_followers: 'percent',
};

function valueText(locale: Locale, kind: (typeof VALUE_KIND)[Evidence['reason']], value: number): string {
  if (kind === 'percent') return formatPercent(locale, value);
  if (kind === 'ratio') return formatNumber(locale, value, 2);
  return formatNumber(locale, value, 1);
}

/** The evidence's numbers as the sentence's placeholders, each formatted for the reader. */
export function evidenceParams(words: Words, evidence: Evidence): Params {
  const { locale, t } = words;
  const kind = VALUE_KIND[evidence.reason] ?? 'count';
  const out: Params = {
    value: valueText(locale, kind, evidence.value),
    threshold: evidence.threshold === null ? '—' : valueText(locale, kind, evidence.threshold),
  };
  for (const [name, raw] of Object.entries(evidence.params)) {
    // A year is a name, not a quantity: 2024, never 2.024.
    if (typeof raw === 'string' || name.endsWith('_year')) {
      out[name] = typeof raw === 'string' && DATE_PARAMS.has(name) ? formatDate(locale, raw) : String(raw);
      continue;
    }
    if (PERCENT_PARAMS.has(name)) out[name] = formatPercent(locale, raw);
    else if (name === 'change_per_30_days') out[name] = formatNumber(locale, raw, 0);
    else out[name] = formatNumber(locale, raw, 1);
  }
  // The audience measure is reach on Meta and views on TikTok; the sentence names whichever came.
  const median = evidence.params.median_reach ?? evidence.params.median_views;
  if (typeof median === 'number') {
    out.audience = formatNumber(locale, median, 0);
    out.basis = t(evidence.params.median_reach !== undefined ? 'audit.basis.reach' : 'audit.basis.views');
  }
  const below = evidence.params.reach_below ?? evidence.params.views_below;
  if (typeof below === 'number') {
    out.audience_below = formatNumber(locale, below, 0);
    out.basis = t(evidence.params.reach_below !== undefined ? 'audit.basis.reach' : 'audit.basis.views');
  }
  if (typeof evidence.params.type === 'string') {
    const key = `audit.type.${evidence.params.type}`;
    out.type = words.has(key) ? t(key) : evidence.params.type;
  }
  return out;
}

/** One evidence item as a sentence; an unknown key (a newer server) falls back to value and threshold. */
export function evidenceText(words: Words, evidence: Evidence): string {
  const params = evidenceParams(words, evidence);
  return words.has(evidence.key) ? words.t(evidence.key, params) : words.t('audit.flag.generic', params);
}

/** Every sentence of a flag, in the server's order. */
export function flagSentences(words: Words, flag: Flag): string[] {
  return flag.evidence.map((e) => evidenceText(words, e));
}

/** The next calendar day of `YYYY-MM-DD`. */
export function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1)).toISOString().slice(0, 10);
}

/** The previous calendar day of `YYYY-MM-DD`. */
export function previousDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) - 1)).toISOString().slice(0, 10);
}

/**
 * The KPI query for a window the person chose. People mean "up to and including" the last day, while the
 * server's `to` is exclusive, so the day after is sent. Empty bounds are left to the server (all posts).
 */
export function windowQuery(from: string, toInclusive: string): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (toInclusive) params.set('to', nextDay(toInclusive));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The comparison's request: one platform, the window the person chose (as `windowQuery`), and the programme
 * whose flag thresholds apply, if any.
 */
export function compareUrl(
  platform: string,
  from: string,
  toInclusive: string,
  programme?: string | null,
): string {
  const params = new URLSearchParams({ platform });
  for (const [key, value] of new URLSearchParams(windowQuery(from, toInclusive))) params.set(key, value);
  if (programme) params.set('programme', programme);
  return `/api/audit/compare?${params.toString()}`;
}

/** The rule a refused window broke at one of its bounds (`date_order`, `invalid`, …), or null. */
export function windowIssue(
  error: { code: string; fields: readonly { field: string; rule: string }[] } | null,
  bound: 'from' | 'to',
): string | null {
  if (error?.code !== 'validation') return null;
  return error.fields.find((f) => f.field === `window.${bound}` || f.field === bound)?.rule ?? null;
}

/** The local calendar dates a window covers, for display: its first day and its last (inclusive). */
export function windowDates(
  window: { from: string; to: string },
  timeZone: string,
): { from: string; to: string } {
  const day = (ms: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      new Date(ms),
    );
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  return { from: day(from), to: day(Math.max(from, to - 1)) };
}

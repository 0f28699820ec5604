/**
 * Meta Business Suite's daily metric files (Insights → one chart → Export): UTF-16LE with a BOM, Excel's
 * `sep=,` line, the metric's name on a line of its own, then `"Date","Primary"` and one row per day
 * with an ISO date-time. The name is the interface's (`Reach`, `Jangkauan`); DailyValue carries a stable
 * metric id instead so the KPIs need not know languages.
 */
import type { DailyValue } from '../model.ts';
import { formatDay, isoDayOf, isValidDay } from './dates.ts';
import { META_DAILY_HEADERS, resolveHeader } from './headers.ts';
import { type NumberStyle, numberStyleOf, parseCount } from './numbers.ts';
import type { ImportRow, RowResult } from './outcome.ts';
import { isUnreadable, type RecordItem } from './records.ts';
import { cellAt, rejectRow } from './table.ts';

/** Meta's metric names (lower case) → the ids DailyValue uses. Unknown names become a slug of themselves. */
const META_METRIC_IDS: Readonly<Record<string, string>> = {
  reach: 'reach',
  jangkauan: 'reach',
  views: 'views',
  tayangan: 'views',
  impressions: 'views',
  impresi: 'views',
  follows: 'follows',
  mengikuti: 'follows',
  'new follows': 'follows',
  interactions: 'interactions',
  interaksi: 'interactions',
  'content interactions': 'interactions',
  'interaksi konten': 'interactions',
  'link clicks': 'link_clicks',
  'klik tautan': 'link_clicks',
  visits: 'profile_visits',
  kunjungan: 'profile_visits',
  'profile visits': 'profile_visits',
  'kunjungan profil': 'profile_visits',
};

export function metaMetricId(name: string): string {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  const known = META_METRIC_IDS[key];
  if (known !== undefined) return known;
  const slug = key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'value' : slug;
}

export interface MetaDailyContext {
  metric: string;
  dateColumn: number;
  valueColumn: number;
  header: readonly string[];
  numberStyle: NumberStyle;
}

export function mapMetaDailyRow(
  cells: readonly string[],
  line: number,
  ctx: MetaDailyContext,
): RowResult<DailyValue> {
  if (cells.length !== ctx.header.length) return rejectRow(line, 'wrong_field_count');
  const dateText = cellAt(cells, ctx.dateColumn);
  const dateName = (ctx.header[ctx.dateColumn] ?? 'Date').trim();
  if (dateText === '') return rejectRow(line, 'missing_date', dateName);
  const date = isoDayOf(dateText) ?? usDay(dateText);
  if (date === null) return rejectRow(line, 'bad_date', dateName);
  const value = parseCount(cellAt(cells, ctx.valueColumn), ctx.numberStyle);
  if (value === 'invalid')
    return rejectRow(line, 'not_a_number', (ctx.header[ctx.valueColumn] ?? 'Primary').trim());
  return { ok: { date, metric: ctx.metric, value } };
}

/** `MM/DD/YYYY`, as Meta's posts export writes dates, should a daily file ever do the same. */
function usDay(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!match) return null;
  const [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? formatDay(year, month, day) : null;
}

export interface MetaDailyOptions {
  /** The metric when the file has no name line (e.g. taken from the file name `…_Reach.csv`). */
  metric?: string;
}

export async function* importMetaDaily(
  records: AsyncIterable<RecordItem>,
  options: MetaDailyOptions = {},
): AsyncGenerator<ImportRow> {
  let metricName: string | null = null;
  let ctx: MetaDailyContext | null = null;
  let missing: string | null = null;
  for await (const item of records) {
    if (isUnreadable(item)) {
      if (ctx === null && missing === null) yield { kind: 'problem', line: item.line, reason: 'empty' };
      yield { kind: 'rejected', line: item.line, reason: 'unreadable' };
      return;
    }
    if (item.cells.length === 0) continue;
    if (ctx === null && missing === null) {
      const resolved = resolveHeader(item.cells, META_DAILY_HEADERS);
      const { date, primary } = resolved.columns;
      if (date === undefined && primary === undefined && metricName === null && item.cells.length === 1) {
        metricName = item.cells[0]?.trim() ?? '';
        continue;
      }
      if (date === undefined || primary === undefined) {
        missing = date === undefined ? 'Date' : 'Primary';
        yield { kind: 'problem', line: item.line, reason: 'missing_column', column: missing };
        continue;
      }
      ctx = {
        metric: metaMetricId(metricName ?? options.metric ?? ''),
        dateColumn: date,
        valueColumn: primary,
        header: item.cells,
        numberStyle: numberStyleOf(resolved.language),
      };
      continue;
    }
    if (ctx === null) {
      yield { kind: 'rejected', line: item.line, reason: 'missing_column', column: missing ?? 'Date' };
      continue;
    }
    const result = mapMetaDailyRow(item.cells, item.line, ctx);
    if ('rejected' in result) yield { kind: 'rejected', ...result.rejected };
    else yield { kind: 'values', line: item.line, values: [result.ok], followers: null };
  }
  if (ctx === null && missing === null) yield { kind: 'problem', line: 1, reason: 'empty' };
}

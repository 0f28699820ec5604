/**
 * TikTok Studio's daily files: Overview (video views, profile views, likes, comments, shares per day)
 * and FollowerHistory (followers per day and the change from the day before, which is negative on
 * days with more unfollows). Dates have no year and the rows run oldest first, so the years are set
 * from the last row backwards (see `inferSeriesYears`); that needs the whole series, which these files
 * keep small (TikTok offers at most a year of days). Rows are therefore emitted at the end, in file
 * order. A literal `undefined` is "no figure": a null value, and no follower snapshot that day.
 */
import type { DailyValue, FollowerSnapshot } from '../model.ts';
import { formatDay, inferSeriesYears, type MonthDay, parseDayMonth } from './dates.ts';
import {
  type HeaderTable,
  resolveHeader,
  TIKTOK_FOLLOWER_HISTORY_HEADERS,
  TIKTOK_OVERVIEW_HEADERS,
} from './headers.ts';
import { type NumberStyle, numberStyleOf, parseCount } from './numbers.ts';
import type { ImportRow, RejectReason } from './outcome.ts';
import type { RecordItem, SourceRecord } from './records.ts';
import { cellAt, walkTable } from './table.ts';
import { type ExportDateSources, resolveExportDate } from './tiktok-dates.ts';

/** The metric ids DailyValue uses for each Overview column. */
export const TIKTOK_OVERVIEW_METRICS = {
  video_views: 'video_views',
  profile_views: 'profile_views',
  likes: 'likes',
  comments: 'comments',
  shares: 'shares',
} as const;

/** The metric id of FollowerHistory's daily difference (net followers gained; negative when lost). */
export const FOLLOWER_CHANGE_METRIC = 'follower_change';

interface SeriesSpec<F extends string> {
  table: HeaderTable<F>;
  /** The day's values and follower count from its cells, or the column that is not a number. */
  read(
    cells: readonly string[],
    columns: Partial<Record<F, number>>,
    style: NumberStyle,
  ): { metrics: [string, number | null][]; followers: number | null } | { bad: F };
}

const OVERVIEW: SeriesSpec<keyof typeof TIKTOK_OVERVIEW_HEADERS> = {
  table: TIKTOK_OVERVIEW_HEADERS,
  read(cells, columns, style) {
    const metrics: [string, number | null][] = [];
    for (const field of Object.keys(TIKTOK_OVERVIEW_METRICS) as (keyof typeof TIKTOK_OVERVIEW_METRICS)[]) {
      if (columns[field] === undefined) continue;
      const value = parseCount(cellAt(cells, columns[field]), style);
      if (value === 'invalid') return { bad: field };
      metrics.push([TIKTOK_OVERVIEW_METRICS[field], value]);
    }
    return { metrics, followers: null };
  },
};

const FOLLOWER_HISTORY: SeriesSpec<keyof typeof TIKTOK_FOLLOWER_HISTORY_HEADERS> = {
  table: TIKTOK_FOLLOWER_HISTORY_HEADERS,
  read(cells, columns, style) {
    const followers = parseCount(cellAt(cells, columns.followers), style);
    if (followers === 'invalid' || (followers !== null && followers < 0)) return { bad: 'followers' };
    const metrics: [string, number | null][] = [];
    if (columns.difference !== undefined) {
      const difference = parseCount(cellAt(cells, columns.difference), style);
      if (difference === 'invalid') return { bad: 'difference' };
      metrics.push([FOLLOWER_CHANGE_METRIC, difference]);
    }
    return { metrics, followers };
  },
};

type Pending =
  | { line: number; date: MonthDay; metrics: [string, number | null][]; followers: number | null }
  | { line: number; rejected: RejectReason; column?: string };

async function* importSeries<F extends string>(
  records: AsyncIterable<RecordItem>,
  spec: SeriesSpec<F>,
  options: ExportDateSources,
): AsyncGenerator<ImportRow> {
  let header: SourceRecord | null = null;
  let columns: Partial<Record<F & string, number>> = {};
  let style: NumberStyle = 'en';
  const dateField = 'date' as F;
  const pending: Pending[] = [];
  const name = (field: F): string => {
    const index = columns[field];
    return index === undefined
      ? (spec.table[field].en?.[0] ?? field)
      : (header?.cells[index] ?? field).trim();
  };
  yield* walkTable(records, {
    header(record) {
      header = record;
      const resolved = resolveHeader(record.cells, spec.table);
      columns = resolved.columns;
      style = numberStyleOf(resolved.language);
      return columns[dateField] === undefined
        ? [{ kind: 'problem', line: record.line, reason: 'missing_column', column: name(dateField) }]
        : [];
    },
    row(record) {
      pending.push(readRow(record, header?.cells.length ?? 0));
      return [];
    },
    end() {
      return finish(pending, options);
    },
  });

  function readRow(record: SourceRecord, width: number): Pending {
    const { line, cells } = record;
    if (cells.length !== width) return { line, rejected: 'wrong_field_count' };
    if (columns[dateField] === undefined)
      return { line, rejected: 'missing_column', column: name(dateField) };
    const dateText = cellAt(cells, columns[dateField]);
    if (dateText === '') return { line, rejected: 'missing_date', column: name(dateField) };
    const parsed = parseDayMonth(dateText);
    if (parsed === null) return { line, rejected: 'bad_date', column: name(dateField) };
    const read = spec.read(cells, columns, style);
    if ('bad' in read) return { line, rejected: 'not_a_number', column: name(read.bad) };
    return { line, date: parsed.date, ...read };
  }
}

function* finish(pending: readonly Pending[], options: ExportDateSources): Generator<ImportRow> {
  const dated = pending.filter((row) => 'date' in row);
  const reference = resolveExportDate(options);
  const yearless = dated.filter((row) => row.date.year === null);
  if (reference === null && yearless.length > 0) {
    yield { kind: 'problem', line: yearless[0]!.line, reason: 'no_export_date' };
  }
  const years =
    reference === null
      ? dated.map(() => null)
      : inferSeriesYears(
          dated.map((row) => row.date),
          reference,
        );
  const days = new Map<number, string | null>();
  dated.forEach((row, index) => {
    const { year, month, day } = row.date;
    days.set(row.line, year !== null ? formatDay(year, month, day) : (years[index] ?? null));
  });
  for (const row of pending) {
    if ('rejected' in row) {
      yield row.column === undefined
        ? { kind: 'rejected', line: row.line, reason: row.rejected }
        : { kind: 'rejected', line: row.line, reason: row.rejected, column: row.column };
      continue;
    }
    const date = days.get(row.line) ?? null;
    if (date === null) {
      yield { kind: 'rejected', line: row.line, reason: 'no_export_date' };
      continue;
    }
    const values: DailyValue[] = row.metrics.map(([metric, value]) => ({ date, metric, value }));
    const followers: FollowerSnapshot | null =
      row.followers === null ? null : { date, followers: row.followers };
    yield { kind: 'values', line: row.line, values, followers };
  }
}

export function importTikTokOverview(
  records: AsyncIterable<RecordItem>,
  options: ExportDateSources,
): AsyncGenerator<ImportRow> {
  return importSeries(records, OVERVIEW, options);
}

export function importTikTokFollowerHistory(
  records: AsyncIterable<RecordItem>,
  options: ExportDateSources,
): AsyncGenerator<ImportRow> {
  return importSeries(records, FOLLOWER_HISTORY, options);
}

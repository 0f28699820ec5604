/**
 * TikTok Studio's Content export (Analytics → Content → Download): one row per recent video with
 * lifetime likes, comments, shares and views, but no reach and no time of day. `Post time` is a day
 * without a year (`June 13`, `8 Juli`, `2 Μαρτίου`); `Time`, the same on every row, is the export day.
 * Posts are dated at the start of their local day, so hour-of-day figures must leave TikTok out.
 */
import { type ImportedPost, noMetrics, type PostMetrics } from '../model.ts';
import { formatDay, inferYear, parseDayMonth, startOfLocalDay } from './dates.ts';
import { resolveHeader, TIKTOK_CONTENT_HEADERS } from './headers.ts';
import { type NumberStyle, numberStyleOf, parseCount } from './numbers.ts';
import type { ImportRow, RejectReason, RowResult } from './outcome.ts';
import type { RecordItem } from './records.ts';
import { cellAt, rejectRow, SeenIds, textAt, walkTable } from './table.ts';
import { type ExportDateSources, resolveExportDate } from './tiktok-dates.ts';

export type TikTokContentField = keyof typeof TIKTOK_CONTENT_HEADERS;

export interface TikTokContentContext {
  columns: Partial<Record<TikTokContentField, number>>;
  header: readonly string[];
  /** `YYYY-MM-DD`; null when no source gives one (rows are then rejected as `no_export_date`). */
  exportDate: string | null;
  timeZone: string;
  numberStyle: NumberStyle;
}

/** The video (or photo post) id and the account handle in a TikTok link. */
export function parseTikTokLink(link: string): { id: string; handle: string | null; photo: boolean } | null {
  const match = /(?:@([\w.-]+)\/)?(video|photo)\/(\d+)/.exec(link);
  if (match?.[3] !== undefined)
    return { id: match[3], handle: match[1] ?? null, photo: match[2] === 'photo' };
  return /^\d+$/.test(link.trim()) ? { id: link.trim(), handle: null, photo: false } : null;
}

const METRICS: readonly (readonly [keyof PostMetrics, TikTokContentField])[] = [
  ['views', 'views'],
  ['likes', 'likes'],
  ['comments', 'comments'],
  ['shares', 'shares'],
];

export function mapTikTokContentRow(
  cells: readonly string[],
  line: number,
  ctx: TikTokContentContext,
): RowResult<ImportedPost> {
  const reject = (reason: RejectReason, field?: TikTokContentField) =>
    rejectRow(line, reason, field === undefined ? undefined : columnName(ctx, field));
  if (cells.length !== ctx.header.length) return reject('wrong_field_count');
  if (ctx.columns.link === undefined) return reject('missing_column', 'link');
  if (ctx.columns.post_time === undefined) return reject('missing_column', 'post_time');
  const linkText = cellAt(cells, ctx.columns.link);
  const link = parseTikTokLink(linkText);
  if (link === null) return reject('missing_post_id', 'link');
  const postTime = cellAt(cells, ctx.columns.post_time);
  if (postTime === '') return reject('missing_date', 'post_time');
  const parsed = parseDayMonth(postTime);
  if (parsed === null) return reject('bad_date', 'post_time');
  let day: string | null;
  if (parsed.date.year !== null) day = formatDay(parsed.date.year, parsed.date.month, parsed.date.day);
  else if (ctx.exportDate === null) return reject('no_export_date', 'post_time');
  else day = inferYear(parsed.date, ctx.exportDate);
  const publishedAt = day === null ? null : startOfLocalDay(day, ctx.timeZone);
  if (publishedAt === null) return reject('bad_date', 'post_time');
  const metrics: PostMetrics = noMetrics();
  for (const [metric, field] of METRICS) {
    const value = parseCount(cellAt(cells, ctx.columns[field]), ctx.numberStyle);
    if (value === 'invalid') return reject('not_a_number', field);
    metrics[metric] = value;
  }
  return {
    ok: {
      platformPostId: link.id,
      ownerAccountId: null,
      ownerHandle: link.handle,
      publishedAt,
      // Photo-mode posts are slideshows of images.
      type: link.photo ? 'carousel' : 'video',
      typeLabel: null,
      caption: textAt(cells, ctx.columns.title),
      permalink: linkText === '' ? null : linkText,
      durationSeconds: null,
      metrics,
    },
  };
}

function columnName(
  ctx: { columns: Partial<Record<TikTokContentField, number>>; header: readonly string[] },
  field: TikTokContentField,
): string {
  const index = ctx.columns[field];
  return index === undefined
    ? (TIKTOK_CONTENT_HEADERS[field].en[0] ?? field)
    : (ctx.header[index] ?? field).trim();
}

export interface TikTokOptions extends ExportDateSources {
  timeZone: string;
}

export async function* importTikTokContent(
  records: AsyncIterable<RecordItem>,
  options: TikTokOptions,
): AsyncGenerator<ImportRow> {
  let ctx: TikTokContentContext | null = null;
  let exportDateKnown = false;
  const seen = new SeenIds();
  yield* walkTable(records, {
    header(header) {
      const resolved = resolveHeader(header.cells, TIKTOK_CONTENT_HEADERS);
      ctx = {
        columns: resolved.columns,
        header: header.cells,
        exportDate: null,
        timeZone: options.timeZone,
        numberStyle: numberStyleOf(resolved.language),
      };
      const problems: ImportRow[] = [];
      for (const field of ['link', 'post_time'] as const) {
        if (resolved.columns[field] === undefined)
          problems.push({
            kind: 'problem',
            line: header.line,
            reason: 'missing_column',
            column: columnName(ctx, field),
          });
      }
      return problems;
    },
    row(record) {
      if (ctx === null) return [];
      const out: ImportRow[] = [];
      if (!exportDateKnown) {
        // The first data row's `Time` fixes the export day for the whole file.
        exportDateKnown = true;
        ctx.exportDate = resolveExportDate(options, textAt(record.cells, ctx.columns.time));
        if (ctx.exportDate === null)
          out.push({ kind: 'problem', line: record.line, reason: 'no_export_date' });
      }
      const result = mapTikTokContentRow(record.cells, record.line, ctx);
      if ('rejected' in result) out.push({ kind: 'rejected', ...result.rejected });
      else if (seen.has(result.ok.platformPostId))
        out.push({
          kind: 'rejected',
          line: record.line,
          reason: 'duplicate_post_id',
          column: columnName(ctx, 'link'),
        });
      else {
        seen.add(result.ok.platformPostId);
        out.push({ kind: 'post', line: record.line, post: result.ok });
      }
      return out;
    },
  });
}

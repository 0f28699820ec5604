/**
 * Meta Business Suite's posts export (Insights → Content → Export), for Instagram accounts and Facebook
 * Pages, in English or Indonesian. One row per post with lifetime figures (`Date` = `Lifetime` /
 * `Sepanjang Masa`). Instagram files name the account (`Account ID`, `Account username`), Facebook
 * files the Page (`Page ID`, `Page name`); collab posts owned by another account carry that account's
 * id, so owners are kept per post (see owner.ts).
 */
import { type ImportedPost, noMetrics, type Platform, type PostMetrics } from '../model.ts';
import { parseLocalDateTime } from './dates.ts';
import { META_POST_HEADERS, resolveHeader } from './headers.ts';
import { type NumberStyle, numberStyleOf, parseCount, parseDecimal } from './numbers.ts';
import type { ImportRow, RejectReason, RowResult } from './outcome.ts';
import { normalisePostType } from './post-types.ts';
import type { RecordItem } from './records.ts';
import { cellAt, rejectRow, SeenIds, textAt, walkTable } from './table.ts';

export type MetaPostField = keyof typeof META_POST_HEADERS;

export interface MetaPostsContext {
  columns: Partial<Record<MetaPostField, number>>;
  /** The header as written, to name columns in rejections. */
  header: readonly string[];
  timeZone: string;
  numberStyle: NumberStyle;
}

const REQUIRED: readonly MetaPostField[] = ['post_id', 'publish_time'];

const METRIC_FIELDS: readonly (readonly [keyof PostMetrics, MetaPostField])[] = [
  ['views', 'views'],
  ['reach', 'reach'],
  ['likes', 'likes'],
  ['reactions', 'reactions'],
  ['comments', 'comments'],
  ['shares', 'shares'],
  ['saves', 'saves'],
  ['follows', 'follows'],
  ['clicks', 'clicks'],
];

/** Facebook when the header names a Page, Instagram otherwise (Meta's IG files name an account). */
export function metaPostsPlatform(columns: Partial<Record<MetaPostField, number>>): Platform {
  const page = columns.page_id !== undefined || columns.page_name !== undefined;
  const account = columns.account_id !== undefined || columns.account_username !== undefined;
  return page && !account ? 'facebook' : 'instagram';
}

export function mapMetaPostRow(
  cells: readonly string[],
  line: number,
  ctx: MetaPostsContext,
): RowResult<ImportedPost> {
  const reject = (reason: RejectReason, field?: MetaPostField) =>
    rejectRow(line, reason, field === undefined ? undefined : columnName(ctx, field));
  if (cells.length !== ctx.header.length) return reject('wrong_field_count');
  for (const field of REQUIRED) if (ctx.columns[field] === undefined) return reject('missing_column', field);
  const { columns } = ctx;
  const platformPostId = cellAt(cells, columns.post_id);
  if (platformPostId === '') return reject('missing_post_id', 'post_id');
  const publishText = cellAt(cells, columns.publish_time);
  if (publishText === '') return reject('missing_date', 'publish_time');
  const publishedAt = parseLocalDateTime(publishText, ctx.timeZone);
  if (publishedAt === null) return reject('bad_date', 'publish_time');

  const metrics: PostMetrics = noMetrics();
  for (const [metric, field] of METRIC_FIELDS) {
    const value = parseCount(cellAt(cells, columns[field]), ctx.numberStyle);
    if (value === 'invalid') return reject('not_a_number', field);
    metrics[metric] = value;
  }
  const duration = parseDecimal(cellAt(cells, columns.duration), ctx.numberStyle);
  if (duration === 'invalid') return reject('not_a_number', 'duration');
  const typeLabel = textAt(cells, columns.post_type);
  return {
    ok: {
      platformPostId,
      ownerAccountId: textAt(cells, columns.account_id) ?? textAt(cells, columns.page_id),
      ownerHandle: textAt(cells, columns.account_username) ?? textAt(cells, columns.page_name),
      publishedAt,
      type: typeLabel === null ? 'other' : normalisePostType(typeLabel),
      typeLabel,
      // Facebook keeps a video's title apart from the post's text; the text is the caption.
      caption: textAt(cells, columns.description) ?? textAt(cells, columns.title),
      permalink: textAt(cells, columns.permalink),
      durationSeconds: duration,
      metrics,
    },
  };
}

function columnName(ctx: MetaPostsContext, field: MetaPostField): string {
  const index = ctx.columns[field];
  return index === undefined
    ? (META_POST_HEADERS[field].en[0] ?? field)
    : (ctx.header[index] ?? field).trim();
}

export interface MetaPostsOptions {
  timeZone: string;
}

export async function* importMetaPosts(
  records: AsyncIterable<RecordItem>,
  options: MetaPostsOptions,
): AsyncGenerator<ImportRow> {
  let ctx: MetaPostsContext | null = null;
  const seen = new SeenIds();
  yield* walkTable(records, {
    header(header) {
      const resolved = resolveHeader(header.cells, META_POST_HEADERS);
      ctx = {
        columns: resolved.columns,
        header: header.cells,
        timeZone: options.timeZone,
        numberStyle: numberStyleOf(resolved.language),
      };
      const problems: ImportRow[] = [];
      for (const field of REQUIRED) {
        if (resolved.columns[field] === undefined)
          problems.push({
            kind: 'problem',
            line: header.line,
            reason: 'missing_column',
            column: columnName(ctx, field),
          });
      }
      for (const field of resolved.duplicates)
        problems.push({
          kind: 'problem',
          line: header.line,
          reason: 'duplicate_column',
          column: columnName(ctx, field),
        });
      return problems;
    },
    row(record) {
      if (ctx === null) return [];
      const result = mapMetaPostRow(record.cells, record.line, ctx);
      if ('rejected' in result) return [{ kind: 'rejected', ...result.rejected }];
      if (seen.has(result.ok.platformPostId))
        return [
          {
            kind: 'rejected',
            line: record.line,
            reason: 'duplicate_post_id',
            column: columnName(ctx, 'post_id'),
          },
        ];
      seen.add(result.ok.platformPostId);
      return [{ kind: 'post', line: record.line, post: result.ok }];
    },
  });
}

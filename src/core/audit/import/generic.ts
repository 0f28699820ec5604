/**
 * Any other CSV of posts, with a mapping from our fields to the file's header names chosen by a person
 * (the UI offers `readHeaderNames`' list). Only the post id and the publication time are required.
 * Publication times may be ISO 8601 (with or without an offset), Meta's `MM/DD/YYYY HH:mm`, or Unix
 * seconds or milliseconds; times without an offset are local to the given time zone.
 */
import { type ImportedPost, noMetrics, type PostMetrics } from '../model.ts';
import { parseLocalDateTime } from './dates.ts';
import { normaliseHeader } from './headers.ts';
import { type NumberStyle, parseCount } from './numbers.ts';
import type { ImportRow, RejectReason, RowResult } from './outcome.ts';
import { normalisePostType } from './post-types.ts';
import { isUnreadable, type RecordItem } from './records.ts';
import { cellAt, rejectRow, SeenIds, textAt, walkTable } from './table.ts';

export { GENERIC_FIELDS, GENERIC_METRIC_FIELDS, type GenericField } from './generic-fields.ts';

import { GENERIC_FIELDS, GENERIC_METRIC_FIELDS, type GenericField } from './generic-fields.ts';

/** Our field → the file's header name. */
export type GenericMapping = { post_id: string; published_at: string } & Partial<
  Record<GenericField, string>
>;

export interface GenericContext {
  columns: Partial<Record<GenericField, number>>;
  mapping: GenericMapping;
  width: number;
  timeZone: string;
  numberStyle: NumberStyle;
}

/** Unix seconds (10 digits) or milliseconds (13 digits), then the date-time forms of parseLocalDateTime. */
export function parseGenericTime(raw: string, timeZone: string): number | null {
  const text = raw.trim();
  if (/^\d{10}$/.test(text)) return Number(text) * 1000;
  if (/^\d{13}$/.test(text)) return Number(text);
  return parseLocalDateTime(text, timeZone);
}

export function mapGenericRow(
  cells: readonly string[],
  line: number,
  ctx: GenericContext,
): RowResult<ImportedPost> {
  const reject = (reason: RejectReason, field?: GenericField) =>
    rejectRow(line, reason, field === undefined ? undefined : (ctx.mapping[field] ?? field));
  if (cells.length !== ctx.width) return reject('wrong_field_count');
  if (ctx.columns.post_id === undefined) return reject('missing_column', 'post_id');
  if (ctx.columns.published_at === undefined) return reject('missing_column', 'published_at');
  const platformPostId = cellAt(cells, ctx.columns.post_id);
  if (platformPostId === '') return reject('missing_post_id', 'post_id');
  const timeText = cellAt(cells, ctx.columns.published_at);
  if (timeText === '') return reject('missing_date', 'published_at');
  const publishedAt = parseGenericTime(timeText, ctx.timeZone);
  if (publishedAt === null) return reject('bad_date', 'published_at');
  const metrics: PostMetrics = noMetrics();
  for (const field of GENERIC_METRIC_FIELDS) {
    const value = parseCount(cellAt(cells, ctx.columns[field]), ctx.numberStyle);
    if (value === 'invalid') return reject('not_a_number', field);
    metrics[field] = value;
  }
  const typeLabel = textAt(cells, ctx.columns.type);
  return {
    ok: {
      platformPostId,
      ownerAccountId: null,
      ownerHandle: null,
      publishedAt,
      type: typeLabel === null ? 'other' : normalisePostType(typeLabel),
      typeLabel,
      caption: textAt(cells, ctx.columns.caption),
      permalink: textAt(cells, ctx.columns.permalink),
      durationSeconds: null,
      metrics,
    },
  };
}

export interface GenericOptions {
  mapping: GenericMapping;
  timeZone: string;
  numberStyle?: NumberStyle;
}

export async function* importGeneric(
  records: AsyncIterable<RecordItem>,
  options: GenericOptions,
): AsyncGenerator<ImportRow> {
  let ctx: GenericContext | null = null;
  const seen = new SeenIds();
  yield* walkTable(records, {
    header(header) {
      const byName = new Map<string, number>();
      header.cells.forEach((cell, index) => {
        const key = normaliseHeader(cell);
        if (!byName.has(key)) byName.set(key, index);
      });
      const columns: Partial<Record<GenericField, number>> = {};
      const problems: ImportRow[] = [];
      for (const field of GENERIC_FIELDS) {
        const name = options.mapping[field];
        if (name === undefined || name.trim() === '') continue;
        const index = byName.get(normaliseHeader(name));
        if (index === undefined)
          problems.push({ kind: 'problem', line: header.line, reason: 'missing_column', column: name });
        else columns[field] = index;
      }
      ctx = {
        columns,
        mapping: options.mapping,
        width: header.cells.length,
        timeZone: options.timeZone,
        numberStyle: options.numberStyle ?? 'en',
      };
      return problems;
    },
    row(record) {
      if (ctx === null) return [];
      const result = mapGenericRow(record.cells, record.line, ctx);
      if ('rejected' in result) return [{ kind: 'rejected', ...result.rejected }];
      if (seen.has(result.ok.platformPostId))
        return [
          { kind: 'rejected', line: record.line, reason: 'duplicate_post_id', column: ctx.mapping.post_id },
        ];
      seen.add(result.ok.platformPostId);
      return [{ kind: 'post', line: record.line, post: result.ok }];
    },
  });
}

/** The header names of a CSV (its first non-blank record), for a person to map; [] for an empty file. */
export async function readHeaderNames(records: AsyncIterable<RecordItem>): Promise<string[]> {
  for await (const item of records) {
    if (isUnreadable(item)) return [];
    if (item.cells.length > 0) return item.cells.map((cell) => cell.trim());
  }
  return [];
}

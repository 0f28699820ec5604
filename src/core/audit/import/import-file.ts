/**
 * The one entry point: bytes in, detected format and a stream of row outcomes out. The caller owns all
 * I/O (it passes the file as chunks, and today's date if it wants TikTok years inferred from it);
 * nothing here reads a clock, the environment or the disk.
 *
 *   const opened = await openImport(chunks, { fileName, today: '2026-07-01' });
 *   const summariser = new ImportSummariser(opened.detection);
 *   for await (const row of opened.rows) { summariser.add(row); … store row.post in batches … }
 */
import type { Platform } from '../model.ts';
import { collect, type ImportSource, peek, toChunks } from './byte-stream.ts';
import { isTimeZone } from './dates.ts';
import { DETECT_HEAD_BYTES, detectFormat, detectRecords } from './detect.ts';
import { type GenericMapping, importGeneric } from './generic.ts';
import { importInstagramJson } from './instagram-json.ts';
import { importMetaAudience } from './meta-audience.ts';
import { importMetaDaily } from './meta-daily.ts';
import { importMetaPosts } from './meta-posts.ts';
import { numberStyleOf } from './numbers.ts';
import type { Detection, ImportFormat, ImportRow } from './outcome.ts';
import { type RecordItem, readRecords, recordsOf } from './records.ts';
import { importTikTokContent } from './tiktok-content.ts';
import { importTikTokFollowerHistory, importTikTokOverview } from './tiktok-daily.ts';
import { resolveExportDate } from './tiktok-dates.ts';
import { looksLikeXlsx } from './xlsx-signature.ts';

export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

export interface ImportOptions {
  /** The uploaded file's name: a date in it can date TikTok rows, and `posts_1.json` names a format. */
  fileName?: string | null;
  /** Skip detection (e.g. `generic` with a mapping, or a person correcting a wrong guess). */
  format?: ImportFormat;
  /** Instagram or Facebook for a Meta file whose headers do not tell (daily files), or a correction. */
  platform?: Platform;
  /** The zone Meta wrote local times in and TikTok days are counted in. */
  timeZone?: string;
  /** `YYYY-MM-DD` the file was exported, when the person knows it. */
  exportDate?: string | null;
  /** `YYYY-MM-DD` today, from the caller's clock: the latest an export can have been made. */
  today?: string | null;
  /** Columns of a generic CSV; implies format `generic`. */
  mapping?: GenericMapping;
}

export type { ImportSource } from './byte-stream.ts';

export interface OpenedImport {
  detection: Detection;
  rows: AsyncGenerator<ImportRow>;
}

export async function openImport(source: ImportSource, options: ImportOptions = {}): Promise<OpenedImport> {
  const { head, rest } = await peek(toChunks(source), DETECT_HEAD_BYTES);
  let records: () => AsyncIterable<RecordItem>;
  let detected: Detection;
  if (looksLikeXlsx(head)) {
    const bytes = await collect(rest);
    const { readXlsxRecords } = await import('./xlsx.ts');
    const workbook = await readXlsxRecords(bytes);
    if ('unreadable' in workbook) {
      detected = { format: 'unknown', platform: null, language: null, xlsx: true };
      return {
        detection: applyOverrides(detected, options),
        rows: single({ kind: 'problem', line: 1, reason: 'unreadable' }),
      };
    }
    detected = { ...detectRecords(workbook.records.slice(0, 8)), xlsx: true };
    records = () => recordsOf(workbook.records);
  } else {
    detected = await detectFormat({ fileName: options.fileName ?? null, head });
    records = () => readRecords(rest);
  }
  const detection = applyOverrides(detected, options);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isTimeZone(timeZone)) {
    return { detection, rows: single({ kind: 'problem', line: 1, reason: 'bad_time_zone' }) };
  }
  const dates = {
    exportDate: options.exportDate ?? null,
    fileName: options.fileName ?? null,
    today: options.today ?? null,
  };
  let rows: AsyncGenerator<ImportRow>;
  switch (detection.format) {
    case 'meta_posts':
      rows = importMetaPosts(records(), { timeZone });
      break;
    case 'meta_daily':
      rows = importMetaDaily(records(), { metric: metricFromFileName(options.fileName ?? '') });
      break;
    case 'meta_audience':
      rows = importMetaAudience(records(), { date: resolveExportDate(dates) });
      break;
    case 'tiktok_content':
      rows = importTikTokContent(records(), { ...dates, timeZone });
      break;
    case 'tiktok_overview':
      rows = importTikTokOverview(records(), dates);
      break;
    case 'tiktok_follower_history':
      rows = importTikTokFollowerHistory(records(), dates);
      break;
    case 'instagram_json':
      rows = importInstagramJson(rest);
      break;
    case 'generic':
      rows = options.mapping
        ? importGeneric(records(), {
            mapping: options.mapping,
            timeZone,
            numberStyle: numberStyleOf(detection.language),
          })
        : single({ kind: 'problem', line: 1, reason: 'unknown_format' });
      break;
    case 'unknown':
      rows = single({ kind: 'problem', line: 1, reason: 'unknown_format' });
      break;
  }
  return { detection, rows };
}

function applyOverrides(detected: Detection, options: ImportOptions): Detection {
  let detection = detected;
  const format = options.format ?? (options.mapping ? 'generic' : undefined);
  if (format !== undefined && format !== detected.format) {
    detection = {
      ...detection,
      format,
      platform: platformOf(format),
      language: format === 'generic' ? detected.language : null,
    };
  }
  if (options.platform !== undefined) detection = { ...detection, platform: options.platform };
  return detection;
}

function platformOf(format: ImportFormat): Platform | null {
  if (format.startsWith('tiktok_')) return 'tiktok';
  return format === 'instagram_json' ? 'instagram' : null;
}

/** Meta names daily files after their metric (`account_Reach.csv`). */
function metricFromFileName(fileName: string): string | undefined {
  const match = /_([A-Za-z ]+)\.csv$/i.exec(fileName);
  return match?.[1];
}

async function* single(row: ImportRow): AsyncGenerator<ImportRow> {
  yield row;
}

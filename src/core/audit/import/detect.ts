/**
 * Which importer a file needs, from its first bytes (and, for XLSX, its first rows). Rules, in order:
 *
 * 1. Starts with a zip signature → an XLSX: its header is only known once the workbook is read, so the
 *    answer says `xlsx: true` and `detectRecords` decides on its rows.
 * 2. Starts with `[` and mentions `creation_timestamp` or `media` (or is named `posts_N.json`) →
 *    `instagram_json`.
 * 3. The first CSV record (after a `sep=` line) names Meta's `Post ID` and `Publish time` → `meta_posts`;
 *    Facebook when it names a Page and no account, Instagram otherwise; language from the headers.
 * 4. It names TikTok's `Video link` and `Post time` → `tiktok_content`.
 * 5. `Date` with `Followers` or the daily difference → `tiktok_follower_history`.
 * 6. `Date` with `Video Views` or `Profile Views` → `tiktok_overview`.
 * 7. A one-cell first record (the metric's name) followed by `Date`,`Primary` → `meta_daily`.
 * 8. A one-cell first record titled `Instagram followers` (or its equivalents) → `meta_audience`.
 * 9. Anything else → `unknown` (importable through a column mapping).
 *
 * TikTok keeps English headers in other interface languages and translates only month names, so the
 * language of a TikTok file is the one whose month names its first date uses.
 */
import type { Platform } from '../model.ts';
import { parseDayMonth } from './dates.ts';
import { decodeHead } from './decode.ts';
import {
  META_DAILY_HEADERS,
  META_POST_HEADERS,
  resolveHeader,
  TIKTOK_CONTENT_HEADERS,
  TIKTOK_FOLLOWER_HISTORY_HEADERS,
  TIKTOK_OVERVIEW_HEADERS,
} from './headers.ts';
import { audienceSectionPlatform } from './meta-audience.ts';
import { metaPostsPlatform } from './meta-posts.ts';
import type { Detection, ExportLanguage } from './outcome.ts';
import { isUnreadable, readTextRecords, type SourceRecord } from './records.ts';
import { cellAt } from './table.ts';
import { looksLikeXlsx } from './xlsx-signature.ts';

/** How much of a file detection looks at: the header and a few rows of even a wide posts export. */
export const DETECT_HEAD_BYTES = 64 * 1024;

const UNKNOWN: Detection = { format: 'unknown', platform: null, language: null, xlsx: false };

export async function detectFormat(input: {
  fileName?: string | null;
  head: Uint8Array | string;
}): Promise<Detection> {
  const { head } = input;
  if (typeof head !== 'string' && looksLikeXlsx(head)) return { ...UNKNOWN, xlsx: true };
  const text = (typeof head === 'string' ? head : decodeHead(head)).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    const named = /posts_\d+\.json$/i.test(input.fileName ?? '');
    const looksLikePosts = start.startsWith('[') && /"(creation_timestamp|media)"/.test(start);
    return looksLikePosts || (named && start.startsWith('['))
      ? { format: 'instagram_json', platform: 'instagram', language: null, xlsx: false }
      : UNKNOWN;
  }
  return detectRecords(await firstRecords(text, 4));
}

/** The first `count` records of a text (blank lines included), ignoring a cut-off record at its end. */
async function firstRecords(text: string, count: number): Promise<SourceRecord[]> {
  const records: SourceRecord[] = [];
  async function* once(): AsyncGenerator<string> {
    yield text;
  }
  for await (const item of readTextRecords(once())) {
    if (isUnreadable(item)) break;
    records.push(item);
    if (records.filter((r) => r.cells.length > 0).length >= count) break;
  }
  return records;
}

/** Detection from a file's first records (blank lines as empty records), for CSV and XLSX alike. */
export function detectRecords(records: readonly SourceRecord[]): Detection {
  const rows = records.filter((record) => record.cells.length > 0).map((record) => record.cells);
  const [first, second] = rows;
  if (!first) return UNKNOWN;

  const meta = resolveHeader(first, META_POST_HEADERS);
  if (meta.columns.post_id !== undefined && meta.columns.publish_time !== undefined) {
    return {
      format: 'meta_posts',
      platform: metaPostsPlatform(meta.columns),
      language: meta.language,
      xlsx: false,
    };
  }
  const content = resolveHeader(first, TIKTOK_CONTENT_HEADERS);
  if (content.columns.link !== undefined && content.columns.post_time !== undefined) {
    const language = monthLanguage(second ? cellAt(second, content.columns.post_time) : '', content.language);
    return { format: 'tiktok_content', platform: 'tiktok', language, xlsx: false };
  }
  const history = resolveHeader(first, TIKTOK_FOLLOWER_HISTORY_HEADERS);
  if (
    history.columns.date !== undefined &&
    (history.columns.followers !== undefined || history.columns.difference !== undefined)
  ) {
    const language = monthLanguage(second ? cellAt(second, history.columns.date) : '', history.language);
    return { format: 'tiktok_follower_history', platform: 'tiktok', language, xlsx: false };
  }
  const overview = resolveHeader(first, TIKTOK_OVERVIEW_HEADERS);
  if (
    overview.columns.date !== undefined &&
    (overview.columns.video_views !== undefined || overview.columns.profile_views !== undefined)
  ) {
    const language = monthLanguage(second ? cellAt(second, overview.columns.date) : '', overview.language);
    return { format: 'tiktok_overview', platform: 'tiktok', language, xlsx: false };
  }
  if (first.length === 1) {
    const daily = second ? resolveHeader(second, META_DAILY_HEADERS) : null;
    if (daily && daily.columns.date !== undefined && daily.columns.primary !== undefined) {
      return { format: 'meta_daily', platform: null, language: daily.language, xlsx: false };
    }
    const platform: Platform | null = audienceSectionPlatform(first[0] ?? '');
    if (platform !== null) {
      const language = /^pengikut/i.test((first[0] ?? '').trim()) ? 'id' : 'en';
      return { format: 'meta_audience', platform, language, xlsx: false };
    }
  }
  return UNKNOWN;
}

/** The language a TikTok date's month name is written in, preferring the headers' when both fit. */
function monthLanguage(dateCell: string, headerLanguage: ExportLanguage | null): ExportLanguage | null {
  const parsed = parseDayMonth(dateCell);
  if (!parsed || parsed.languages.length === 0) return headerLanguage;
  if (headerLanguage !== null && parsed.languages.includes(headerLanguage)) return headerLanguage;
  return parsed.languages[0] ?? headerLanguage;
}

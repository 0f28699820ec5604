/**
 * What an importer hands back, one record at a time: every data row of a file ends in exactly one
 * outcome (a post, a row of daily values, or a rejection with its line and a stable reason code), so a
 * caller can stream 100k rows into the database in batches and still account for every row. Problems
 * with the file as a whole (no header, a required column missing) are separate `problem` events.
 */
import type { DailyValue, FollowerSnapshot, ImportedPost, Platform } from '../model.ts';

export const IMPORT_FORMATS = [
  'meta_posts',
  'meta_daily',
  'meta_audience',
  'tiktok_content',
  'tiktok_overview',
  'tiktok_follower_history',
  'instagram_json',
  'generic',
  'unknown',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Interface languages whose headers, values or month names an importer recognises. */
export type ExportLanguage = 'en' | 'id' | 'el' | 'es' | 'pt' | 'fr' | 'de';

/** Why one data row was not imported. Stable codes: the UI translates them, tests compare them. */
export type RejectReason =
  /** The CSV cannot be read from here on (an unclosed quote): the rest of the file is one rejected row. */
  | 'unreadable'
  | 'wrong_field_count'
  | 'missing_column'
  | 'missing_post_id'
  | 'duplicate_post_id'
  | 'missing_date'
  | 'bad_date'
  /** A date without a year, and neither an export date, a file-name date nor today to infer it from. */
  | 'no_export_date'
  | 'not_a_number'
  | 'not_an_object';

/** Why a file as a whole is (partly) unusable; reported once, at the header's line. */
export type FileProblemReason =
  | 'empty'
  /** A workbook (XLSX) that cannot be opened. */
  | 'unreadable'
  | 'unknown_format'
  | 'missing_column'
  | 'duplicate_column'
  | 'bad_time_zone'
  | 'no_export_date'
  | 'not_an_array';

export interface Rejection {
  /** Physical line (1-based) where the record starts; the header is line 1, after a `sep=` line line 2. */
  line: number;
  reason: RejectReason;
  /** The header as the file spells it (or the mapping's field) when one cell caused the rejection. */
  column?: string;
}

export interface FileProblem {
  line: number;
  reason: FileProblemReason;
  column?: string;
}

export type ImportRow =
  | { kind: 'post'; line: number; post: ImportedPost }
  /** One row of a daily file: its values (possibly none) and, in follower files, the count that day. */
  | { kind: 'values'; line: number; values: DailyValue[]; followers: FollowerSnapshot | null }
  | ({ kind: 'rejected' } & Rejection)
  | ({ kind: 'problem' } & FileProblem);

/** The result of mapping one record: pure, so row mappers are tested with tables of cells. */
export type RowResult<T> = { ok: T } | { rejected: Rejection };

export interface Detection {
  format: ImportFormat;
  platform: Platform | null;
  language: ExportLanguage | null;
  /** True when the bytes are an XLSX workbook: its header is only known after reading the workbook. */
  xlsx: boolean;
}

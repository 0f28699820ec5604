/**
 * The preview of an upload, with the file's header names when its format is not recognised: the
 * column-mapping screen offers them, for a CSV and an XLSX workbook alike (a browser cannot read a
 * workbook's header without a spreadsheet library). The names come from the same core readers the import
 * uses, so a name offered is a name the generic import finds.
 *
 * A CSV is read as a stream as before: only its first bytes are kept for the header. A workbook is read
 * whole anyway (a zip has its directory at the end), so its bytes serve both the preview and the header.
 */

import { collect, peek, toChunks } from '#core/audit/import/byte-stream.ts';
import { readHeaderNames } from '#core/audit/import/generic.ts';
import type { ImportOptions } from '#core/audit/import/import-file.ts';
import { readRecords, recordsOf } from '#core/audit/import/records.ts';
import { looksLikeXlsx } from '#core/audit/import/xlsx-signature.ts';
import type { Database } from '../../db/client.ts';
import { type AccountRow, type ImportReport, previewImport } from './import.ts';

/** Enough of a CSV for its header row, even a wide one (the import's detection reads as much). */
const HEAD_BYTES = 64 * 1024;

export interface PreviewAnswer {
  report: ImportReport;
  /** The file's column names, when the format was not recognised and no mapping was given. */
  headers?: string[];
}

export async function previewWithHeaders(
  chunks: AsyncIterable<Uint8Array>,
  options: ImportOptions,
  against: { db: Database; account: AccountRow },
): Promise<PreviewAnswer> {
  const { head, rest } = await peek(chunks, HEAD_BYTES);
  if (looksLikeXlsx(head)) {
    const bytes = await collect(rest);
    const report = await previewImport(bytes, options, against);
    return wantsHeaders(report, options) ? { report, headers: await workbookHeaders(bytes) } : { report };
  }
  const report = await previewImport(rest, options, against);
  return wantsHeaders(report, options) ? { report, headers: await textHeaders(head) } : { report };
}

/** Only a file that is readable but of no known format needs its columns matched by a person. */
function wantsHeaders(report: ImportReport, options: ImportOptions): boolean {
  return (
    report.format === 'unknown' &&
    !options.format &&
    !options.mapping &&
    report.problems.every((p) => p.reason === 'unknown_format')
  );
}

/** The header names of a CSV's first bytes (any encoding and `sep=` line the import reads). */
export async function textHeaders(head: Uint8Array): Promise<string[]> {
  return distinct(await readHeaderNames(readRecords(toChunks(head))));
}

/** The header names of the first worksheet of a workbook; none when it cannot be opened. */
export async function workbookHeaders(bytes: Uint8Array): Promise<string[]> {
  // Loaded on demand, as the import does: exceljs is large and most files are CSV.
  const { readXlsxRecords } = await import('#core/audit/import/xlsx.ts');
  const workbook = await readXlsxRecords(bytes);
  if ('unreadable' in workbook) return [];
  return distinct(await readHeaderNames(recordsOf(workbook.records)));
}

/** Names as offered for mapping: spaces collapsed, empty ones left out, each once. */
function distinct(names: readonly string[]): string[] {
  const out = names.map((n) => n.replace(/\s+/g, ' ').trim()).filter((n) => n !== '');
  return [...new Set(out)];
}

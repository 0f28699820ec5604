import { readFileSync } from 'node:fs';
import { chunksOf } from './decode.ts';
import { type ImportOptions, openImport } from './import-file.ts';
import type { ImportRow } from './outcome.ts';
import { ImportSummariser, type ImportSummary } from './summary.ts';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
}

/** Imports bytes fed in chunks of `chunkSize` (small sizes split characters and records across chunks). */
export async function runImport(
  bytes: Uint8Array,
  options: ImportOptions = {},
  chunkSize = 7,
): Promise<{ summary: ImportSummary; rows: ImportRow[] }> {
  const opened = await openImport(chunksOf(bytes, chunkSize), options);
  const summariser = new ImportSummariser(opened.detection);
  const rows: ImportRow[] = [];
  for await (const row of opened.rows) {
    summariser.add(row);
    rows.push(row);
  }
  return { summary: summariser.result(), rows };
}

export function postsOf(rows: readonly ImportRow[]) {
  return rows.flatMap((row) => (row.kind === 'post' ? [row.post] : []));
}

export function rejectionsOf(rows: readonly ImportRow[]) {
  return rows.flatMap((row) =>
    row.kind === 'rejected'
      ? [`${row.line}:${row.reason}${row.column === undefined ? '' : `:${row.column}`}`]
      : [],
  );
}

/**
 * The walk every CSV-like importer shares: the first non-blank record is the header, each later
 * non-blank record one data row, and an unreadable rest of the file one last rejected row.
 */
import type { ImportRow, Rejection, RejectReason } from './outcome.ts';
import { isUnreadable, type RecordItem, type SourceRecord } from './records.ts';

export interface TableHandlers {
  /** Called once with the header; returns file problems (reported before any row). */
  header(header: SourceRecord): ImportRow[];
  /** Maps one data row to its outcomes (one row normally; see callers). */
  row(record: SourceRecord): Iterable<ImportRow> | AsyncIterable<ImportRow>;
  /** Rows held back until the end (series that need the last row first). */
  end?(): Iterable<ImportRow>;
}

export async function* walkTable(
  records: AsyncIterable<RecordItem>,
  handlers: TableHandlers,
): AsyncGenerator<ImportRow> {
  let seenHeader = false;
  for await (const item of records) {
    if (isUnreadable(item)) {
      if (!seenHeader) yield { kind: 'problem', line: item.line, reason: 'empty' };
      else yield* handlers.end?.() ?? [];
      yield { kind: 'rejected', line: item.line, reason: 'unreadable' };
      return;
    }
    if (item.cells.length === 0) continue;
    if (!seenHeader) {
      seenHeader = true;
      yield* handlers.header(item);
      continue;
    }
    yield* handlers.row(item);
  }
  if (!seenHeader) yield { kind: 'problem', line: 1, reason: 'empty' };
  else yield* handlers.end?.() ?? [];
}

/** A cell's text by column index, trimmed; '' when the column is absent or the row is short. */
export function cellAt(cells: readonly string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** Text or null for an empty cell. */
export function textAt(cells: readonly string[], index: number | undefined): string | null {
  const text = cellAt(cells, index);
  return text === '' ? null : text;
}

export function rejectRow(line: number, reason: RejectReason, column?: string): { rejected: Rejection } {
  return { rejected: column === undefined ? { line, reason } : { line, reason, column } };
}

/**
 * Post ids already read, to reject a repeated one. Each id is kept as a copy: a cell is a slice of a
 * chunk of the file, and a slice keeps its whole chunk alive, so a set of 100,000 sliced ids would hold
 * the whole file in memory.
 */
export class SeenIds {
  private readonly ids = new Set<string>();

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    // Joining makes V8 flatten the text into a string of its own; the slice then points into that copy.
    this.ids.add(` ${id}`.slice(1));
  }
}

/**
 * CSV records from a stream of bytes, each with the physical line where it starts. csv.ts does the
 * quoting (multi-line captions, headers with commas inside); this module adds what the platforms' files
 * need around it: the encoding (see decode.ts), Excel's `sep=,` first line that Meta writes into its
 * daily files, and start lines (the reader reports the line where a record ends, and a caption may span
 * twenty lines).
 */
import { CsvReader, type CsvRecord } from './csv.ts';
import { decodeChunks } from './decode.ts';

export interface SourceRecord {
  /** Physical line (1-based) where the record starts, counting a `sep=` line. */
  line: number;
  /** The cells as written, untrimmed; empty for a blank line (kept: Meta's audience file uses them). */
  cells: string[];
}

/** From this line on the file cannot be read as CSV (an unclosed quote, a runaway field). */
export interface UnreadableRest {
  line: number;
  unreadable: true;
}

export type RecordItem = SourceRecord | UnreadableRest;

/**
 * A caption is at most a few thousand characters; a longer field means a stray quote swallowed the rest
 * of the file, and stopping there keeps a broken 50 MB file from being buffered as one field.
 */
const MAX_RECORD_CHARS = 1_000_000;

export async function* readRecords(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<RecordItem> {
  yield* readTextRecords(decodeChunks(chunks));
}

/** How much text to look at for a `sep=` line before giving up on finding its end. */
const SEP_LOOKAHEAD = 1024;

export async function* readTextRecords(texts: AsyncIterable<string>): AsyncGenerator<RecordItem> {
  const source = texts[Symbol.asyncIterator]();
  let head = '';
  let exhausted = false;
  while (!head.includes('\n') && head.length < SEP_LOOKAHEAD) {
    const next = await source.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    head += next.value;
  }
  // Excel's hint line: `sep=,` (or `;`, tab). It is a physical line, so later lines count it.
  const sep = /^sep=(.?)(\r?\n|$)/i.exec(head);
  let lineOffset = 0;
  let delimiter = ',';
  if (sep) {
    delimiter = sep[1] !== undefined && sep[1] !== '' && sep[1] !== '\r' ? sep[1] : ',';
    head = head.slice(sep[0].length);
    lineOffset = 1;
  }

  const reader = new CsvReader(delimiter, MAX_RECORD_CHARS);
  const parsed: CsvRecord[] = [];
  let lastEnd = lineOffset;
  try {
    let text = head;
    let done = exhausted;
    for (;;) {
      parsed.length = 0;
      const failure = reader.push(text, done, parsed);
      for (const record of parsed) {
        const line = lastEnd + 1;
        lastEnd = record.endLine + lineOffset;
        const blank = record.cells.length === 1 && record.cells[0] === '';
        yield { line, cells: blank ? [] : record.cells };
      }
      if (failure !== null) {
        yield { line: lastEnd + 1, unreadable: true };
        return;
      }
      if (done) return;
      const next = await source.next();
      done = next.done === true;
      text = next.done ? '' : next.value;
    }
  } finally {
    await source.return?.();
  }
}

/** Records already in memory (XLSX rows, tests) in the same shape as a parsed CSV. */
export async function* recordsOf(records: readonly SourceRecord[]): AsyncGenerator<RecordItem> {
  for (const record of records) yield record;
}

export function isUnreadable(item: RecordItem): item is UnreadableRest {
  return 'unreadable' in item;
}

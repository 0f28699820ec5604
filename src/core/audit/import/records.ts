/**
 * CSV records from a stream of bytes, each with the physical line where it starts. csv-parse's
 * streaming parser does the quoting (multi-line captions, headers with commas inside); this module adds
 * what the platforms' files need around it: the encoding (see decode.ts), Excel's `sep=,` first line
 * that Meta writes into its daily files, and start lines (csv-parse reports the line where a record
 * ends, and a caption may span twenty lines).
 */
import { CsvError, parse } from 'csv-parse/stream';
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

  const stream = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // Writing runs beside reading so that backpressure on either side cannot stall the other.
  const pumped = (async (): Promise<unknown> => {
    try {
      // The web-stream flavour of csv-parse reads Node Buffers only (it does not convert strings).
      if (head !== '') await writer.write(Buffer.from(head, 'utf8'));
      while (!exhausted) {
        const next = await source.next();
        if (next.done) break;
        await writer.write(Buffer.from(next.value, 'utf8'));
      }
      await writer.close();
      return null;
    } catch (error) {
      // A failing source must also end the reading side, or the reader would wait forever.
      await writer.abort(error).catch((abortError: unknown) => abortError);
      return error;
    }
  })();

  let lastEnd = lineOffset;
  try {
    for (;;) {
      let item: ReadableStreamReadResult<unknown>;
      try {
        item = await reader.read();
      } catch (error) {
        if (error instanceof CsvError) {
          yield { line: lastEnd + 1, unreadable: true };
          return;
        }
        throw error;
      }
      if (item.done) break;
      const parsed = asInfoRecord(item.value);
      const line = lastEnd + 1;
      lastEnd = parsed.endLine + lineOffset;
      const blank = parsed.cells.length === 1 && parsed.cells[0] === '';
      yield { line, cells: blank ? [] : parsed.cells };
    }
  } finally {
    await reader.cancel().catch((cancelError: unknown) => cancelError);
    await source.return?.();
  }
  const failure = await pumped;
  // The parser's own errors were reported above as an unreadable rest; anything else is the source's.
  if (failure !== null && !(failure instanceof CsvError)) throw failure;
}

function asInfoRecord(value: unknown): { cells: string[]; endLine: number } {
  const shaped = value as { record?: unknown; info?: { lines?: unknown } };
  const cells = Array.isArray(shaped.record) ? shaped.record.map((cell: unknown) => String(cell)) : [];
  const endLine = typeof shaped.info?.lines === 'number' ? shaped.info.lines : 0;
  return { cells, endLine };
}

/** Records already in memory (XLSX rows, tests) in the same shape as a parsed CSV. */
export async function* recordsOf(records: readonly SourceRecord[]): AsyncGenerator<RecordItem> {
  for (const record of records) yield record;
}

export function isUnreadable(item: RecordItem): item is UnreadableRest {
  return 'unreadable' in item;
}

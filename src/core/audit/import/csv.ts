/**
 * A streaming CSV reader for text, written for the import's hot path: it reads the dialect the importers
 * asked csv-parse for (`relax_quotes`, `relax_column_count`, empty lines kept, no trimming, `"` as quote
 * and escape, the record delimiter found from the first line ending), with the same cells and the same
 * line counting, at several times csv-parse's speed: a field is one `slice` of the text rather than a
 * byte-by-byte copy, and no per-record info object is built. csv.test.ts checks it against csv-parse on
 * random input, fed whole and in random pieces.
 *
 * Line numbers follow csv-parse's `info.lines`, which counts every CR and every LF inside a record as a
 * line (so a CRLF inside a quoted caption counts twice) and a record's own line ending once.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

export interface CsvRecord {
  cells: string[];
  /** The physical line (1-based) the record ends on. */
  endLine: number;
}

/** Why the rest of the input cannot be read: a quote never closed, or a record longer than allowed. */
export type CsvFailure = 'quote_not_closed' | 'record_too_long';

type Parsed = { cells: string[]; next: number; breaks: number } | 'more' | CsvFailure;

export class CsvReader {
  private text = '';
  /** Line where the next record starts. */
  private line = 1;
  /** `\n`, `\r\n` or `\r`, fixed by the first line ending seen outside quotes (as csv-parse does). */
  private recordDelimiter: string | null = null;
  private failed: CsvFailure | null = null;
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    /** The longest record, in characters, before the rest of the input is given up as unreadable. */
    private readonly maxRecordChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Adds text (`end` once there is no more) and appends every record now complete to `out`. Returns the
   * failure that stops reading, if any: the records before it have been appended, nothing after it is.
   */
  push(chunk: string, end: boolean, out: CsvRecord[]): CsvFailure | null {
    if (this.failed !== null) return this.failed;
    this.text = this.text === '' ? chunk : this.text + chunk;
    let at = 0;
    for (;;) {
      if (at >= this.text.length) break;
      const parsed = this.parseRecord(at, end);
      if (parsed === 'more') break;
      if (typeof parsed === 'string') {
        this.failed = parsed;
        this.text = '';
        return parsed;
      }
      const endLine = this.line + parsed.breaks;
      out.push({ cells: parsed.cells, endLine });
      this.line = endLine + 1;
      at = parsed.next;
    }
    // An incomplete record is read again from its start when more text arrives; records are short, and
    // one longer than `maxRecordChars` fails before it is kept.
    this.text = at === 0 ? this.text : this.text.slice(at);
    return null;
  }

  /** The length of the record delimiter at `i` (0 when there is none), finding it on first sight. */
  private delimiterAt(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c !== LF && c !== CR) return 0;
    if (this.recordDelimiter === null) {
      this.recordDelimiter = c === LF ? '\n' : text.charCodeAt(i + 1) === LF ? '\r\n' : '\r';
    }
    const rd = this.recordDelimiter;
    if (rd === '\n') return c === LF ? 1 : 0;
    if (rd === '\r') return c === CR ? 1 : 0;
    return c === CR && text.charCodeAt(i + 1) === LF ? 2 : 0;
  }

  /**
   * Whether deciding on the character at `i` needs one more character than the text holds: a CR whose
   * meaning depends on a following LF (while the delimiter is unknown, or is CRLF).
   */
  private needsLookahead(i: number, end: boolean): boolean {
    return (
      !end && i + 1 >= this.text.length && this.recordDelimiter !== '\n' && this.recordDelimiter !== '\r'
    );
  }

  private parseRecord(start: number, end: boolean): Parsed {
    const text = this.text;
    const n = text.length;
    const delimiter = this.delimiter;
    const max = this.maxRecordChars;
    const cells: string[] = [];
    let size = 0;
    let breaks = 0;
    let i = start;
    for (;;) {
      // One field per turn; `value` collects it and `i` ends on the character after it.
      let value = '';
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let from = i + 1;
        let j = from;
        let open = true;
        while (open) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            if (!end) return n - start > max ? 'record_too_long' : 'more';
            return 'quote_not_closed';
          }
          breaks += countBreaks(text, j, q);
          if (q + 1 >= n && !end) return n - start > max ? 'record_too_long' : 'more';
          const next = q + 1 < n ? text.charCodeAt(q + 1) : -1;
          if (next === QUOTE) {
            // `""` inside quotes is one quote.
            value += text.slice(from, q + 1);
            j = q + 2;
            from = j;
            continue;
          }
          if (next !== -1 && next !== delimiter && (next === CR || next === LF)) {
            if (this.needsLookahead(q + 1, end)) return 'more';
          }
          if (next === -1 || next === delimiter || this.delimiterAt(q + 1) > 0) {
            value += text.slice(from, q);
            i = q + 1;
          } else {
            // A quote followed by text does not close the field: it reads on as written, with its
            // opening quote (csv-parse's relax_quotes).
            value = `"${value}${text.slice(from, q + 1)}`;
            i = q + 1;
            const rest = this.unquotedEnd(i, end);
            if (rest === -1) return n - start > max ? 'record_too_long' : 'more';
            breaks += countBreaks(text, i, rest);
            value += text.slice(i, rest);
            i = rest;
          }
          open = false;
        }
      } else {
        const stop = this.unquotedEnd(i, end);
        if (stop === -1) return n - start > max ? 'record_too_long' : 'more';
        breaks += countBreaks(text, i, stop);
        value = text.slice(i, stop);
        i = stop;
      }
      size += value.length;
      if (size > max) return 'record_too_long';
      cells.push(value);
      if (i >= n) {
        if (!end) return 'more';
        // csv-parse counts a line break when it reads the character after it, so a break that is the
        // input's last character is not counted.
        const last = text.charCodeAt(n - 1);
        return { cells, next: n, breaks: n > start && (last === LF || last === CR) ? breaks - 1 : breaks };
      }
      if (text.charCodeAt(i) === delimiter) {
        i++;
        continue;
      }
      // unquotedEnd and the quoted branch only stop on a delimiter, a record delimiter or the end.
      return { cells, next: i + this.delimiterAt(i), breaks };
    }
  }

  /**
   * Where an unquoted field starting at `i` ends (a delimiter, a record delimiter, or the end of input),
   * or -1 when the text ends first and more may come. Quotes inside are plain characters.
   */
  private unquotedEnd(i: number, end: boolean): number {
    const text = this.text;
    const n = text.length;
    const delimiter = this.delimiter;
    for (let j = i; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === delimiter) return j;
      if (c === LF || c === CR) {
        if (this.needsLookahead(j, end)) return -1;
        if (this.delimiterAt(j) > 0) return j;
      }
    }
    return end ? n : -1;
  }
}

/** CR and LF characters in `text[from, to)`: each is a line to csv-parse. */
function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === LF || c === CR) count++;
  }
  return count;
}

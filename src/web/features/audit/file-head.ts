/**
 * The header names of a CSV the server could not recognise, read in the browser from the file's first
 * bytes so the person can say which column is which. Handles a UTF-8 or UTF-16LE byte-order mark (Meta
 * writes both), Excel's `sep=;` first line, and quoted names with the delimiter inside.
 */

/** Enough of a file for a header row, even a wide one. */
export const HEAD_BYTES = 64 * 1024;

/** The first bytes as text: the BOM decides the encoding (none: UTF-8, or UTF-16LE by its zero bytes). */
export function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0)
    return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The first record of a CSV text (a quoted field may span lines). */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

/** The delimiter used most outside quotes: comma, semicolon or tab. */
function delimiterOf(line: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > (counts.get(best) ?? 0)) best = ch;
  return best;
}

/** Splits one CSV record into cells, undoing quotes (`""` inside quotes is one `"`). */
export function splitRecord(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The header names of a CSV's first bytes, trimmed, empty names left out, each once. */
export function headerNames(bytes: Uint8Array): string[] {
  let text = decodeHead(bytes).replace(/^\uFEFF/, '');
  let delimiter: string | null = null;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    delimiter = sep[1] ?? ',';
    text = text.slice(sep[0].length);
  }
  const line = firstRecord(text);
  const names = splitRecord(line, delimiter ?? delimiterOf(line))
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n !== '');
  return [...new Set(names)];
}

/** Reads the head of a File or Blob and returns its header names. */
export async function readHeaderNames(file: Blob): Promise<string[]> {
  const buffer = await file.slice(0, HEAD_BYTES).arrayBuffer();
  return headerNames(new Uint8Array(buffer));
}

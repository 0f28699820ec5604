/**
 * Bytes to text, chunk by chunk. Meta writes its posts export as UTF-8 with a BOM but its daily metric
 * and audience files as UTF-16LE with a BOM; TikTok writes UTF-8. The encoding is sniffed from the first
 * bytes and a streaming TextDecoder carries characters split across chunk boundaries (an emoji's four
 * bytes may arrive in two chunks). Invalid bytes become U+FFFD rather than an error: a damaged cell is
 * then rejected by its row mapper, and the rest of the file still imports.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le';

/**
 * The encoding of a file from its first bytes. Without a BOM, a zero in every odd byte of the first
 * characters means UTF-16LE (Excel re-saves sometimes drop the BOM); anything else is read as UTF-8.
 */
export function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head.length >= 4 && head[0] !== 0 && head[1] === 0 && head[2] !== 0 && head[3] === 0) return 'utf-16le';
  return 'utf-8';
}

/** Enough bytes to see a BOM or the zero pattern of UTF-16 without one. */
const SNIFF_BYTES = 4;

/** Decodes a stream of byte chunks into text chunks; the BOM, if any, is dropped. */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let pending: Uint8Array = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (decoder === null) {
      pending = concatBytes(pending, chunk);
      if (pending.length < SNIFF_BYTES) continue;
      decoder = new TextDecoder(sniffEncoding(pending));
      const text = decoder.decode(pending, { stream: true });
      if (text !== '') yield text;
      continue;
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  if (decoder === null) {
    // A file shorter than the sniffing window.
    decoder = new TextDecoder(sniffEncoding(pending));
    const text = decoder.decode(pending);
    if (text !== '') yield text;
    return;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/**
 * The text of a file's first bytes, for detection: a character cut at the end of the slice is dropped
 * (decoded as U+FFFD and trimmed away) instead of failing.
 */
export function decodeHead(head: Uint8Array): string {
  return new TextDecoder(sniffEncoding(head)).decode(head).replace(/\uFFFD+$/, '');
}

export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** A whole byte array as a stream of chunks (tests, and small inputs already in memory). */
export async function* chunksOf(bytes: Uint8Array, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
}

/** Text to bytes in one of the encodings the platforms use, with or without a BOM. */
export function encodeText(text: string, encoding: TextEncodingName = 'utf-8', bom = true): Uint8Array {
  if (encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    return bom ? concatBytes(new Uint8Array([0xef, 0xbb, 0xbf]), body) : body;
  }
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[0] = 0xff;
    out[1] = 0xfe;
    at = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[at++] = unit & 0xff;
    out[at++] = unit >> 8;
  }
  return out;
}

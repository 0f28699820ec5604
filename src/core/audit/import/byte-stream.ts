/** Reading an import's bytes as a stream of chunks: a first look at its head, or all of it when needed. */

export type ImportSource = AsyncIterable<Uint8Array> | Uint8Array;

export function toChunks(source: ImportSource): AsyncIterable<Uint8Array> {
  if (!(source instanceof Uint8Array)) return source;
  return (async function* () {
    yield source;
  })();
}

/** The parts joined into one array (the part itself when there is only one). */
export function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The first `size` bytes, and the whole stream again (those bytes included) to read from the start. */
export async function peek(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
): Promise<{ head: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: Uint8Array[] = [];
  let length = 0;
  let done = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    seen.push(next.value);
    length += next.value.length;
  }
  const head = joinBytes(seen).subarray(0, size);
  async function* rest(): AsyncGenerator<Uint8Array> {
    yield* seen;
    if (done) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { head, rest: rest() };
}

/** Every chunk, joined: for the formats that cannot be read as a stream (XLSX, small JSON). */
export async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return joinBytes(parts);
}

/** Helpers of the field tests: reading a server-sent event stream, making tallies. */
import { randomUUID } from 'node:crypto';

export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Reads events from a stream until `done` says so or `timeoutMs` passes; returns what it read and cancels
 * the stream when `close` is set.
 */
export function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const events: SseEvent[] = [];
  const pump = async (done: (events: SseEvent[]) => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!done(events)) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      let timer: NodeJS.Timeout | undefined;
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => {
          timer = setTimeout(() => resolve(null), left);
        }),
      ]);
      clearTimeout(timer);
      if (chunk === null) return false;
      if (chunk.done) return done(events);
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = block.split('\n');
        const event = lines.find((l) => l.startsWith('event: '))?.slice(7) ?? 'message';
        const data = lines
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice(6))
          .join('\n');
        if (lines.some((l) => l.startsWith('data: '))) events.push({ event, data });
        end = buffer.indexOf('\n\n');
      }
    }
    return true;
  };
  return { events, until: pump, cancel: () => reader.cancel() };
}

export function tally(at: Date, overrides: Record<string, unknown> = {}) {
  return { id: randomUUID(), variant: 'poster-a', outcome: 'cares', at: at.toISOString(), ...overrides };
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type IngestResult, memoryOutbox, type TallyOut, UNDO_MS } from './outbox.ts';
import { createOutbox, SendFailure } from './sync.ts';

let n = 0;
const tally = (outcome = 'cares'): TallyOut => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  variant: 'a',
  outcome,
  at: new Date().toISOString(),
});

/** A server that keeps what it accepts by id, as the real one does. */
function fakeServer() {
  const stored = new Set<string>();
  const calls: TallyOut[][] = [];
  let failing: SendFailure | null = null;
  return {
    stored,
    calls,
    fail(kind: SendFailure | null) {
      failing = kind;
    },
    send: vi.fn(async (tallies: TallyOut[]): Promise<IngestResult> => {
      calls.push(tallies);
      if (failing) throw failing;
      let accepted = 0;
      let duplicates = 0;
      for (const t of tallies) {
        if (stored.has(t.id)) duplicates++;
        else {
          stored.add(t.id);
          accepted++;
        }
      }
      return { accepted, duplicates, rejected: [] };
    }),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2024-05-12T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('the outbox at work', () => {
  it('holds the latest tap for the undo window, sends it after, and an undone tap never leaves', async () => {
    const store = memoryOutbox();
    const server = fakeServer();
    const outbox = createOutbox({ store, send: server.send, random: () => 0.5 });
    await outbox.load();
    const first = tally();
    await outbox.tap(first);
    expect(store.entries.get(first.id)?.state).toBe('pending');
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1);
    expect(server.send).not.toHaveBeenCalled();
    expect(await outbox.undo(first.id)).toBe(true);
    expect(store.entries.size).toBe(0);

    const second = tally();
    await outbox.tap(second);
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(server.stored.has(second.id)).toBe(true);
    expect(store.entries.get(second.id)?.state).toBe('sent');
    expect(await outbox.undo(second.id)).toBe(false);
  });

  it('a new tap releases the one before (only the latest can be undone)', async () => {
    const server = fakeServer();
    const outbox = createOutbox({ store: memoryOutbox(), send: server.send });
    await outbox.load();
    const a = tally();
    const b = tally();
    await outbox.tap(a);
    await outbox.tap(b);
    await vi.advanceTimersByTimeAsync(0);
    expect([...server.stored]).toEqual([a.id]);
    expect(await outbox.undo(a.id)).toBe(false);
    expect(await outbox.undo(b.id)).toBe(true);
  });

  it('keeps everything while offline, retries with growing delays, and sends at once when back online', async () => {
    const store = memoryOutbox();
    const server = fakeServer();
    server.fail(new SendFailure('retry'));
    const times: number[] = [];
    const start = Date.now();
    server.send.mockImplementation(async () => {
      times.push(Date.now() - start);
      throw new SendFailure('retry');
    });
    const outbox = createOutbox({ store, send: server.send, random: () => 1 });
    await outbox.load();
    for (let i = 0; i < 20; i++) await outbox.tap(tally());
    await vi.advanceTimersByTimeAsync(40_000);
    // The second tap releases the first, which fails at once; then 1, 2, 4, 8, 16 s later.
    expect(times.slice(0, 6)).toEqual([0, 1000, 3000, 7000, 15000, 31000]);
    expect(outbox.status()).toBe('retrying');
    expect(store.entries.size).toBe(20);

    const real = fakeServer();
    server.send.mockImplementation(real.send);
    outbox.online();
    await vi.advanceTimersByTimeAsync(0);
    expect(real.stored.size).toBe(20);
    expect(outbox.status()).toBe('idle');
    expect([...store.entries.values()].every((e) => e.state === 'sent')).toBe(true);
  });

  it('comes back from the store after a reload and sends what was left, in batches of at most 500', async () => {
    const store = memoryOutbox();
    const offline = createOutbox({ store, send: async () => Promise.reject(new SendFailure('retry')) });
    await offline.load();
    for (let i = 0; i < 1201; i++) await offline.tap(tally());
    offline.stop();

    const server = fakeServer();
    const reloaded = createOutbox({ store, send: server.send });
    await reloaded.load();
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    // The latest tap is held for its undo window, then sent on its own.
    expect(server.calls.map((c) => c.length)).toEqual([500, 500, 200, 1]);
    expect(server.stored.size).toBe(1201);
    // Sending a batch again changes nothing on an idempotent server.
    const replay = await server.send(server.calls[0] ?? []);
    expect(replay).toEqual({ accepted: 0, duplicates: 500, rejected: [] });
    expect(reloaded.lastBatch()).toHaveLength(1);
  });

  it('keeps tallies that the server refuses with their reason, and stops without losing any when the token fails', async () => {
    const store = memoryOutbox();
    const good = tally();
    const bad = tally();
    const send = vi.fn(
      async (): Promise<IngestResult> => ({
        accepted: 1,
        duplicates: 0,
        rejected: [{ id: bad.id, reason: 'unknown_variant' }],
      }),
    );
    const outbox = createOutbox({ store, send });
    await outbox.load();
    await outbox.tap(good);
    await outbox.tap(bad);
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(store.entries.get(bad.id)).toMatchObject({ state: 'rejected', reason: 'unknown_variant' });
    expect(store.entries.get(good.id)?.state).toBe('sent');

    send.mockRejectedValue(new SendFailure('auth'));
    await outbox.tap(tally());
    await vi.advanceTimersByTimeAsync(UNDO_MS * 10);
    expect(outbox.status()).toBe('blocked');
    // The first tap went when the second was made, the second after its window, the third was refused.
    expect(send).toHaveBeenCalledTimes(3);
    expect([...store.entries.values()].filter((e) => e.state === 'pending')).toHaveLength(1);
  });

  it('holds a tap while its details are written and sends the details with it', async () => {
    const server = fakeServer();
    const outbox = createOutbox({ store: memoryOutbox(), send: server.send });
    await outbox.load();
    const a = tally();
    await outbox.tap(a);
    await vi.advanceTimersByTimeAsync(UNDO_MS - 1000);
    await outbox.edit(a.id, { ...a, quote: 'harga naik terus' }, true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(server.send).not.toHaveBeenCalled();
    await outbox.edit(a.id, { ...a, quote: 'harga naik terus', group: 'worker' }, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.calls[0]).toEqual([{ ...a, quote: 'harga naik terus', group: 'worker' }]);
  });

  it('halves the batch when the server finds a request too big', async () => {
    const store = memoryOutbox();
    const sizes: number[] = [];
    const send = vi.fn(async (tallies: TallyOut[]): Promise<IngestResult> => {
      sizes.push(tallies.length);
      if (tallies.length > 200) throw new SendFailure('too_big');
      return { accepted: tallies.length, duplicates: 0, rejected: [] };
    });
    const outbox = createOutbox({ store, send: async () => Promise.reject(new SendFailure('retry')) });
    await outbox.load();
    for (let i = 0; i < 600; i++) await outbox.tap(tally());
    outbox.stop();
    const again = createOutbox({ store, send });
    await again.load();
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(sizes).toEqual([500, 250, 125, 125, 125, 125, 99, 1]);
  });
});

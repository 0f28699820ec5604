/**
 * The outbox at work: taps are written to the store before anything else, then sent in batches of at most
 * 500 whenever there is something to send, retried with backoff and jitter when the network or the server
 * fails, and sent at once when the browser says it is back online. Timers, clock and randomness are passed
 * in, so the tests drive it with fake timers and an in-memory store.
 */
import {
  backoffDelay,
  type IngestResult,
  MAX_BATCH,
  nextBatch,
  nextRelease,
  type OutboxEntry,
  type OutboxStore,
  releaseHeld,
  settleBatch,
  type TallyOut,
  UNDO_MS,
} from './outbox.ts';

/** `retry`: network down or the server failing, try later; `auth`: the token no longer counts (keep all). */
export class SendFailure extends Error {
  readonly kind: 'retry' | 'auth' | 'too_big';
  constructor(kind: 'retry' | 'auth' | 'too_big', message: string = kind) {
    super(message);
    this.name = 'SendFailure';
    this.kind = kind;
  }
}

export type SyncStatus = 'idle' | 'sending' | 'retrying' | 'blocked';

export interface OutboxDeps {
  store: OutboxStore;
  send: (tallies: TallyOut[]) => Promise<IngestResult>;
  onChange?: (entries: OutboxEntry[], status: SyncStatus) => void;
  now?: () => number;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface Outbox {
  load(): Promise<void>;
  /** Logs a tap: stored first, held for the undo window, earlier held taps released. */
  tap(tally: TallyOut): Promise<void>;
  /** Takes back a tap still in its undo window; false when it is too late (or already sent). */
  undo(id: string): Promise<boolean>;
  /** Replaces an unsent tally (details added after the tap); `hold` keeps it back while they are written. */
  edit(id: string, tally: TallyOut, hold: boolean): Promise<boolean>;
  flush(): Promise<void>;
  /** The browser is back online: forget the backoff and send now. */
  online(): void;
  entries(): OutboxEntry[];
  status(): SyncStatus;
  /** The tallies of the last batch the server answered, as sent (for checks that a replay changes nothing). */
  lastBatch(): TallyOut[];
  stop(): void;
}

export function createOutbox(deps: OutboxDeps): Outbox {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const clearTimer = deps.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const entries = new Map<string, OutboxEntry>();
  const inFlight = new Set<string>();
  let seq = 0;
  let attempt = 0;
  let maxBatch = MAX_BATCH;
  let status: SyncStatus = 'idle';
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let stopped = false;
  let last: TallyOut[] = [];

  const list = () => [...entries.values()].sort((a, b) => a.seq - b.seq);
  const changed = () => deps.onChange?.(list(), status);
  const setStatus = (next: SyncStatus) => {
    status = next;
    changed();
  };

  let timerAt = 0;
  /** One timer for both the release of a held tap and the next retry: the earlier one wins. */
  function schedule(ms: number) {
    if (stopped) return;
    const at = now() + Math.max(0, ms);
    if (timer !== null) {
      if (timerAt <= at) return;
      clearTimer(timer);
    }
    timerAt = at;
    timer = setTimer(
      () => {
        timer = null;
        void flush();
      },
      Math.max(0, ms),
    );
  }

  async function save(next: readonly OutboxEntry[]) {
    if (next.length === 0) return;
    await deps.store.put(next);
    for (const e of next) entries.set(e.tally.id, e);
  }

  async function run(): Promise<void> {
    for (;;) {
      if (stopped) return;
      const batch = nextBatch(list(), now(), maxBatch).filter((e) => !inFlight.has(e.tally.id));
      if (batch.length === 0) {
        if (status !== 'blocked') setStatus('idle');
        const release = nextRelease(list(), now());
        if (release !== null) schedule(release - now());
        return;
      }
      setStatus('sending');
      const tallies = batch.map((e) => e.tally);
      for (const e of batch) inFlight.add(e.tally.id);
      let result: IngestResult;
      try {
        result = await deps.send(tallies);
      } catch (failure) {
        const kind = failure instanceof SendFailure ? failure.kind : 'retry';
        if (kind === 'auth') {
          setStatus('blocked');
          return;
        }
        if (kind === 'too_big' && maxBatch > 1) {
          maxBatch = Math.max(1, Math.floor(maxBatch / 2));
          continue;
        }
        setStatus('retrying');
        schedule(backoffDelay(attempt++, random));
        return;
      } finally {
        for (const e of batch) inFlight.delete(e.tally.id);
      }
      attempt = 0;
      last = tallies;
      // An entry edited while its batch was on the way keeps the newer version (the edit is sent next).
      const settled = settleBatch(batch, result).filter((e) => entries.get(e.tally.id)?.tally === e.tally);
      await save(settled);
      changed();
    }
  }

  function flush(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (timer !== null) {
      clearTimer(timer);
      timer = null;
    }
    if (running) return running.then(() => flush());
    running = run().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    async load() {
      const stored = await deps.store.all();
      for (const e of stored) {
        entries.set(e.tally.id, e);
        seq = Math.max(seq, e.seq + 1);
      }
      changed();
      if (stored.some((e) => e.state === 'pending')) void flush();
    },
    async tap(tally) {
      const released = releaseHeld(list());
      const entry: OutboxEntry = { tally, state: 'pending', holdUntil: now() + UNDO_MS, seq: seq++ };
      await save([...released, entry]);
      changed();
      // While retrying, the backoff timer decides; a tap must not make a crowd of phones hammer the server.
      if (status === 'blocked' || status === 'retrying') {
        if (status === 'retrying') schedule(UNDO_MS);
        return;
      }
      if (released.length > 0) void flush();
      else schedule(UNDO_MS);
    },
    async undo(id) {
      const entry = entries.get(id);
      if (entry?.state !== 'pending' || inFlight.has(id) || entry.holdUntil <= now()) return false;
      if (now() - Date.parse(entry.tally.at) >= UNDO_MS) return false;
      await deps.store.remove([id]);
      entries.delete(id);
      changed();
      return true;
    },
    async edit(id, tally, hold) {
      const entry = entries.get(id);
      if (entry?.state !== 'pending') return false;
      const holdUntil = hold ? Math.max(entry.holdUntil, now() + UNDO_MS) : Math.min(entry.holdUntil, now());
      await save([{ ...entry, tally, holdUntil }]);
      changed();
      if (!hold && status !== 'blocked') void flush();
      return true;
    },
    flush,
    online() {
      attempt = 0;
      if (status === 'blocked') status = 'idle';
      void flush();
    },
    entries: list,
    status: () => status,
    lastBatch: () => last,
    stop() {
      stopped = true;
      if (timer !== null) clearTimer(timer);
    },
  };
}

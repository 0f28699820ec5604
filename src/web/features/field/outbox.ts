/**
 * The volunteer's outbox: every tap is written here first (IndexedDB on the phone, memory in tests) and
 * sent later in batches. Pure rules only — which entries go in the next batch, what an answer of the server
 * does to them, how long to wait before a retry, how long a tap can be undone. The timers and the storage
 * live in sync.ts and idb.ts.
 */

/** One tally as the API takes it (docs/field.md, "Tallies"). */
export interface TallyOut {
  id: string;
  variant: string;
  outcome: string;
  at: string;
  team?: string;
  age_band?: string;
  gender?: string;
  group?: string;
  quote?: string;
}

/**
 * `pending`: waiting to be sent; `sent`: the server has it (accepted now or counted before); `rejected`: the
 * server refused it for good, with its reason. Sent and refused entries stay, so the volunteer's own counts
 * survive a reload and nothing disappears without a trace.
 */
export type EntryState = 'pending' | 'sent' | 'rejected';

export interface OutboxEntry {
  tally: TallyOut;
  state: EntryState;
  /** Not sent before this instant (ms): the undo window of the latest tap, or its details being written. */
  holdUntil: number;
  /** Order of the taps on this phone. */
  seq: number;
  reason?: string;
}

/** What the outbox is stored in: IndexedDB on the phone (idb.ts), a Map in tests (memoryOutbox). */
export interface OutboxStore {
  all(): Promise<OutboxEntry[]>;
  put(entries: readonly OutboxEntry[]): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

export function memoryOutbox(initial: readonly OutboxEntry[] = []): OutboxStore & {
  entries: Map<string, OutboxEntry>;
} {
  const entries = new Map(initial.map((e) => [e.tally.id, structuredClone(e)]));
  return {
    entries,
    all: async () => [...entries.values()].map((e) => structuredClone(e)),
    put: async (list) => {
      for (const e of list) entries.set(e.tally.id, structuredClone(e));
    },
    remove: async (ids) => {
      for (const id of ids) entries.delete(id);
    },
  };
}

/** The server takes at most this many tallies per request (MAX_BATCH in src/core/field/tally.ts). */
export const MAX_BATCH = 500;
/** A tap can be undone for this long; it is not sent before (there is nothing to take back on the server). */
export const UNDO_MS = 10_000;

/** The next batch: pending entries whose hold has passed, oldest tap first, at most `max`. */
export function nextBatch(entries: readonly OutboxEntry[], now: number, max = MAX_BATCH): OutboxEntry[] {
  return entries
    .filter((e) => e.state === 'pending' && e.holdUntil <= now)
    .sort((a, b) => a.seq - b.seq)
    .slice(0, Math.max(1, max));
}

/** Splits tallies into requests of at most `max` each, in order. */
export function splitBatches<T>(items: readonly T[], max = MAX_BATCH): T[][] {
  const size = Math.max(1, Math.floor(max));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The earliest instant at which a held pending entry becomes sendable, or null when none is held. */
export function nextRelease(entries: readonly OutboxEntry[], now: number): number | null {
  let soonest: number | null = null;
  for (const e of entries) {
    if (e.state !== 'pending' || e.holdUntil <= now) continue;
    if (soonest === null || e.holdUntil < soonest) soonest = e.holdUntil;
  }
  return soonest;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ id: string | null; reason: string }>;
}

/**
 * The entries of a sent batch after the server's answer: refused ones keep their reason, every other one is
 * the server's now (accepted, or a duplicate of an earlier send whose answer never arrived).
 */
export function settleBatch(batch: readonly OutboxEntry[], result: IngestResult): OutboxEntry[] {
  const reasons = new Map<string, string>();
  for (const r of result.rejected) if (r.id) reasons.set(r.id.toLowerCase(), r.reason);
  return batch.map((e) => {
    const reason = reasons.get(e.tally.id.toLowerCase());
    return reason === undefined
      ? { ...e, state: 'sent' as const, holdUntil: 0 }
      : { ...e, state: 'rejected' as const, reason };
  });
}

/** The undo window of one entry: still open while pending, held, and within UNDO_MS of the tap. */
export function canUndo(entry: OutboxEntry | undefined, now: number, tappedAt: number): boolean {
  return !!entry && entry.state === 'pending' && now - tappedAt < UNDO_MS;
}

/** Entries after a new tap: earlier held entries are released (only the latest tap can be undone). */
export function releaseHeld(entries: readonly OutboxEntry[]): OutboxEntry[] {
  return entries.filter((e) => e.state === 'pending' && e.holdUntil > 0).map((e) => ({ ...e, holdUntil: 0 }));
}

/**
 * Retry delay after `attempt` failures in a row: exponential from 1 s, capped at 60 s, with "equal jitter"
 * (half fixed, half random) so a crowd of phones coming back into signal together does not retry in step.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = 1000;
  const cap = 60_000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, Math.min(attempt, 16)));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

export interface Counts {
  /** Taps kept (not undone), by outcome id, whatever their sending state. */
  byOutcome: Record<string, number>;
  total: number;
  pending: number;
  rejected: number;
}

export function countEntries(entries: readonly OutboxEntry[]): Counts {
  const byOutcome: Record<string, number> = {};
  let pending = 0;
  let rejected = 0;
  let total = 0;
  for (const e of entries) {
    if (e.state === 'rejected') {
      rejected++;
      continue;
    }
    if (e.state === 'pending') pending++;
    total++;
    byOutcome[e.tally.outcome] = (byOutcome[e.tally.outcome] ?? 0) + 1;
  }
  return { byOutcome, total, pending, rejected };
}

/** Details added after the tap; an empty choice removes the detail again. */
export type Details = Partial<Pick<TallyOut, 'age_band' | 'gender' | 'group' | 'quote'>>;

export function withDetails(tally: TallyOut, details: Details): TallyOut {
  const next: TallyOut = { ...tally };
  for (const key of ['age_band', 'gender', 'group', 'quote'] as const) {
    if (!(key in details)) continue;
    const value = key === 'quote' ? details[key]?.trim().slice(0, 280) : details[key];
    if (value) next[key] = value;
    else delete next[key];
  }
  return next;
}

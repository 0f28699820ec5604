/**
 * The live side of a field session, per app instance: the SSE subscribers of each session, fed from the
 * database's notifications (so a batch stored through any instance reaches them all). For each session
 * with subscribers, new tallies go out as soon as they are read back (one indexed query per notice, or per
 * handful of notices when busy); the summary, a grouped count over the whole session, is sent at most every
 * `THROTTLE_MS`: the first change after a quiet spell at once, a busy spell as one update per interval.
 */
import { eq } from 'drizzle-orm';
import type { FieldSummary } from '#core/field/summary.ts';
import { fieldSessions } from '../../db/schema.ts';
import type { AppDeps } from '../../http/context.ts';
import { type BatchNotice, FIELD_CHANNEL, type LiveTally, sessionSummary, tallyRowsOf } from './tallies.ts';

export const THROTTLE_MS = 250;

export interface Subscriber {
  tallies(tallies: LiveTally[]): void;
  summary(summary: FieldSummary): void;
}

interface SessionState {
  subscribers: Set<Subscriber>;
  pending: BatchNotice[];
  /** Tallies are being read back and sent; notices arriving meanwhile wait for the next round. */
  sending: boolean;
  /** A summary is owed even without notices (a reconnect may have lost some). */
  stale: boolean;
  lastFlush: number;
  timer: NodeJS.Timeout | null;
  flushing: boolean;
}

function parseNotice(payload: string): BatchNotice | null {
  try {
    const value = JSON.parse(payload) as Partial<BatchNotice>;
    if (typeof value.s === 'string' && typeof value.r === 'string' && value.a && value.b)
      return { s: value.s, r: value.r, a: String(value.a), b: String(value.b) };
  } catch (error) {
    console.error('[field] a notification that is not a batch notice', payload, error);
  }
  return null;
}

export class FieldHub {
  readonly #deps: AppDeps;
  readonly #sessions = new Map<string, SessionState>();
  #listening: Promise<void> | null = null;

  constructor(deps: AppDeps) {
    this.#deps = deps;
  }

  /** Starts listening once; without notifications (a bare test app) only this instance's own reads work. */
  #listen(): Promise<void> {
    const notifications = this.#deps.notifications;
    if (!notifications) return Promise.resolve();
    this.#listening ??= notifications
      .listen(
        FIELD_CHANNEL,
        (payload) => this.#notice(payload),
        () => {
          for (const [id, state] of this.#sessions) {
            state.stale = true;
            this.#schedule(id, state);
          }
        },
      )
      .then(() => undefined);
    return this.#listening;
  }

  #notice(payload: string) {
    const notice = parseNotice(payload);
    if (!notice) return;
    const state = this.#sessions.get(notice.s);
    if (!state) return;
    state.pending.push(notice);
    this.#sendTallies(notice.s, state).catch((error: unknown) =>
      console.error('[field] sending live tallies failed', notice.s, error),
    );
    this.#schedule(notice.s, state);
  }

  async #sendTallies(id: string, state: SessionState) {
    if (state.sending) return;
    state.sending = true;
    try {
      while (state.pending.length > 0 && state.subscribers.size > 0) {
        const notices = state.pending.splice(0);
        const tallies = await tallyRowsOf(this.#deps.db, id, notices);
        if (tallies.length > 0) for (const subscriber of state.subscribers) subscriber.tallies(tallies);
      }
    } finally {
      state.sending = false;
    }
  }

  #schedule(id: string, state: SessionState) {
    if (state.timer || state.flushing) return;
    const wait = Math.max(0, state.lastFlush + THROTTLE_MS - Date.now());
    state.timer = setTimeout(() => {
      state.timer = null;
      this.#flush(id, state).catch((error: unknown) =>
        console.error('[field] live update failed', id, error),
      );
    }, wait);
  }

  async #flush(id: string, state: SessionState) {
    if (state.subscribers.size === 0) return;
    state.flushing = true;
    state.lastFlush = Date.now();
    const notices = state.pending.splice(0);
    state.stale = false;
    try {
      const { db } = this.#deps;
      const [session] = await db.select().from(fieldSessions).where(eq(fieldSessions.id, id)).limit(1);
      if (!session) return;
      const [tallies, summary] = await Promise.all([
        tallyRowsOf(db, id, notices),
        sessionSummary(db, session),
      ]);
      for (const subscriber of state.subscribers) {
        if (tallies.length > 0) subscriber.tallies(tallies);
        subscriber.summary(summary);
      }
    } finally {
      state.flushing = false;
      if (state.pending.length > 0 || state.stale) this.#schedule(id, state);
    }
  }

  /** Adds a subscriber to a session's updates; the returned function removes it. */
  async subscribe(sessionId: string, subscriber: Subscriber): Promise<() => void> {
    await this.#listen();
    let state = this.#sessions.get(sessionId);
    if (!state) {
      state = {
        subscribers: new Set(),
        pending: [],
        sending: false,
        stale: false,
        lastFlush: 0,
        timer: null,
        flushing: false,
      };
      this.#sessions.set(sessionId, state);
    }
    state.subscribers.add(subscriber);
    const own = state;
    return () => {
      own.subscribers.delete(subscriber);
      if (own.subscribers.size === 0 && this.#sessions.get(sessionId) === own) {
        if (own.timer) clearTimeout(own.timer);
        this.#sessions.delete(sessionId);
      }
    };
  }
}

const hubs = new WeakMap<AppDeps, FieldHub>();

/** The hub of one app instance (its dependencies), made on first use. */
export function fieldHub(deps: AppDeps): FieldHub {
  let hub = hubs.get(deps);
  if (!hub) {
    hub = new FieldHub(deps);
    hubs.set(deps, hub);
  }
  return hub;
}

/**
 * What a device keeps for an assessment (token, personal code, unsent answers) and the autosave queue: every
 * answer is written to localStorage first, then sent in batches; when the network is down it waits and
 * retries with backoff, and sends at once when the browser is back online.
 */
import { type Signal, signal } from '@preact/signals';
import { asApiError, request } from '#web/app/api.ts';
import { type Pending, parseStored, retryDelay, type Stored, settle, without } from './logic.ts';
import type { Answer } from './types.ts';

const keyOf = (assessmentId: string) => `lantang.assessment.${assessmentId}`;

export function loadStored(assessmentId: string): Stored | null {
  try {
    return parseStored(localStorage.getItem(keyOf(assessmentId)));
  } catch {
    return null;
  }
}

export function saveStored(assessmentId: string, stored: Stored): void {
  try {
    localStorage.setItem(keyOf(assessmentId), JSON.stringify(stored));
  } catch {
    // Storage full or blocked: the answers still go to the server while the page is open.
  }
}

export function forgetStored(assessmentId: string): void {
  try {
    localStorage.removeItem(keyOf(assessmentId));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** A call on the device's own response: the token travels in a header, never in the URL. */
export function withToken<T>(token: string, method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown) {
  return request<T>(method, path, body, {
    fetcher: (input, init) =>
      fetch(input, {
        ...init,
        keepalive: method === 'PUT',
        headers: { ...(init?.headers as Record<string, string>), 'X-Response-Token': token },
      }),
  });
}

/** `saved`: nothing waiting; `saving`: on its way; `offline`: kept here, retrying; `closed`: cannot be saved. */
export type SaveState = 'saved' | 'saving' | 'offline' | 'closed';

export interface Autosave {
  state: Signal<SaveState>;
  set: (itemId: string, answer: Answer | null) => void;
  /** Sends what is waiting now; true when nothing is left unsent. */
  flush: () => Promise<boolean>;
  stop: () => void;
}

const DEBOUNCE_MS = 600;

export function createAutosave(assessmentId: string, stored: Stored): Autosave {
  const state = signal<SaveState>(Object.keys(stored.pending).length ? 'offline' : 'saved');
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;
  let attempt = 0;
  let stopped = false;

  const persist = () => saveStored(assessmentId, stored);
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void flush(), ms);
  };

  async function send(): Promise<boolean> {
    const batch: Pending = { ...stored.pending };
    if (Object.keys(batch).length === 0) {
      state.value = 'saved';
      return true;
    }
    state.value = 'saving';
    try {
      await withToken(stored.token, 'PUT', '/api/responses/current/answers', { answers: batch });
      stored.pending = settle(stored.pending, batch);
      persist();
      attempt = 0;
      const left = Object.keys(stored.pending).length;
      state.value = left ? 'saving' : 'saved';
      if (left) schedule(0);
      return left === 0;
    } catch (failure) {
      const error = asApiError(failure);
      if (error.code === 'validation' && error.fields.length > 0) {
        // An answer the server cannot take (it changed meanwhile): drop it so the others still go.
        stored.pending = without(
          stored.pending,
          error.fields.map((f) => f.field.replace(/^answers\./, '')),
        );
        persist();
        schedule(0);
      } else if (error.code === 'conflict' || error.code === 'not_found') {
        state.value = 'closed';
      } else {
        state.value = 'offline';
        schedule(retryDelay(attempt++));
      }
      return false;
    }
  }

  function flush(): Promise<boolean> {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(() => flush());
    inFlight = send().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  const online = () => {
    attempt = 0;
    void flush();
  };
  const hidden = () => {
    if (document.visibilityState === 'hidden') void flush();
  };
  window.addEventListener('online', online);
  document.addEventListener('visibilitychange', hidden);
  if (Object.keys(stored.pending).length) schedule(0);

  return {
    state,
    set(itemId, answer) {
      stored.pending = { ...stored.pending, [itemId]: answer };
      persist();
      if (state.value !== 'closed') state.value = navigator.onLine === false ? 'offline' : 'saving';
      schedule(DEBOUNCE_MS);
    },
    flush,
    stop() {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', online);
      document.removeEventListener('visibilitychange', hidden);
    },
  };
}

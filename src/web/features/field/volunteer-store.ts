/**
 * The volunteer's state on this phone: the joined session and its token (localStorage, so the buttons show
 * at once after a reload with no signal), the outbox of taps (IndexedDB) and its sync state as signals.
 * The session is read again from the server now and then (session-refresh.ts), so a facilitator's changes
 * reach the phone without joining again.
 */
import { signal } from '@preact/signals';
import { idbOutbox, photoQueue, type QueuedPhoto } from './idb.ts';
import {
  countEntries,
  type Details,
  type IngestResult,
  type OutboxEntry,
  type TallyOut,
  UNDO_MS,
  withDetails,
} from './outbox.ts';
import { mergeSession, readSession, refreshDue, type SessionNotice } from './session-refresh.ts';
import { createOutbox, type Outbox, SendFailure, type SyncStatus } from './sync.ts';
import type { VolunteerSession } from './types.ts';

const KEY = 'lantang.field';

export interface Joined {
  token: string;
  session: VolunteerSession;
  name: string;
  team: string;
  variant: string;
}

export function readJoined(): Joined | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Joined>;
    if (typeof parsed.token !== 'string' || !parsed.session || !Array.isArray(parsed.session.variants))
      return null;
    return {
      token: parsed.token,
      session: parsed.session,
      name: parsed.name ?? '',
      team: parsed.team ?? '',
      variant: parsed.variant ?? parsed.session.variants[0]?.id ?? '',
    };
  } catch (error) {
    console.warn('field: stored session unreadable', error);
    return null;
  }
}

export function writeJoined(joined: Joined | null): void {
  try {
    if (joined) localStorage.setItem(KEY, JSON.stringify(joined));
    else localStorage.removeItem(KEY);
  } catch (error) {
    // Storage blocked: the page still works while open; the outbox itself is in IndexedDB.
    console.warn('field: cannot keep the session on this phone', error);
  }
}

export const joined = signal<Joined | null>(null);
export const entries = signal<OutboxEntry[]>([]);
export const syncStatus = signal<SyncStatus>('idle');
export const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine !== false);
/** The latest tap, while it can still be undone or given details. */
export const lastTap = signal<{ id: string; outcome: string; at: number } | null>(null);
/** The variant or team the volunteer had chosen and the facilitator removed, until they choose again. */
export const sessionNotices = signal<SessionNotice[]>([]);

export const counts = () => countEntries(entries.value);

async function sendTallies(token: string, tallies: TallyOut[]): Promise<IngestResult> {
  let response: Response;
  try {
    response = await fetch('/api/field/tallies', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      body: JSON.stringify({ tallies }),
    });
  } catch (cause) {
    throw new SendFailure('retry', cause instanceof Error ? cause.message : 'network');
  }
  if (response.ok) return (await response.json()) as IngestResult;
  if (response.status === 401 || response.status === 403 || response.status === 410)
    throw new SendFailure('auth', String(response.status));
  if (response.status === 413) throw new SendFailure('too_big');
  if (response.status === 400) {
    const body = (await response.json().catch(() => null)) as {
      error?: { fields?: Array<{ rule?: string }> };
    } | null;
    if (body?.error?.fields?.some((f) => f.rule === 'too_many')) throw new SendFailure('too_big');
  }
  throw new SendFailure('retry', String(response.status));
}

let refreshedAt = 0;
let refreshing: Promise<void> | null = null;

/** The join answer is the freshest session there is: no need to read it again at once. */
export function sessionFetched(): void {
  refreshedAt = Date.now();
}

/**
 * Reads the session again and takes in the facilitator's changes: on start and back online (`force`),
 * and after each sync at most every 30 s. A failure (no signal, a refused token) keeps what the phone has.
 */
export function refreshSession(force = false): Promise<void> {
  const current = joined.value;
  if (!current || refreshing || !refreshDue(refreshedAt, Date.now(), force))
    return refreshing ?? Promise.resolve();
  refreshedAt = Date.now();
  const { token } = current;
  refreshing = fetch('/api/field/session', {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
  })
    .then(async (response) => (response.ok ? readSession(await response.json()) : null))
    .then((fresh) => {
      // The answer is applied to the state as it is now: a variant chosen meanwhile stays chosen.
      const now = joined.value;
      if (!fresh || now?.token !== token) return;
      const merged = mergeSession(now, fresh);
      if (!merged) return;
      joined.value = merged.next;
      writeJoined(merged.next);
      if (merged.notices.length > 0) sessionNotices.value = merged.notices;
    })
    .catch((error: unknown) => {
      // No answer at all (the signal dropped): the next sync may try again without waiting 30 s.
      refreshedAt = 0;
      console.info('field: session not read again', error);
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

let outbox: Outbox | null = null;
let stopListening: (() => void) | null = null;

/** Starts the outbox of the joined session (idempotent per session). */
export async function startOutbox(current: Joined): Promise<void> {
  if (outbox && outboxSession === current.session.id) return;
  stopOutbox();
  outboxSession = current.session.id;
  const box = createOutbox({
    store: idbOutbox(current.session.id),
    send: async (tallies) => {
      const result = await sendTallies(current.token, tallies);
      void refreshSession();
      return result;
    },
    onChange: (list, status) => {
      entries.value = list;
      syncStatus.value = status;
    },
  });
  outbox = box;
  const up = () => {
    online.value = true;
    box.online();
    void sendPhotos(current);
    void refreshSession(true);
  };
  const down = () => {
    online.value = false;
  };
  const hidden = () => {
    if (document.visibilityState === 'hidden') void box.flush();
  };
  window.addEventListener('online', up);
  window.addEventListener('offline', down);
  document.addEventListener('visibilitychange', hidden);
  stopListening = () => {
    window.removeEventListener('online', up);
    window.removeEventListener('offline', down);
    document.removeEventListener('visibilitychange', hidden);
  };
  await box.load();
  void sendPhotos(current);
  if (navigator.onLine !== false) void refreshSession();
}
let outboxSession: string | null = null;

export function stopOutbox(): void {
  outbox?.stop();
  stopListening?.();
  outbox = null;
  stopListening = null;
  outboxSession = null;
}

export async function tap(outcome: string): Promise<void> {
  const current = joined.value;
  if (!current || !outbox) return;
  const at = Date.now();
  const tally: TallyOut = {
    id: crypto.randomUUID(),
    variant: current.variant,
    outcome,
    at: new Date(at).toISOString(),
    ...(current.team ? { team: current.team } : {}),
  };
  lastTap.value = { id: tally.id, outcome, at };
  await outbox.tap(tally);
}

export async function undo(id: string): Promise<boolean> {
  const ok = (await outbox?.undo(id)) ?? false;
  if (ok && lastTap.value?.id === id) lastTap.value = null;
  return ok;
}

let editing: Promise<unknown> = Promise.resolve();

/**
 * Details for the latest tap; `hold` keeps it back while they are being written. Edits run one after the
 * other, each on the tally as the previous one left it, so quick taps on several details all count.
 */
export function addDetails(id: string, details: Details, hold: boolean): Promise<void> {
  const run = editing.then(async () => {
    const box = outbox;
    const entry = box?.entries().find((e) => e.tally.id === id);
    if (!box || !entry) return;
    await box.edit(id, withDetails(entry.tally, details), hold);
  });
  editing = run.catch((error: unknown) => console.warn('field: details not kept', error));
  return run;
}

export function sendNow(): void {
  outbox?.online();
}

export function choose(patch: Partial<Pick<Joined, 'team' | 'variant'>>): void {
  const current = joined.value;
  if (!current) return;
  const next = { ...current, ...patch };
  joined.value = next;
  writeJoined(next);
  sessionNotices.value = [];
}

export function leave(): void {
  stopOutbox();
  writeJoined(null);
  joined.value = null;
  entries.value = [];
  lastTap.value = null;
  sessionNotices.value = [];
  refreshedAt = 0;
}

export const undoWindowOpen = (now: number) => {
  const last = lastTap.value;
  return !!last && now - last.at < UNDO_MS;
};

// --- photos -------------------------------------------------------------------------------------------

/** Shrinks a photo to at most 1600 px on its long side as JPEG: small enough for a weak signal. */
export async function shrinkPhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('photo_encode'))), 'image/jpeg', 0.82),
  );
}

async function uploadPhoto(token: string, photo: QueuedPhoto): Promise<boolean> {
  const query = `identifiable=${photo.identifiable ? 1 : 0}&consent=${photo.consent ? 1 : 0}`;
  try {
    const response = await fetch(`/api/field/photos?${query}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': photo.blob.type || 'image/jpeg' },
      body: photo.blob,
    });
    // A photo the server refuses for good (too big, not an image) would block the queue forever.
    return response.ok || (response.status >= 400 && response.status < 500 && response.status !== 429);
  } catch (error) {
    console.info('field: photo kept for later', error);
    return false;
  }
}

let sendingPhotos = false;

export async function sendPhotos(current: Joined): Promise<void> {
  if (sendingPhotos) return;
  sendingPhotos = true;
  try {
    for (const photo of await photoQueue.all(current.session.id)) {
      if (!(await uploadPhoto(current.token, photo))) return;
      await photoQueue.remove(photo.id);
    }
  } finally {
    sendingPhotos = false;
  }
}

/** Keeps the photo first, then tries to send it: true when it is on the server already. */
export async function addPhoto(file: Blob, identifiable: boolean, consent: boolean): Promise<boolean> {
  const current = joined.value;
  if (!current) return false;
  const blob = await shrinkPhoto(file).catch((error: unknown) => {
    console.warn('field: photo sent as taken', error);
    return file;
  });
  const photo: QueuedPhoto = {
    id: crypto.randomUUID(),
    session: current.session.id,
    blob,
    identifiable,
    consent,
  };
  await photoQueue.put(photo);
  await sendPhotos(current);
  const left = await photoQueue.all(current.session.id);
  return !left.some((p) => p.id === photo.id);
}

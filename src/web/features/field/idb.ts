/**
 * The outbox in IndexedDB: it outlives reloads, browser restarts and app updates (a new service worker
 * never touches it). One database for every session joined on this phone; each entry names its session.
 */
import type { OutboxEntry, OutboxStore } from './outbox.ts';

const DB = 'lantang-field';
const OUTBOX = 'outbox';
const PHOTOS = 'photos';

interface Stored extends OutboxEntry {
  id: string;
  session: string;
}

let opening: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(OUTBOX, { keyPath: 'id' }).createIndex('session', 'session');
      db.createObjectStore(PHOTOS, { keyPath: 'id' }).createIndex('session', 'session');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('indexeddb_blocked'));
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('indexeddb_abort'));
  });
}

function bySession<T>(store: string, session: string): Promise<T[]> {
  return open().then(
    (db) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).index('session').getAll(session);
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      }),
  );
}

export function idbOutbox(session: string): OutboxStore {
  return {
    async all() {
      const rows = await bySession<Stored>(OUTBOX, session);
      return rows.map(({ id: _id, session: _session, ...entry }) => entry);
    },
    async put(entries) {
      const db = await open();
      const tx = db.transaction(OUTBOX, 'readwrite');
      const store = tx.objectStore(OUTBOX);
      for (const e of entries) store.put({ ...e, id: e.tally.id, session } satisfies Stored);
      await done(tx);
    },
    async remove(ids) {
      const db = await open();
      const tx = db.transaction(OUTBOX, 'readwrite');
      for (const id of ids) tx.objectStore(OUTBOX).delete(id);
      await done(tx);
    },
  };
}

/** A photo waiting for signal: the already shrunk image and the consent given when it was taken. */
export interface QueuedPhoto {
  id: string;
  session: string;
  blob: Blob;
  identifiable: boolean;
  consent: boolean;
}

export const photoQueue = {
  all: (session: string) => bySession<QueuedPhoto>(PHOTOS, session),
  async put(photo: QueuedPhoto) {
    const db = await open();
    const tx = db.transaction(PHOTOS, 'readwrite');
    tx.objectStore(PHOTOS).put(photo);
    await done(tx);
  },
  async remove(id: string) {
    const db = await open();
    const tx = db.transaction(PHOTOS, 'readwrite');
    tx.objectStore(PHOTOS).delete(id);
    await done(tx);
  },
};

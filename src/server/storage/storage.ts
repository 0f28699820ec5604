/**
 * Where uploaded files live, behind one interface: a local folder by default; an S3-compatible bucket can
 * stand in for it when several app servers share one database. Keys are made by the server (see `newKeyStem`),
 * never taken from a request, so no user input ever reaches a file path.
 */
import { randomUUID } from 'node:crypto';

export interface Storage {
  /** Stores the bytes under the key, whole or not at all (a reader never sees half a file). */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes stored under the key, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the file; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/**
 * `<folder>/<2 hex>/<uuid>`: a fresh stem, to which the caller adds `.jpg`, `-thumb.webp`, …; the
 * two-character folder keeps directories small.
 */
export function newKeyStem(folder: 'images'): string {
  const id = randomUUID();
  return `${folder}/${id.slice(0, 2)}/${id}`;
}

const KEY = /^[a-z]+\/[0-9a-f]{2}\/[0-9a-f-]{36}(?:-[a-z]+)?\.[a-z]+$/;

/** Refuses anything that is not a key `newKeyStem` could have made (a second line of defence for paths). */
export function assertKey(key: string): string {
  if (!KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
  return key;
}

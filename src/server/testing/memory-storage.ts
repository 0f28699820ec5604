import { assertKey, type Storage } from '../storage/storage.ts';

/** Files in a map, for app instances in tests that never upload (the upload tests use a real folder). */
export function memoryStorage(): Storage & { keys: () => string[] } {
  const files = new Map<string, Uint8Array>();
  return {
    async put(key, bytes) {
      files.set(assertKey(key), new Uint8Array(bytes));
    },
    async get(key) {
      return files.get(assertKey(key)) ?? null;
    },
    async delete(key) {
      files.delete(assertKey(key));
    },
    async exists(key) {
      return files.has(assertKey(key));
    },
    keys: () => [...files.keys()],
  };
}

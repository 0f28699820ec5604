import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFolderStorage } from './local-folder.ts';
import { newKeyStem, type Storage } from './storage.ts';

let folder: string;
let storage: Storage;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lantang-storage-'));
  storage = localFolderStorage(folder);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('local folder storage', () => {
  it('stores, reads, replaces and deletes a file, leaving no temporary files behind', async () => {
    const key = `${newKeyStem('images')}.jpg`;
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, new Uint8Array([1, 2, 3]));
    expect(await storage.exists(key)).toBe(true);
    expect([...((await storage.get(key)) ?? [])]).toEqual([1, 2, 3]);
    await storage.put(key, new Uint8Array([4]));
    expect([...((await storage.get(key)) ?? [])]).toEqual([4]);
    const files = await readdir(folder, { recursive: true, withFileTypes: true });
    expect(files.filter((f) => f.isFile()).map((f) => f.name)).toEqual([key.split('/').pop()]);
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it('refuses keys it did not make, so no path can leave the folder', async () => {
    for (const key of ['../etc/passwd', 'images/ab/../../x.jpg', '/x.jpg', 'images/ab/x.jpg', '']) {
      await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow(/Not a storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Not a storage key/);
    }
  });

  it('makes a new key each time, with a thumbnail key beside it', () => {
    const a = newKeyStem('images');
    expect(a).not.toBe(newKeyStem('images'));
    expect(a).toMatch(/^images\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
    expect(() => storage.exists(`${a}-thumb.webp`)).not.toThrow();
  });
});

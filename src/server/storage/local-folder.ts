/** The default storage: files in a folder on this machine (FILES_DIR, else `<DATA_DIR>/files`). */
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { assertKey, type Storage } from './storage.ts';

const isMissing = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

export function localFolderStorage(folder: string): Storage {
  const root = resolve(folder);
  const pathOf = (key: string) => join(root, assertKey(key));
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      // Written under a temporary name, flushed, then renamed: a crash leaves a stray temp file at worst,
      // never a truncated image under a real key.
      const temp = `${path}.${randomUUID()}.tmp`;
      const handle = await open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await unlink(temp).catch((cleanup: unknown) => {
          console.error('[storage] could not remove a temporary file', temp, cleanup);
        });
        throw error;
      }
      await handle.close();
      await rename(temp, path);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
    async exists(key) {
      try {
        return (await stat(pathOf(key))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
  };
}

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '#core/errors.ts';

/**
 * PGlite must be opened by one process only: two processes on one folder lose writes. The process that
 * opens the folder writes its PID into a lock file; a stale lock (its process is gone) is taken over.
 */
const LOCK_NAME = 'lantang.lock';

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to another user: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release: () => void;
}

export function lockDataDir(dataDir: string, holder: 'server' | 'cli'): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_NAME);
  const content = JSON.stringify({ pid: process.pid, holder, since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, content, { flag: 'wx' });
      return {
        release: () => {
          if (readLockPid(path) === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = readLockPid(path);
      if (pid !== null && pid !== process.pid && processIsAlive(pid)) {
        throw new AppError('data_dir_locked', { params: { dir, pid } });
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('data_dir_locked', { params: { dir, pid: '?' } });
}

function readLockPid(path: string): number | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown };
    return typeof parsed.pid === 'number' ? parsed.pid : null;
  } catch {
    // An unreadable or half-written lock file is treated as stale.
    return null;
  }
}

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DatabaseHandle, migrateDatabase, openPglite, openPostgres } from './db/client.ts';
import { type DataDirLock, lockDataDir } from './db/lock.ts';
import type { Config } from './env.ts';

export interface OpenedDatabase extends DatabaseHandle {
  /** Where the data lives, for messages: the data folder or the PostgreSQL host/database. */
  location: string;
}

/**
 * Opens the configured database for the server or the CLI: PostgreSQL when DATABASE_URL is set, else PGlite
 * in DATA_DIR, locked so no second process opens it. Migrations are applied on every open.
 */
export async function openConfiguredDatabase(
  config: Config,
  holder: 'server' | 'cli',
): Promise<OpenedDatabase> {
  if (config.databaseUrl) {
    const handle = await openPostgres(config.databaseUrl);
    await migrateDatabase(handle);
    const url = new URL(config.databaseUrl);
    return { ...handle, location: `${url.hostname}${url.pathname}` };
  }
  const dataDir = resolve(config.dataDir);
  const lock: DataDirLock = lockDataDir(dataDir, holder);
  try {
    const handle = await openPglite({ dataDir: resolve(dataDir, 'pglite') });
    await migrateDatabase(handle);
    return {
      ...handle,
      location: dataDir,
      close: async () => {
        await handle.close();
        lock.release();
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

export function packageVersion(): string {
  for (const candidate of ['../../package.json', '../package.json', './package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === 'lantang' && pkg.version) return pkg.version;
    } catch {
      // Try the next location: the file sits at another depth in src/ and in the bundle.
    }
  }
  return '0.0.0';
}

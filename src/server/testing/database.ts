import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, migrateDatabase, openPglite, openPostgres } from '../db/client.ts';

export const TEST_ENGINE = process.env.DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL: the URL of this test's own database (to open a second connection pool). */
  url: string | null;
  destroy: () => Promise<void>;
}

/**
 * A fresh, migrated, empty database for one test file: a PGlite loaded from the migrated template, or a
 * new database on the PostgreSQL server named by DATABASE_URL (dropped again by `destroy`).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const template = readFileSync(inject('pgliteTemplate'));
    const handle = await openPglite({ loadDataDir: new Blob([template]) });
    return { ...handle, url: null, destroy: handle.close };
  }
  const name = `lantang_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString());
  await migrateDatabase(handle);
  // A test may close its handle early (to leave the database to a CLI process) and destroy it later.
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    ...handle,
    close,
    url: url.toString(),
    destroy: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

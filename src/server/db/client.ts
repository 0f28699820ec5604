import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The one database type features use: both engines are PostgreSQL, so queries are written once. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /** The PGlite instance when the engine is PGlite (for dumps in tests), else null. */
  pglite: PGlite | null;
  close: () => Promise<void>;
}

/** The folder of committed migrations, found from this file whether run from src/ or from the bundle. */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'drizzle');
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('The drizzle/ migrations folder was not found next to the application.');
}

export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A pool error on an idle client (server restart) must not crash the process; the next query reconnects.
  pool.on('error', (err) => console.error('[db] idle PostgreSQL client error:', err.message));
  const db = drizzlePg(pool, { schema });
  return { db, engine: 'postgres', pglite: null, close: () => pool.end() };
}

/** Opens PGlite in a folder (or in memory when `dataDir` is undefined, or from a dump when `loadDataDir`). */
export async function openPglite(options: {
  dataDir?: string;
  loadDataDir?: Blob | File;
}): Promise<DatabaseHandle> {
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite(client, { schema });
  return { db, engine: 'pglite', pglite: client, close: () => client.close() };
}

/** Applies every committed migration not yet applied; safe to call at every start on both engines. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const migrationsConfig = { migrationsFolder: migrationsFolder() };
  if (handle.engine === 'pglite') {
    await migratePglite(handle.db as Parameters<typeof migratePglite>[0], migrationsConfig);
  } else {
    await migratePg(handle.db as Parameters<typeof migratePg>[0], migrationsConfig);
  }
}

/** The rows of a raw SQL query; both drivers answer with `{ rows }`, which Drizzle's types do not say. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

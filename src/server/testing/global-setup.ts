import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrateDatabase, openPglite } from '../db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Migrating a new PGlite costs seconds; loading a dump of an already migrated one costs ~0.3 s. So the
 * template is built once here and every test database starts from it.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'lantang-test-'));
  const path = join(dir, 'template.tar.gz');
  if (!process.env.DATABASE_URL) {
    const handle = await openPglite({});
    await migrateDatabase(handle);
    const dump = await handle.pglite?.dumpDataDir('gzip');
    if (!dump) throw new Error('PGlite dump failed');
    writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
  }
  project.provide('pgliteTemplate', path);
  return () => rmSync(dir, { recursive: true, force: true });
}

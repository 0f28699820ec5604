import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import {
  BACKUP_TABLES,
  countRows,
  DERIVED_TABLES,
  dumpDatabase,
  listPublicTables,
  restoreDatabase,
  SchemaMismatchError,
} from './backup.ts';
import { seedDemo } from './seed/demo.ts';

let source: TestDatabase;
let target: TestDatabase;

async function dump(db: TestDatabase): Promise<string[]> {
  const lines: string[] = [];
  await dumpDatabase(db.db, (line) => {
    lines.push(line);
  });
  return lines;
}

async function* linesOf(list: string[]) {
  for (const line of list) yield line;
}

beforeAll(async () => {
  source = await createTestDatabase();
  target = await createTestDatabase();
  await seedDemo(source.db);
});
afterAll(async () => {
  await source.destroy();
  await target.destroy();
});

describe('backup and restore', () => {
  it('backs up every table of the schema but the derived ones', async () => {
    expect([...BACKUP_TABLES, ...DERIVED_TABLES].sort()).toEqual(await listPublicTables(source.db));
  });

  it('restores into an empty database with identical data', async () => {
    const original = await dump(source);
    expect(original.length).toBeGreaterThan(40);
    const result = await restoreDatabase(target.db, linesOf(original));
    expect(result.rows).toBe(original.length - 1);
    const copy = await dump(target);
    expect(copy.slice(1)).toEqual(original.slice(1));
    expect(await countRows(target.db)).toBe(await countRows(source.db));
  });

  it('restores nothing from a file of another schema version', async () => {
    const fresh = await createTestDatabase();
    try {
      const original = await dump(source);
      const header = JSON.parse(original[0] ?? '{}') as Record<string, unknown>;
      const forged = [JSON.stringify({ ...header, schema: 'other' }), ...original.slice(1)];
      await expect(restoreDatabase(fresh.db, linesOf(forged))).rejects.toBeInstanceOf(SchemaMismatchError);
      expect(await countRows(fresh.db)).toBe(0);
    } finally {
      await fresh.destroy();
    }
  });

  it('restores all or nothing when a line is broken', async () => {
    const fresh = await createTestDatabase();
    try {
      const original = await dump(source);
      const broken = [...original.slice(0, 20), '{"t":"users","r":', ...original.slice(20)];
      await expect(restoreDatabase(fresh.db, linesOf(broken))).rejects.toThrow();
      expect(await countRows(fresh.db)).toBe(0);
    } finally {
      await fresh.destroy();
    }
  });
});

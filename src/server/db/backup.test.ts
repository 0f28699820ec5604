import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newKeyStem, type Storage } from '../storage/storage.ts';
import { insertCampaign } from '../testing/campaign.ts';
import { createTestDatabase, type TestDatabase } from '../testing/database.ts';
import { memoryStorage } from '../testing/memory-storage.ts';
import {
  BACKUP_TABLES,
  BackupFormatError,
  countRows,
  DERIVED_TABLES,
  dumpDatabase,
  FILE_KEY_COLUMNS,
  listPublicTables,
  restoreDatabase,
  SchemaMismatchError,
} from './backup.ts';
import { queryRows } from './client.ts';
import { assets, assetVersions, fieldPhotos, fieldSessions } from './schema.ts';
import { seedDemo } from './seed/demo.ts';

let source: TestDatabase;
let target: TestDatabase;

async function dump(db: TestDatabase, storage?: Storage): Promise<string[]> {
  const lines: string[] = [];
  await dumpDatabase(
    db.db,
    (line) => {
      lines.push(line);
    },
    storage ? { storage } : {},
  );
  return lines;
}

/** A poster version and a field photo with their files: four stored files, named by two rows. */
async function withFiles(db: TestDatabase, storage: Storage) {
  const campaign = await insertCampaign(db.db);
  const [asset] = await db.db.insert(assets).values({ campaignId: campaign.id, title: 'Poster' }).returning();
  const [session] = await db.db.select().from(fieldSessions).limit(1);
  if (!asset || !session) throw new Error('no asset or field session');
  const poster = newKeyStem('images');
  const photo = newKeyStem('images');
  const files = new Map<string, Uint8Array>([
    [`${poster}.jpg`, new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])],
    [`${poster}-thumb.webp`, new Uint8Array([82, 73, 70, 70, 4])],
    [`${photo}.png`, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255])],
    [`${photo}-thumb.webp`, new Uint8Array([82, 73, 70, 70, 5])],
  ]);
  for (const [key, bytes] of files) await storage.put(key, bytes);
  const size = { width: 10, height: 10 };
  await db.db.insert(assetVersions).values({
    assetId: asset.id,
    version: 1,
    storageKey: `${poster}.jpg`,
    thumbnailKey: `${poster}-thumb.webp`,
    format: 'jpeg',
    bytes: 6,
    ...size,
  });
  await db.db.insert(fieldPhotos).values({
    sessionId: session.id,
    storageKey: `${photo}.png`,
    thumbnailKey: `${photo}-thumb.webp`,
    identifiable: false,
    consent: false,
    deleteAt: new Date('2099-01-01T00:00:00Z'),
    ...size,
  });
  return files;
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
    const result = await restoreDatabase(target.db, linesOf(original), memoryStorage());
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
      await expect(restoreDatabase(fresh.db, linesOf(forged), memoryStorage())).rejects.toBeInstanceOf(
        SchemaMismatchError,
      );
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
      await expect(restoreDatabase(fresh.db, linesOf(broken), memoryStorage())).rejects.toThrow();
      expect(await countRows(fresh.db)).toBe(0);
    } finally {
      await fresh.destroy();
    }
  });
});

describe('the stored files in a backup', () => {
  it('knows every column of the schema that names a stored file', async () => {
    const rows = await queryRows<{ table_name: string; column_name: string }>(
      source.db,
      sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and column_name like '%\_key' order by 1, 2`,
    );
    const listed = Object.entries(FILE_KEY_COLUMNS).flatMap(([table, columns]) =>
      columns.map((column) => ({ table_name: table, column_name: column })),
    );
    expect(rows).toEqual(listed);
  });

  it('carries the files the rows name, and restores them through the storage, byte for byte', async () => {
    const from = await createTestDatabase();
    const to = await createTestDatabase();
    try {
      await seedDemo(from.db);
      const fromFiles = memoryStorage();
      const files = await withFiles(from, fromFiles);
      // A file no row names (left behind by something else) stays out of the backup.
      await fromFiles.put(`${newKeyStem('images')}.jpg`, new Uint8Array([1]));

      const lines = await dump(from, fromFiles);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ format: 'lantang-backup', version: 2 });
      const fileLines = lines.filter((l) => l.startsWith('{"f":'));
      expect(fileLines.map((l) => (JSON.parse(l) as { f: string }).f)).toEqual([...files.keys()].sort());
      expect(lines.slice(-fileLines.length)).toEqual(fileLines);

      const toFiles = memoryStorage();
      const result = await restoreDatabase(to.db, linesOf(lines), toFiles);
      expect(result).toMatchObject({ files: 4, missingFiles: 0, rows: lines.length - 1 - 4 });
      expect(toFiles.keys().sort()).toEqual([...files.keys()].sort());
      for (const [key, bytes] of files) expect(await toFiles.get(key)).toEqual(bytes);
      expect((await dump(to, toFiles)).slice(1)).toEqual(lines.slice(1));
    } finally {
      await from.destroy();
      await to.destroy();
    }
  });

  it('still restores a backup of version 1, which has rows only, and counts the files it lacks', async () => {
    const from = await createTestDatabase();
    const to = await createTestDatabase();
    try {
      await seedDemo(from.db);
      const fromFiles = memoryStorage();
      const files = await withFiles(from, fromFiles);
      const lines = await dump(from);
      const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
      const old = [JSON.stringify({ ...header, version: 1 }), ...lines.slice(1)];
      expect(old.some((l) => l.startsWith('{"f":'))).toBe(false);

      // The operator copied one of the four files across by hand: the other three are missing.
      const toFiles = memoryStorage();
      const [firstKey, firstBytes] = [...files][0] ?? ['', new Uint8Array()];
      await toFiles.put(firstKey, firstBytes);
      const result = await restoreDatabase(to.db, linesOf(old), toFiles);
      expect(result).toMatchObject({ files: 0, missingFiles: 3 });
      expect(await countRows(to.db)).toBe(await countRows(from.db));
    } finally {
      await from.destroy();
      await to.destroy();
    }
  });

  it('refuses a file no restored row names, and a failed restore leaves no file behind', async () => {
    const from = await createTestDatabase();
    try {
      await seedDemo(from.db);
      const fromFiles = memoryStorage();
      await withFiles(from, fromFiles);
      const lines = await dump(from, fromFiles);
      const stray = `{"f":"${newKeyStem('images')}.jpg","b":"AQID"}`;
      const outside = '{"f":"../../etc/passwd","b":"AQID"}';
      const broken = [...lines, '{"t":"users","r":'];
      for (const bad of [[...lines, stray], [...lines, outside], broken]) {
        const fresh = await createTestDatabase();
        try {
          const files = memoryStorage();
          const failing = restoreDatabase(fresh.db, linesOf(bad), files);
          await expect(failing).rejects.toBeInstanceOf(BackupFormatError);
          expect(await countRows(fresh.db)).toBe(0);
          expect(files.keys()).toEqual([]);
        } finally {
          await fresh.destroy();
        }
      }
    } finally {
      await from.destroy();
    }
  });

  it('keeps the row of a file gone from the storage, and says so', async () => {
    const from = await createTestDatabase();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await seedDemo(from.db);
      const fromFiles = memoryStorage();
      const files = await withFiles(from, fromFiles);
      const [lost = ''] = [...files.keys()];
      await fromFiles.delete(lost);
      const lines: string[] = [];
      const result = await dumpDatabase(from.db, (line) => void lines.push(line), { storage: fromFiles });
      expect(result).toMatchObject({ files: 3, missingFiles: 1 });
      expect(lines.join('\n')).toContain(lost);
      expect(lines.filter((l) => l.startsWith('{"f":'))).toHaveLength(3);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('missing'), lost);
    } finally {
      logged.mockRestore();
      await from.destroy();
    }
  });
});

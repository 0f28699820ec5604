import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpDatabase } from '#server/db/backup.ts';
import { assets, assetVersions } from '#server/db/schema.ts';
import { seedDemo } from '#server/db/seed/demo.ts';
import { newKeyStem } from '#server/storage/storage.ts';
import { insertCampaign } from '#server/testing/campaign.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '#server/testing/database.ts';
import { memoryStorage } from '#server/testing/memory-storage.ts';
import { runLantang } from './run-cli.test-support.ts';

let dir: string;
const databases: TestDatabase[] = [];

/** Where one CLI "installation" keeps its data: its own PGlite folder, or its own PostgreSQL database. */
async function target(name: string): Promise<NodeJS.ProcessEnv> {
  if (TEST_ENGINE === 'postgres') {
    const database = await createTestDatabase();
    databases.push(database);
    await database.close();
    // Its files beside the test's other data, never in the working folder's ./data.
    return { DATABASE_URL: database.url ?? '', FILES_DIR: join(dir, name, 'files') };
  }
  return { DATA_DIR: join(dir, name), DATABASE_URL: '' };
}

const lantang = (env: NodeJS.ProcessEnv, ...args: string[]) => runLantang(args, env);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lantang-cli-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const database of databases) await database.destroy();
});

describe('the lantang command', () => {
  it('prints its help', async () => {
    const result = await lantang({}, '--help');
    expect(result.code).toBe(0);
    for (const command of ['serve', 'seed --demo', 'user create', 'backup FILE', 'restore FILE']) {
      expect(result.stdout).toContain(command);
    }
  });

  it('refuses an unknown command with exit code 2', async () => {
    const result = await lantang({}, 'frobnicate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown command: frobnicate');
  });

  it('seeds, creates a user, backs up, and restores identical data into an empty database', async () => {
    const a = await target('a');
    const b = await target('b');
    expect((await lantang(a, 'seed', '--demo')).code).toBe(0);
    const created = await lantang(
      a,
      'user',
      'create',
      '--email',
      'Ketua@Serikat.test',
      '--name',
      'Ketua',
      '--password',
      'rahasia-panjang',
      '--admin',
    );
    expect(created.stdout).toContain('Account created: ketua@serikat.test (platform admin)');
    const duplicate = await lantang(
      a,
      'user',
      'create',
      '--email',
      'ketua@serikat.test',
      '--name',
      'Lagi',
      '--password',
      'rahasia-panjang',
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain('already used');
    const invalid = await lantang(
      a,
      'user',
      'create',
      '--email',
      'bukan-email',
      '--name',
      'X',
      '--password',
      'pendek',
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('Email is not a valid email address.');

    const first = join(dir, 'first.jsonl');
    const second = join(dir, 'second.jsonl');
    expect((await lantang(a, 'backup', first)).code).toBe(0);
    const restored = await lantang(b, 'restore', first);
    expect(restored.stdout, restored.stderr).toContain('Restored from');
    expect((await lantang(b, 'backup', second)).code).toBe(0);
    const body = (file: string) => readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
    expect(body(second)).toBe(body(first));
    expect(body(first)).toContain('ketua@serikat.test');

    const again = await lantang(b, 'restore', first);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('not empty');
    // Seven processes each open a database: ~20 s alone, more on a busy shared machine.
  }, 180_000);

  it('restores the uploaded files into FILES_DIR and backs them up again', async () => {
    // A backup with a poster's two files, made from a database of this test's own.
    const source = await createTestDatabase();
    const stem = newKeyStem('images');
    const files = new Map([
      [`${stem}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 7, 8, 9])],
      [`${stem}-thumb.webp`, Buffer.from('RIFF-thumb')],
    ]);
    const lines: string[] = [];
    try {
      await seedDemo(source.db);
      const storage = memoryStorage();
      for (const [key, bytes] of files) await storage.put(key, bytes);
      const campaign = await insertCampaign(source.db);
      const [asset] = await source.db
        .insert(assets)
        .values({ campaignId: campaign.id, title: 'P' })
        .returning();
      await source.db.insert(assetVersions).values({
        assetId: asset?.id ?? '',
        version: 1,
        storageKey: `${stem}.jpg`,
        thumbnailKey: `${stem}-thumb.webp`,
        format: 'jpeg',
        width: 1,
        height: 1,
        bytes: 6,
      });
      await dumpDatabase(source.db, (line) => void lines.push(line), { storage });
    } finally {
      await source.destroy();
    }
    const withFiles = join(dir, 'with-files.jsonl');
    writeFileSync(withFiles, `${lines.join('\n')}\n`);

    const e = { ...(await target('e')), FILES_DIR: join(dir, 'e-files') };
    const restored = await lantang(e, 'restore', withFiles);
    expect(restored.stdout, restored.stderr).toContain('rows, 2 files.');
    expect(restored.stderr).not.toContain('Warning');
    for (const [key, bytes] of files) expect(readFileSync(join(dir, 'e-files', key))).toEqual(bytes);
    const again = join(dir, 'with-files-again.jsonl');
    const backedUp = await lantang(e, 'backup', again);
    expect(backedUp.stdout, backedUp.stderr).toContain('rows, 2 files.');
    const body = (file: string) => readFileSync(file, 'utf8').split('\n').slice(1).join('\n');
    expect(body(again)).toBe(body(withFiles));

    // A backup made before files were carried restores too, and says which files to copy by hand.
    const header = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    const old = join(dir, 'version-1.jsonl');
    const rows = lines.slice(1).filter((line) => !line.startsWith('{"f":'));
    writeFileSync(old, `${[JSON.stringify({ ...header, version: 1 }), ...rows].join('\n')}\n`);
    const f = { ...(await target('f')), FILES_DIR: join(dir, 'f-files') };
    const fromOld = await lantang(f, 'restore', old);
    expect(fromOld.code, fromOld.stderr).toBe(0);
    expect(fromOld.stdout).toContain('rows, 0 files.');
    expect(fromOld.stderr).toContain(
      'Warning: 2 poster or photo file(s) are neither in the backup nor in FILES_DIR',
    );
  }, 180_000);

  it('refuses a file that is not a backup', async () => {
    const c = await target('c');
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, 'hello\n');
    const result = await lantang(c, 'restore', junk);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('not a readable Lantang backup');
  });

  if (TEST_ENGINE === 'pglite') {
    it('refuses to open a data folder that a running server holds', async () => {
      const d = await target('d');
      const folder = d.DATA_DIR ?? '';
      expect((await lantang(d, 'seed', '--demo')).code).toBe(0);
      // This test process stands in for the running server: its PID is alive.
      writeFileSync(join(folder, 'lantang.lock'), JSON.stringify({ pid: process.pid, holder: 'server' }));
      const result = await lantang(d, 'backup', join(dir, 'x.jsonl'));
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`in use by a running Lantang server (PID ${process.pid})`);
      // A lock left by a process that is gone is taken over.
      writeFileSync(join(folder, 'lantang.lock'), JSON.stringify({ pid: 999_999_999, holder: 'server' }));
      expect((await lantang(d, 'backup', join(dir, 'y.jsonl'))).code).toBe(0);
    });
  }
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '#server/testing/database.ts';
import { runLantang } from './run-cli.test-support.ts';

let dir: string;
const databases: TestDatabase[] = [];

/** Where one CLI "installation" keeps its data: its own PGlite folder, or its own PostgreSQL database. */
async function target(name: string): Promise<NodeJS.ProcessEnv> {
  if (TEST_ENGINE === 'postgres') {
    const database = await createTestDatabase();
    databases.push(database);
    await database.close();
    return { DATABASE_URL: database.url ?? '' };
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

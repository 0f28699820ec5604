import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from './testing/database.ts';

/**
 * The real server process, started on an empty database, stopped, and started again: migrations and the
 * demo run on the first start only, and everything made in between is still there.
 */
const MAIN = resolve(import.meta.dirname, 'main.ts');
let dataDir: string;
let database: TestDatabase | null = null;

async function start(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LANTANG_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = /On this computer: (http:\/\/\S+)/.exec(output);
    if (match?.[1]) return { url: match[1].replace('localhost', '127.0.0.1'), child, output: () => output };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(child: ChildProcess) {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantang-restart-'));
  if (TEST_ENGINE === 'postgres') {
    database = await createTestDatabase();
    await database.close();
  }
});
afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  await database?.destroy().catch(() => undefined);
});

describe('stopping and starting the server', () => {
  it('creates everything on an empty database, and keeps all data across a restart', async () => {
    const env = database?.url ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await start(env);
    expect(first.output()).toContain('Demo programme created.');
    expect(first.output()).toContain('DEMO-JOIN');
    const health = (await (await fetch(`${first.url}/api/health`)).json()) as { status: string; db: string };
    expect(health).toEqual(expect.objectContaining({ status: 'ok', db: TEST_ENGINE }));
    const joined = await fetch(`${first.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'DEMO-JOIN', name: 'Tetap Ada', pin: '4321' }),
    });
    expect(joined.status).toBe(200);
    await stop(first.child);

    const second = await start(env);
    expect(second.output()).not.toContain('Demo programme created.');
    const again = await fetch(`${second.url}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'DEMO-JOIN', name: 'Tetap Ada', pin: '4321' }),
    });
    expect(((await again.json()) as { returning: boolean }).returning).toBe(true);
    await stop(second.child);
  });

  it('starts without a demo when LANTANG_DEMO=0, and says how to make the first account', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'lantang-nodemo-'));
    const empty = TEST_ENGINE === 'postgres' ? await createTestDatabase() : null;
    await empty?.close();
    try {
      const env = empty?.url
        ? { DATABASE_URL: empty.url, LANTANG_DEMO: '0' }
        : { DATA_DIR: fresh, DATABASE_URL: '', LANTANG_DEMO: '0' };
      const server = await start(env);
      expect(server.output()).toContain('There are no accounts yet');
      const meta = (await (await fetch(`${server.url}/api/meta`)).json()) as {
        demo: boolean;
        demoAccounts: unknown[];
      };
      expect(meta).toEqual(expect.objectContaining({ demo: false, demoAccounts: [] }));
      await stop(server.child);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
      await empty?.destroy().catch(() => undefined);
    }
  });
});

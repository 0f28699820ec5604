import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIELD_CODE } from '../../db/seed/demo-field.ts';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../testing/database.ts';

/**
 * The real server process is killed (SIGKILL, no chance to tidy up) during a burst of tally batches, then
 * started again; the volunteers' outboxes send everything again. Every tally the server acknowledged must
 * be there, and the retries must add no duplicates. On PGlite (a data folder) and on PostgreSQL.
 */
const MAIN = resolve(import.meta.dirname, '../../main.ts');
const VOLUNTEERS = 6;
const BATCH = 100;

let dataDir: string;
let database: TestDatabase | null = null;
const children: ChildProcess[] = [];

async function start(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LANTANG_LANG: 'en', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
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
    if (match?.[1]) return { url: match[1].replace('localhost', '127.0.0.1'), child };
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function post(url: string, token: string | null, body: unknown) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantang-crash-'));
  if (TEST_ENGINE === 'postgres') {
    // Its pool stays open, idle, until `destroy`: the server processes open their own.
    database = await createTestDatabase();
  }
});
afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await database?.destroy().catch((error: unknown) => console.error('dropping the test database', error));
});

describe('a server killed during a burst of syncs', () => {
  it('keeps every acknowledged tally, and the retries add no duplicates', async () => {
    const env = database?.url ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir, DATABASE_URL: '' };
    const first = await start(env);
    const volunteers: Array<{
      token: string;
      session: string;
      batches: Array<Array<Record<string, string>>>;
    }> = [];
    for (let i = 0; i < VOLUNTEERS; i++) {
      const joined = (await (
        await post(`${first.url}/api/field/join`, null, { code: DEMO_FIELD_CODE, name: `Relawan ${i}` })
      ).json()) as { token: string; session: { id: string } };
      volunteers.push({ token: joined.token, session: joined.session.id, batches: [] });
    }
    const acknowledged = new Set<string>();
    let killed = false;
    let acks = 0;
    // Each volunteer sends batch after batch until the server dies under them.
    const burst = volunteers.map(async (v) => {
      for (let n = 0; n < 400 && !killed; n++) {
        const at = new Date(Date.now() - 60_000).toISOString();
        const batch = Array.from({ length: BATCH }, () => ({
          id: randomUUID(),
          variant: n % 2 === 0 ? 'poster-a' : 'poster-b',
          outcome: 'cares',
          at,
        }));
        v.batches.push(batch);
        try {
          const response = await post(`${first.url}/api/field/tallies`, v.token, { tallies: batch });
          if (response.status !== 200) throw new Error(`status ${response.status}: ${await response.text()}`);
          const result = (await response.json()) as {
            accepted: number;
            duplicates: number;
            rejected: unknown[];
          };
          expect(result.rejected).toEqual([]);
          for (const t of batch) acknowledged.add(t.id);
          acks++;
        } catch (error) {
          // Only the kill may interrupt a batch: any other failure is a failure of the test.
          if (!killed) throw error;
          return;
        }
      }
    });
    while (acks < 20) await new Promise((r) => setTimeout(r, 5));
    killed = true;
    const exited = new Promise((r) => first.child.once('exit', r));
    first.child.kill('SIGKILL');
    await exited;
    await Promise.all(burst);
    const sent = volunteers.flatMap((v) => v.batches.flat().map((t) => t.id));
    expect(acknowledged.size).toBeGreaterThanOrEqual(20 * BATCH);
    expect(sent.length).toBeGreaterThan(acknowledged.size);

    const second = await start(env);
    try {
      // The outboxes send everything again, acknowledged or not, twice.
      let accepted = 0;
      let duplicates = 0;
      for (const round of [1, 2]) {
        for (const v of volunteers) {
          for (const batch of v.batches) {
            const response = await post(`${second.url}/api/field/tallies`, v.token, { tallies: batch });
            expect(response.status).toBe(200);
            const result = (await response.json()) as { accepted: number; duplicates: number };
            if (round === 1) {
              accepted += result.accepted;
              duplicates += result.duplicates;
              // An acknowledged batch survived the kill whole: every one of its tallies is already stored.
              if (batch.every((t) => acknowledged.has(t.id ?? '')))
                expect(result.duplicates).toBe(batch.length);
            } else expect(result.accepted).toBe(0);
          }
        }
      }
      const summary = (await (
        await fetch(`${second.url}/api/field/sessions/${volunteers[0]?.session}/summary`, {
          headers: { authorization: `Bearer ${volunteers[0]?.token}` },
        })
      ).json()) as { total: number };
      // Stored = every id sent, once; what survived the kill was at least what had been acknowledged.
      expect(summary.total).toBe(new Set(sent).size);
      expect(duplicates).toBeGreaterThanOrEqual(acknowledged.size);
      expect(accepted + duplicates).toBe(sent.length);
    } finally {
      const exited2 = new Promise((r) => second.child.once('exit', r));
      second.child.kill('SIGTERM');
      await exited2;
    }
  });
});

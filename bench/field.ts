/**
 * Field campaign at scale on PGlite, over loopback HTTP to the real app: 500 volunteers join the demo's
 * field session and sync their outboxes in batches, from a process of their own
 * (bench/support/field-volunteers.ts), as phones are not the server. Measured in one run: the raw batched insert of the same
 * engine (the baseline: 500-row inserts straight into the table), the accepted tallies per second through
 * HTTP, and the tap-to-dashboard latency (from the POST of one tally to its arrival on the SSE stream)
 * under a background load of 200 tallies/s; and the peak RSS.
 * Budgets: ingest ≥ 20,000 tallies/s and ≥ 50% of the raw rate; latency p95 ≤ 500 ms. Exits non-zero when
 * over budget.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import { createApp } from '#server/app.ts';
import { migrateDatabase, openPglite } from '#server/db/client.ts';
import { pgliteNotifications } from '#server/db/notifications.ts';
import { fieldSessions, fieldTallies } from '#server/db/schema.ts';
import { seedDemo } from '#server/db/seed/demo.ts';
import { DEMO_FIELD_CODE } from '#server/db/seed/demo-field.ts';
import { readConfig } from '#server/env.ts';
import { sseReader } from '#server/features/field/testing.ts';
import { memoryStorage } from '#server/testing/memory-storage.ts';
import { makeTallies, type VolunteersResult, type VolunteersTask } from './support/field-volunteers.ts';

const VOLUNTEERS = 500;
const PER_VOLUNTEER = 200;
const CONCURRENCY = 32;
const RAW_TALLIES = 100_000;
const BACKGROUND_PER_SECOND = 200;
const PROBES = 60;
const INGEST_BUDGET = 20_000;
const RAW_SHARE_BUDGET = 0.5;
const LATENCY_BUDGET_MS = 500;

let peakRss = 0;
const rssTimer = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);

// A data folder on disk, as the app keeps its database (`DATA_DIR`); removed at the end.
const dataDir = mkdtempSync(join(tmpdir(), 'lantang-bench-field-'));
const handle = await openPglite({ dataDir });
await migrateDatabase(handle);
const now = new Date();
await seedDemo(handle.db, now);
const [session] = await handle.db
  .select()
  .from(fieldSessions)
  .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
if (!session || !handle.pglite) throw new Error('the demo field session is missing');

// 1. The baseline: the same engine's raw batched insert, 500 rows a statement, straight through the driver
// (no HTTP, no checks, no notification): a plain multi-row INSERT … VALUES, the raw rate the ingest is held
// to. Printed beside it, informative: the same rows as one array per column unnested, the form of the
// ingest's own statement.
let valuesRate = 0;
let unnestRate = 0;
{
  const COLUMNS = 8;
  const rowsOf = (batch: ReturnType<typeof makeTallies>) =>
    batch.map((t) => [
      t.id,
      session.id,
      t.variant,
      t.outcome,
      t.at,
      t.age_band ?? null,
      t.group ?? null,
      t.quote ?? null,
    ]);
  const placeholders = (n: number) =>
    Array.from(
      { length: n },
      (_, r) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${r * COLUMNS + c + 1}`).join(', ')})`,
    ).join(', ');
  const insertValues = `insert into field_tallies (id, session_id, variant, outcome, at, age_band, "group", quote)
    values ${placeholders(500)}`;
  const tallies = makeTallies(RAW_TALLIES);
  let started = performance.now();
  for (let i = 0; i < tallies.length; i += 500)
    await handle.pglite.query(insertValues, rowsOf(tallies.slice(i, i + 500)).flat());
  valuesRate = RAW_TALLIES / ((performance.now() - started) / 1000);
  // Each measurement starts from an empty table: dead rows left by the one before would slow it down.
  await handle.db.delete(fieldTallies);
  await handle.pglite.exec('vacuum field_tallies');

  const fresh = makeTallies(RAW_TALLIES);
  started = performance.now();
  for (let i = 0; i < fresh.length; i += 500) {
    const rows = rowsOf(fresh.slice(i, i + 500));
    const column = (c: number) => rows.map((row) => row[c]);
    await handle.pglite.query(
      `insert into field_tallies (id, session_id, variant, outcome, at, age_band, "group", quote)
       select r.id, $1::uuid, r.variant, r.outcome, r.at, r.age_band, r.grp, r.quote
       from unnest($2::uuid[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[])
         as r(id, variant, outcome, at, age_band, grp, quote)`,
      [session.id, column(0), column(2), column(3), column(4), column(5), column(6), column(7)],
    );
  }
  unnestRate = RAW_TALLIES / ((performance.now() - started) / 1000);
}
const rawRate = valuesRate;
await handle.db.delete(fieldTallies);
await handle.pglite.exec('vacuum field_tallies');

// 2. The real app over loopback.
const notifications = pgliteNotifications(handle.pglite);
const app = createApp({
  db: handle.db,
  engine: 'pglite',
  config: readConfig({ LANTANG_DEMO: '1', HOST: '127.0.0.1' }),
  storage: memoryStorage(),
  version: 'bench',
  now: () => new Date(),
  notifications,
});
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise<void>((resolve) => server.once('listening', () => resolve()));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function post(path: string, token: string | null, body: unknown) {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

const tokens: string[] = [];
for (let i = 0; i < VOLUNTEERS; i++)
  tokens.push(
    String((await post('/api/field/join', null, { code: DEMO_FIELD_CODE, name: `Relawan ${i}` })).token),
  );

// Ingest: every volunteer's outbox of PER_VOLUNTEER tallies, synced as one batch, CONCURRENCY at a time.
const { accepted, seconds: ingestSeconds } = await new Promise<VolunteersResult>((resolve, reject) => {
  const child = fork(new URL('./support/field-volunteers.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
  });
  child.once('message', (result) => resolve(result as VolunteersResult));
  child.once('exit', (code) => {
    if (code !== 0) reject(new Error(`the volunteers' process ended with ${code}`));
  });
  const task: VolunteersTask = { base, tokens, perVolunteer: PER_VOLUNTEER, concurrency: CONCURRENCY };
  child.send(task);
});
const ingestRate = accepted / ingestSeconds;
if (accepted !== VOLUNTEERS * PER_VOLUNTEER)
  throw new Error(`accepted ${accepted} of ${VOLUNTEERS * PER_VOLUNTEER}`);

// 3. Tap to dashboard under a background load.
const stream = await fetch(`${base}/api/field/sessions/${session.id}/stream?token=${tokens[0]}`);
const reader = sseReader(stream.body as ReadableStream<Uint8Array>);
await reader.until((e) => e.some((x) => x.event === 'summary'), 10_000);
let background = true;
const load = (async () => {
  // 200 tallies a second, as 20 volunteers each syncing 10 every 100 ms between them.
  let i = 0;
  while (background) {
    const token = tokens[1 + (i++ % 100)] ?? '';
    await post('/api/field/tallies', token, { tallies: makeTallies(BACKGROUND_PER_SECOND / 10) });
    await new Promise((r) => setTimeout(r, 100));
  }
})();
const latencies: number[] = [];
for (let p = 0; p < PROBES; p++) {
  const probe = makeTallies(1);
  const id = probe[0]?.id ?? '';
  const sent = performance.now();
  await post('/api/field/tallies', tokens[VOLUNTEERS - 1] ?? '', { tallies: probe });
  const ok = await reader.until((e) => e.some((x) => x.event === 'tallies' && x.data.includes(id)), 5000);
  latencies.push(ok ? performance.now() - sent : Number.POSITIVE_INFINITY);
  // Events already read are dropped so the search stays short.
  reader.events.splice(0);
  await new Promise((r) => setTimeout(r, 80 + Math.random() * 120));
}
background = false;
await load;
await reader.cancel();
server.close();
await notifications.close();
await handle.close();
rmSync(dataDir, { recursive: true, force: true });
clearInterval(rssTimer);

latencies.sort((a, b) => a - b);
const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? Number.NaN;
const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1] ?? Number.NaN;
const share = ingestRate / rawRate;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(
  `raw batched insert (PGlite, 500 rows/statement): INSERT … VALUES ${fmt(valuesRate)} tallies/s ` +
    `(unnested column arrays, the ingest's statement form: ${fmt(unnestRate)} tallies/s, informative)`,
);
console.log(
  `ingest over HTTP (${VOLUNTEERS} volunteers × ${PER_VOLUNTEER}, ${CONCURRENCY} at a time): ${fmt(ingestRate)} tallies/s ` +
    `(${(share * 100).toFixed(0)}% of raw; budget ≥ ${fmt(INGEST_BUDGET)} and ≥ ${RAW_SHARE_BUDGET * 100}%)`,
);
console.log(
  `tap to dashboard under ${BACKGROUND_PER_SECOND} tallies/s: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms ` +
    `(budget p95 ≤ ${LATENCY_BUDGET_MS} ms, ${PROBES} probes)`,
);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
const failures = [
  ingestRate < INGEST_BUDGET && 'ingest rate',
  share < RAW_SHARE_BUDGET && 'share of the raw rate',
  !(p95 <= LATENCY_BUDGET_MS) && 'latency p95',
].filter(Boolean);
if (failures.length > 0) {
  console.error(`over budget: ${failures.join(', ')}`);
  process.exit(1);
}
process.exit(0);

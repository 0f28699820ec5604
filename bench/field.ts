/**
 * Field campaign at scale on PGlite, over loopback HTTP to the real app: 500 volunteers join the demo's
 * field session and sync their outboxes in batches. Measured in one run: the raw batched insert of the same
 * engine (the baseline: 500-row inserts straight into the table), the accepted tallies per second through
 * HTTP, and the tap-to-dashboard latency (from the POST of one tally to its arrival on the SSE stream)
 * under a background load of 200 tallies/s; and the peak RSS.
 * Budgets: ingest ≥ 20,000 tallies/s and ≥ 50% of the raw rate; latency p95 ≤ 500 ms. Exits non-zero when
 * over budget.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
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

const handle = await openPglite({});
await migrateDatabase(handle);
const now = new Date();
await seedDemo(handle.db, now);
const [session] = await handle.db
  .select()
  .from(fieldSessions)
  .where(eq(fieldSessions.joinCode, DEMO_FIELD_CODE));
if (!session || !handle.pglite) throw new Error('the demo field session is missing');

const tallyAt = () => new Date(Date.now() - 60_000).toISOString();
const makeTallies = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: randomUUID(),
    variant: i % 2 === 0 ? 'poster-a' : 'poster-b',
    outcome: ['cares', 'indifferent', 'angry'][i % 3] as string,
    at: tallyAt(),
    ...(i % 5 === 0 ? { age_band: '25-34', group: 'worker', quote: 'Upah layak untuk semua pekerja.' } : {}),
  }));

// 1. The baseline: the same engine's raw batched insert, 500 rows a statement.
let rawRate = 0;
{
  const rows = makeTallies(RAW_TALLIES).map((t) => ({
    id: t.id,
    sessionId: session.id,
    variant: t.variant,
    outcome: t.outcome,
    at: new Date(t.at),
    ageBand: t.age_band ?? null,
    group: t.group ?? null,
    quote: t.quote ?? null,
  }));
  const started = performance.now();
  for (let i = 0; i < rows.length; i += 500)
    await handle.db.insert(fieldTallies).values(rows.slice(i, i + 500));
  rawRate = RAW_TALLIES / ((performance.now() - started) / 1000);
}
await handle.db.delete(fieldTallies);

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
const outboxes = tokens.map((token) => ({ token, tallies: makeTallies(PER_VOLUNTEER) }));
let accepted = 0;
let ingestSeconds = 0;
{
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < outboxes.length) {
        const outbox = outboxes[next++];
        if (!outbox) break;
        const result = await post('/api/field/tallies', outbox.token, { tallies: outbox.tallies });
        accepted += Number(result.accepted);
      }
    }),
  );
  ingestSeconds = (performance.now() - started) / 1000;
}
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
clearInterval(rssTimer);

latencies.sort((a, b) => a - b);
const p50 = latencies[Math.floor(latencies.length * 0.5)] ?? Number.NaN;
const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1] ?? Number.NaN;
const share = ingestRate / rawRate;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(`raw batched insert (PGlite, 500 rows/statement): ${fmt(rawRate)} tallies/s`);
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

/**
 * Audit import and KPIs at scale on PGlite: a generated 100,000-row Meta Business Suite Instagram posts
 * export in the real format (UTF-8 BOM, English headers, quoted multi-line captions with emoji,
 * `MM/DD/YYYY HH:mm` times, `Lifetime`), written to a temporary file and streamed from disk.
 *
 * Measured in one run and printed:
 *   (a) parsing only: openImport + every row consumed, no database;
 *   (b) a plain batched INSERT of the same rows (already parsed) into a fresh account, one transaction,
 *       through the driver;
 *   (c) the end-to-end import (`commitImport` from the file stream) into a fresh account;
 *   (d) the KPIs over those posts: the core `computeKpis` alone and the server's `kpisOfAccount`
 *       (database read + compute, what a request pays): its first read after the import (the import
 *       built the account's post digest, inside the time of (c)) and the median of the five reads after it;
 *   (e) streaming ~10 MB and ~50 MB files through `previewImport`, each in a child process of its own so
 *       that its peak RSS belongs to that file alone.
 * Budgets: (c) ≤ 5 s and ≤ 1.5 × (a + b); `kpisOfAccount` (median of 5) ≤ 300 ms; the 50 MB file's
 * peak RSS growth no more than the 10 MB file's plus a fixed allowance. Exits non-zero when over budget.
 *
 * (b) and (c) each start from the same migrated, empty database (loaded from one dump), so neither pays
 * for the other's index pages, in a data folder of its own on disk, as the app keeps its database
 * (`DATA_DIR`); an in-memory PGlite, which only tests use, grows its files by copying them.
 */

import { spawnSync } from 'node:child_process';
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openImport } from '#core/audit/import/import-file.ts';
import { computeKpis } from '#core/audit/kpis.ts';
import { type ImportedPost, METRIC_KEYS } from '#core/audit/model.ts';
import { type DatabaseHandle, migrateDatabase, openPglite } from '#server/db/client.ts';
import { organisations, socialAccounts } from '#server/db/schema.ts';
import { commitImport, previewImport } from '#server/features/audit/import.ts';
import { kpisOfAccount } from '#server/features/audit/kpis.ts';

const ROWS = 100_000;
const BASELINE_BATCH = 1000;
const IMPORT_BUDGET_MS = 5000;
const IMPORT_RATIO_BUDGET = 1.5;
const KPI_BUDGET_MS = 300;
/** RSS that may come and go with the garbage collector's timing rather than with the file's size. */
const RSS_ALLOWANCE_MIB = 32;
const TIME_ZONE = 'Asia/Jakarta';
const METRICS_AS_OF = '2030-01-01';

const HEADER =
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",' +
  'Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

const OWN = { id: '17841400000000001', handle: 'union.example', name: 'Serikat Contoh' };
const PARTNER = { id: '17841400000000999', handle: 'partner.news', name: 'Partner News' };

const WORDS = [
  'upah',
  'mogok',
  'solidaritas',
  'buruh',
  'serikat',
  'rapat',
  'aksi',
  'hak',
  'kerja',
  'adil',
  'wage',
  'strike',
  'union',
  'together',
  'rally',
  'safety',
];
const EMOJI = ['✊', '🎉', '📣', '💪🏽', '🇮🇩', '👷‍♀️'];

/** A small deterministic generator, so every run measures the same file. */
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Meta writes counts above 999 with thousands separators in some exports; a few rows do so here. */
function count(value: number, random: () => number): string {
  return value > 999 && random() < 0.05 ? quote(value.toLocaleString('en-US')) : String(value);
}

function caption(random: () => number, minChars: number): string {
  const words: string[] = [];
  let length = 0;
  const target = minChars + Math.floor(random() * 80);
  while (length < target) {
    const word = WORDS[Math.floor(random() * WORDS.length)] as string;
    words.push(word);
    length += word.length + 1;
  }
  let text = words.join(' ');
  if (random() < 0.3) text += ` ${EMOJI[Math.floor(random() * EMOJI.length)]}`;
  // Multi-line captions with a quoted phrase, as people write them.
  if (random() < 0.2) text += `\n\n"Bersatu" — #serikat\n#buruh`;
  return text;
}

interface FileSpec {
  rows: number;
  /** Characters a caption has at least (longer captions make a bigger file of the same rows). */
  captionChars: number;
}

/** Writes the export row by row in slices, so the file never exists as one string in memory. */
function writeExport(path: string, spec: FileSpec): number {
  const random = randomFrom(42);
  const fd = openSync(path, 'w');
  writeSync(fd, Buffer.from([0xef, 0xbb, 0xbf]));
  writeSync(fd, `${HEADER}\n`);
  // Posts every ~50 minutes from 1 March 2020 (local time), so 100k posts span about ten years.
  let local = Date.UTC(2020, 2, 1, 8, 0);
  let lines: string[] = [];
  for (let n = 0; n < spec.rows; n++) {
    local += (20 + Math.floor(random() * 60)) * 60_000;
    const t = new Date(local);
    const time = `${pad2(t.getUTCMonth() + 1)}/${pad2(t.getUTCDate())}/${t.getUTCFullYear()} ${pad2(t.getUTCHours())}:${pad2(t.getUTCMinutes())}`;
    const owner = n % 250 === 7 ? PARTNER : OWN;
    const kind = random();
    const [type, path] =
      kind < 0.4 ? ['IG reel', 'reel'] : kind < 0.75 ? ['IG image', 'p'] : ['IG carousel', 'p'];
    const reach = 200 + Math.floor(random() * 20_000);
    const views = reach + Math.floor(random() * 30_000);
    const likes = Math.floor(reach * random() * 0.1);
    lines.push(
      [
        String(17_900_000_000_000_000n + BigInt(n)),
        owner.id,
        owner.handle,
        quote(owner.name),
        quote(caption(random, spec.captionChars)),
        type === 'IG reel' ? String(5 + Math.floor(random() * 85)) : '0',
        quote(time),
        `https://www.instagram.com/${path}/C${n.toString(36).toUpperCase().padStart(10, '0')}/`,
        type,
        '',
        'Lifetime',
        count(views, random),
        count(reach, random),
        count(likes, random),
        String(Math.floor(likes * 0.1)),
        String(Math.floor(random() * 5)),
        String(Math.floor(likes * 0.05)),
        String(Math.floor(likes * 0.08)),
      ].join(','),
    );
    if (lines.length === 1000) {
      writeSync(fd, `${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length > 0) writeSync(fd, `${lines.join('\n')}\n`);
  closeSync(fd);
  return statSync(path).size;
}

/** Rows of the ~10 MB and ~50 MB files: the same rows, only the captions are longer. */
const STREAM_ROWS = 40_000;
const SMALL_FILE: FileSpec = { rows: STREAM_ROWS, captionChars: 20 };
const LARGE_FILE: FileSpec = { rows: STREAM_ROWS, captionChars: 1050 };

const fileStream = (path: string) => createReadStream(path, { highWaterMark: 64 * 1024 });
const mib = (bytes: number) => bytes / 1024 / 1024;
const ms = (v: number) => `${v.toFixed(0).padStart(6)} ms`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * Wall time, and this process's CPU time (user + system) beside it: on a shared machine the wall time
 * grows with the load while the CPU time stays close to the work done (PGlite runs on this thread).
 */
const time = async <T>(run: () => Promise<T> | T): Promise<[T, number, number]> => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return [result, performance.now() - started, (used.user + used.system) / 1000];
};

async function parseOnly(path: string, keep: ImportedPost[] | null): Promise<number> {
  const opened = await openImport(fileStream(path), { fileName: 'posts.csv', timeZone: TIME_ZONE });
  let posts = 0;
  for await (const row of opened.rows) {
    if (row.kind !== 'post') throw new Error(`unexpected row: ${JSON.stringify(row)}`);
    posts++;
    keep?.push(row.post);
  }
  return posts;
}

async function freshAccount(template: Blob, dataDir: string) {
  const handle = await openPglite({ loadDataDir: template, dataDir });
  const [organisation] = await handle.db
    .insert(organisations)
    .values({ name: 'Bench union', kind: 'union' })
    .returning();
  if (!organisation) throw new Error('no organisation');
  const [account] = await handle.db
    .insert(socialAccounts)
    .values({
      organisationId: organisation.id,
      platform: 'instagram',
      handle: OWN.handle,
      timeZone: TIME_ZONE,
    })
    .returning();
  if (!account) throw new Error('no account');
  return { handle, account };
}

/** The columns of the baseline's INSERT, in the order `rowOf` gives the values. */
const BASELINE_COLUMNS = [
  'account_id',
  'platform_post_id',
  'own',
  'owner_account_id',
  'owner_handle',
  'published_at',
  'type',
  'type_label',
  'caption',
  'permalink',
  'duration_seconds',
  ...METRIC_KEYS,
  'metrics_as_of',
];

/**
 * The baseline: the same posts as plain rows, a multi-row INSERT … VALUES of BASELINE_BATCH rows at a
 * time, straight through the driver inside one transaction (no query builder: its per-value work would
 * make the baseline slower than the engine is).
 */
async function plainInsert(handle: DatabaseHandle, accountId: string, posts: readonly ImportedPost[]) {
  const pglite = handle.pglite;
  if (!pglite) throw new Error('the baseline needs PGlite');
  const rowOf = (p: ImportedPost) => [
    accountId,
    p.platformPostId,
    p.ownerAccountId === OWN.id,
    p.ownerAccountId,
    p.ownerHandle,
    new Date(p.publishedAt).toISOString(),
    p.type,
    p.typeLabel,
    p.caption,
    p.permalink,
    p.durationSeconds,
    ...METRIC_KEYS.map((m) => p.metrics[m]),
    METRICS_AS_OF,
  ];
  const width = BASELINE_COLUMNS.length;
  const statement = (rows: number) =>
    `insert into social_posts (${BASELINE_COLUMNS.join(', ')}) values ${Array.from(
      { length: rows },
      (_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`,
    ).join(', ')}`;
  const full = statement(BASELINE_BATCH);
  const [, elapsed, cpu] = await time(() =>
    pglite.transaction(async (tx) => {
      for (let i = 0; i < posts.length; i += BASELINE_BATCH) {
        const batch = posts.slice(i, i + BASELINE_BATCH);
        const sql = batch.length === BASELINE_BATCH ? full : statement(batch.length);
        await tx.query(sql, batch.flatMap(rowOf));
      }
    }),
  );
  return [elapsed, cpu] as const;
}

interface StreamFigures {
  bytes: number;
  rows: number;
  ms: number;
  /** Peak RSS before reading (modules loaded) and after, from /proc's VmHWM where there is one. */
  rssBeforeMiB: number;
  peakRssMiB: number;
  /** process.resourceUsage().maxRSS: on Linux it keeps the parent's RSS at fork time as a floor. */
  maxRssMiB: number;
  peakHeapMiB: number;
}

/**
 * This process's own peak RSS in MiB. Linux carries a parent's RSS at fork time into a child's
 * `maxRSS`, which would hide a child's growth; VmHWM in /proc belongs to the child's memory alone.
 */
function peakRssMiB(): number {
  if (existsSync('/proc/self/status')) {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) / 1024;
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** Child mode: stream one file through previewImport and report memory as JSON on the last line. */
async function streamChild(path: string): Promise<void> {
  const rssBefore = peakRssMiB();
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 20);
  const [report, elapsed] = await time(() =>
    previewImport(fileStream(path), { fileName: 'posts.csv', timeZone: TIME_ZONE }),
  );
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const figures: StreamFigures = {
    bytes: statSync(path).size,
    rows: report.rows,
    ms: elapsed,
    rssBeforeMiB: rssBefore,
    peakRssMiB: peakRssMiB(),
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    peakHeapMiB: mib(peakHeap),
  };
  console.log(JSON.stringify(figures));
}

function streamInChild(path: string): StreamFigures {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/audit.ts', '--stream', path], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`streaming child failed: ${result.stderr}`);
  const last = result.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as StreamFigures;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lantang-bench-audit-'));
  try {
    // The streaming runs go first, while this process is still small (see peakRssMiB).
    const small = join(dir, 'small.csv');
    const large = join(dir, 'large.csv');
    writeExport(small, SMALL_FILE);
    writeExport(large, LARGE_FILE);
    const smallRun = streamInChild(small);
    const largeRun = streamInChild(large);
    rmSync(small);
    rmSync(large);

    const path = join(dir, 'posts.csv');
    const bytes = writeExport(path, { rows: ROWS, captionChars: 40 });
    console.log(
      `${ROWS.toLocaleString('en-US')} posts, ${mib(bytes).toFixed(1)} MiB of CSV, streamed from disk; ` +
        `load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')} on ${availableParallelism()} CPUs`,
    );

    // A first pass warms the code up and keeps the posts for the INSERT baseline; the second is timed.
    const parsed: ImportedPost[] = [];
    await parseOnly(path, parsed);
    if (parsed.length !== ROWS) throw new Error(`parsed ${parsed.length} posts, expected ${ROWS}`);
    const [, parseMs, parseCpu] = await time(() => parseOnly(path, null));

    const template = await (async () => {
      const handle = await openPglite({});
      await migrateDatabase(handle);
      const dump = await handle.pglite?.dumpDataDir('none');
      await handle.close();
      if (!dump) throw new Error('no PGlite dump');
      return dump;
    })();

    const baseline = await freshAccount(template, join(dir, 'baseline-db'));
    const [insertMs, insertCpu] = await plainInsert(baseline.handle, baseline.account.id, parsed);
    await baseline.handle.close();
    parsed.length = 0;

    const target = await freshAccount(template, join(dir, 'import-db'));
    const db = target.handle.db;
    const commit = () =>
      commitImport(db, {
        account: target.account,
        source: fileStream(path),
        options: { fileName: 'posts.csv', timeZone: TIME_ZONE },
        metricsAsOf: METRICS_AS_OF,
        fileName: 'posts.csv',
        actorUserId: null,
      });
    const [report, importMs, importCpu] = await time(commit);
    // Rows n with n % 250 === 7 are the partner's collab posts (see writeExport).
    const foreign = Math.floor((ROWS - 8) / 250) + 1;
    if (!report.committed || report.imported !== ROWS - foreign || report.skipped_foreign !== foreign) {
      throw new Error(`unexpected import report: ${JSON.stringify({ ...report, sample: [] })}`);
    }

    const [account] = await db.select().from(socialAccounts).where(eq(socialAccounts.id, target.account.id));
    if (!account) throw new Error('no account');
    // The import built the account's post digest (post-digest.ts) within (c): every read finds it stored.
    // The first read, with code not yet warm, is printed beside the budgeted median.
    const [, firstKpiMs] = await time(() => kpisOfAccount(db, account, {}));
    const serverRuns: number[] = [];
    let input: Awaited<ReturnType<typeof kpisOfAccount>>['input'] | null = null;
    for (let i = 0; i < 5; i++) {
      const [result, elapsed] = await time(() => kpisOfAccount(db, account, {}));
      serverRuns.push(elapsed);
      input = result.input;
      if (result.kpis?.posts !== ROWS - foreign) throw new Error(`KPIs over ${result.kpis?.posts} posts`);
    }
    if (!input) throw new Error('no KPI input');
    const kpiInput = input;
    const coreRuns: number[] = [];
    for (let i = 0; i < 5; i++) coreRuns.push((await time(() => computeKpis(kpiInput)))[1]);
    const serverKpiMs = median(serverRuns);
    const coreKpiMs = median(coreRuns);

    // Not budgeted: the same file again updates every post, the path a monthly re-export takes.
    const [again, reimportMs] = await time(commit);
    if (again.updated !== ROWS - foreign || again.imported !== 0) {
      throw new Error(`unexpected re-import report: ${JSON.stringify({ ...again, sample: [] })}`);
    }
    await target.handle.close();

    const baselineMs = parseMs + insertMs;
    const ratio = importMs / baselineMs;
    const verdict = (okay: boolean) => (okay ? 'ok' : 'EXCEEDED');
    console.log(
      `(a) parse only                     ${ms(parseMs)}  (${((ROWS / parseMs) * 1000).toFixed(0)} rows/s; CPU ${parseCpu.toFixed(0)} ms)`,
    );
    console.log(
      `(b) plain INSERT, batches of ${BASELINE_BATCH}   ${ms(insertMs)}  (${((ROWS / insertMs) * 1000).toFixed(0)} rows/s; CPU ${insertCpu.toFixed(0)} ms)`,
    );
    console.log(
      `(c) import end to end             ${ms(importMs)}  (${((ROWS / importMs) * 1000).toFixed(0)} rows/s; CPU ${importCpu.toFixed(0)} ms)  budget ${IMPORT_BUDGET_MS} ms ${verdict(importMs <= IMPORT_BUDGET_MS)}`,
    );
    console.log(
      `    (c) ÷ (a + b) = ${ratio.toFixed(2)} (a + b = ${baselineMs.toFixed(0)} ms)  budget ${IMPORT_RATIO_BUDGET} ${verdict(ratio <= IMPORT_RATIO_BUDGET)}`,
    );
    console.log(`    re-import (all updates)       ${ms(reimportMs)}  (not budgeted)`);
    console.log(
      `(d) computeKpis, core (median 5)  ${ms(coreKpiMs)}  over ${(ROWS - foreign).toLocaleString('en-US')} posts, ${KPI_BUDGET_MS} ms ${verdict(coreKpiMs <= KPI_BUDGET_MS)} (informative)`,
    );
    console.log(
      `    kpisOfAccount, first read     ${ms(firstKpiMs)}  (the digest was built by the import; informative)`,
    );
    console.log(
      `    kpisOfAccount, DB + compute   ${ms(serverKpiMs)}  (median 5; the budgeted figure) budget ${KPI_BUDGET_MS} ms ${verdict(serverKpiMs <= KPI_BUDGET_MS)}`,
    );
    const growth = (run: StreamFigures) => run.peakRssMiB - run.rssBeforeMiB;
    for (const [label, run] of [
      ['(e) stream', smallRun],
      ['    stream', largeRun],
    ] as const) {
      console.log(
        `${label} ${mib(run.bytes).toFixed(1).padStart(5)} MiB (${run.rows} rows) ${ms(run.ms)}  peak RSS ${run.peakRssMiB.toFixed(0)} MiB (+${growth(run).toFixed(0)} while reading; maxRSS ${run.maxRssMiB.toFixed(0)}), peak heap ${run.peakHeapMiB.toFixed(0)} MiB`,
      );
    }
    const rssOk = growth(largeRun) <= growth(smallRun) + RSS_ALLOWANCE_MIB;
    console.log(
      `    RSS growth, 50 MB vs 10 MB file: ${growth(largeRun).toFixed(0)} vs ${growth(smallRun).toFixed(0)} MiB  budget +${RSS_ALLOWANCE_MIB} MiB ${verdict(rssOk)}`,
    );
    console.log(
      `peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (PGlite included)`,
    );

    const failed =
      importMs > IMPORT_BUDGET_MS || ratio > IMPORT_RATIO_BUDGET || serverKpiMs > KPI_BUDGET_MS || !rssOk;
    console.log(failed ? 'audit: over budget' : 'audit: within budget');
    process.exitCode = failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--stream') await streamChild(process.argv[3] ?? '');
else await main();

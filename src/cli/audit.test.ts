import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '#server/testing/database.ts';
import { runLantang } from './run-cli.test-support.ts';

let dir: string;
let env: NodeJS.ProcessEnv;
let database: TestDatabase | null = null;

const HEADER =
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

/** One row of a Meta Business Suite Instagram posts export (English interface). */
function row(p: {
  id: string;
  owner?: string;
  handle?: string;
  at: string;
  type?: string;
  reach: number;
  likes: number;
  shares?: number;
  comments?: number;
  saves?: number;
  caption?: string;
}) {
  const caption = `"${(p.caption ?? 'Aksi hari ini').replace(/"/g, '""')}"`;
  return [
    p.id,
    p.owner ?? '17840000000000001',
    p.handle ?? 'serikat.uji',
    '"Serikat Uji"',
    caption,
    '0',
    `"${p.at}"`,
    `https://www.instagram.com/p/${p.id}/`,
    p.type ?? '"IG image"',
    '',
    'Lifetime',
    '',
    p.reach,
    p.likes,
    p.shares ?? 0,
    0,
    p.comments ?? 0,
    p.saves ?? 0,
  ].join(',');
}

const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `\uFEFF${[HEADER, ...lines].join('\n')}\n`);
  return path;
};

const posts = [
  row({ id: '901', at: '06/01/2026 10:00', reach: 100, likes: 10, comments: 2, shares: 1, saves: 1 }),
  row({ id: '902', at: '06/03/2026 10:00', reach: 200, likes: 20, caption: 'Dua baris\nkedua "kutip"' }),
  row({ id: '903', at: '06/10/2026 10:00', reach: 50, likes: 5, comments: 5, type: '"IG reel"' }),
  row({ id: '904', at: '06/20/2026 10:00', reach: 0, likes: 1 }),
  // A collab post owned by another account: kept, but not the account's own.
  row({
    id: '905',
    owner: '17849999999999999',
    handle: 'mitra',
    at: '06/15/2026 10:00',
    reach: 999,
    likes: 999,
  }),
];

const lantang = (...args: string[]) => runLantang(args, env);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantang-audit-cli-'));
  if (TEST_ENGINE === 'postgres') {
    database = await createTestDatabase();
    await database.close();
    env = { DATABASE_URL: database.url ?? '' };
  } else env = { DATA_DIR: join(dir, 'data'), DATABASE_URL: '' };
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await database?.destroy();
});

describe('lantang audit', () => {
  it('imports a posts export into a new account of a new organisation, then recognises it again', async () => {
    const path = file('serikat.uji_posts.csv', posts);
    const first = await lantang('audit', 'import', path, '--json');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      account: 'serikat.uji',
      platform: 'instagram',
      format: 'meta_posts',
      rows: 5,
      imported: 4,
      updated: 0,
      skipped_foreign: 1,
      rejected: [],
      values: 0,
      snapshots: 0,
    });
    const again = JSON.parse((await lantang('audit', 'import', path, '--json')).stdout);
    expect(again).toMatchObject({ imported: 0, updated: 4, skipped_foreign: 1 });
  });

  it('computes the KPIs by the formulas in docs/metrics.md', async () => {
    const result = await lantang(
      'audit',
      'kpis',
      '--account',
      '@Serikat.Uji',
      '--platform',
      'instagram',
      '--from',
      '2026-06-01',
      '--to',
      '2026-06-29',
      '--json',
    );
    expect(result.code, result.stderr).toBe(0);
    const k = JSON.parse(result.stdout);
    // Worked out by hand: four own posts (the collab post is not counted) in 28 days of Asia/Jakarta.
    const gaps = [2, 7, 10];
    const mean = gaps.reduce((a, b) => a + b) / gaps.length;
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length);
    expect(k).toMatchObject({
      account: 'serikat.uji',
      platform: 'instagram',
      window: { from: '2026-05-31T17:00:00.000Z', to: '2026-06-28T17:00:00.000Z' },
      posts: 4,
      posts_per_week: 1,
      median_reach: 75, // 0, 50, 100, 200
      median_views: null,
      median_interactions: 12, // 1, 10, 14, 20
      engagement_rate_views: null,
      engagement_rate_followers: null,
      reach_rate: null,
      longest_gap_days: 10, // 10 June 10:00 → 20 June 10:00
      active_weeks_share: 0.75, // weeks of 1, 8 and 15 June have posts; 22 June does not
    });
    expect(k.engagement_rate_reach).toBeCloseTo(0.14, 12); // 14/100, 20/200, 10/50 (reach 0 left out)
    expect(k.gap_cv).toBeCloseTo(sd / mean, 12);
    expect(k.format_mix).toEqual([
      { type: 'image', posts: 3, share: 0.75, engagement_rate: expect.closeTo(0.12, 12) },
      { type: 'reel', posts: 1, share: 0.25, engagement_rate: expect.closeTo(0.2, 12) },
    ]);
  });

  it('refuses a file with invalid rows whole: exit code 2, every bad row listed, nothing written', async () => {
    const bad = file('serikat.uji_bad.csv', [
      row({ id: '906', at: '06/21/2026 10:00', reach: 10, likes: 1 }),
      row({ id: '907', at: '31/06/2026 10:00', reach: 10, likes: 1 }),
      row({ id: '', at: '06/22/2026 10:00', reach: 10, likes: 1 }),
    ]);
    const result = await lantang('audit', 'import', bad, '--json');
    expect(result.code).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(report.rejected).toEqual([
      { line: 3, reason: 'bad_date', column: 'Publish time' },
      { line: 4, reason: 'missing_post_id', column: 'Post ID' },
    ]);
    const kpis = JSON.parse(
      (await lantang('audit', 'kpis', '--account', 'serikat.uji', '--platform', 'instagram', '--json'))
        .stdout,
    );
    expect(kpis.posts).toBe(4);
  });

  it('imports a TikTok Studio export with Indonesian month names, dated from --export-date', async () => {
    const fixture = readFileSync(new URL('../core/audit/fixtures/tiktok-content-id.csv', import.meta.url));
    const path = join(dir, 'serikat.uji_Content.csv');
    writeFileSync(path, fixture);
    const result = await lantang('audit', 'import', path, '--export-date', '2026-07-15', '--json');
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ platform: 'tiktok', format: 'tiktok_content', rejected: [] });
    expect(report.imported).toBeGreaterThan(0);
  });

  it('says what is wrong with the options, with exit code 2', async () => {
    const path = file('x.csv', posts.slice(0, 1));
    for (const args of [
      ['--platform', 'myspace'],
      ['--tz', 'Mars/Olympus'],
      ['--export-date', '15/07/2026'],
    ]) {
      const result = await lantang('audit', 'import', path, ...args, '--json');
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.length).toBeGreaterThan(0);
    }
    const unknown = await lantang(
      'audit',
      'kpis',
      '--account',
      'tidak.ada',
      '--platform',
      'tiktok',
      '--json',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('tidak.ada');
  });
});

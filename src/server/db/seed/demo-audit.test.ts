import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { followerSnapshots, socialAccounts, socialPosts } from '../schema.ts';
import { seedDemo } from './demo.ts';
import { DEMO_AUDIT_ACCOUNTS, demoAuditData } from './demo-audit.ts';

interface Listed {
  id: string;
  platform: string;
  handle: string;
  organisationName: string;
}
interface Audit {
  kpis: {
    posts: number;
    median_reach: number | null;
    median_views: number | null;
    reach_rate: number | null;
    flags: Array<{ code: string }>;
  };
  followers: { followers: number } | null;
  bestTimes: Array<{ hour: number; posts: number }>;
  weeks: unknown[];
}

let t: TestApp;
let facilitator: string;
let accounts: Listed[];

const find = (platform: string, handle: string) =>
  accounts.find((a) => a.platform === platform && a.handle === handle)?.id ?? '';
const auditOf = async (id: string) =>
  ok<Audit>(await t.call('GET', `/api/audit/accounts/${id}/kpis`, { cookie: facilitator }));
const tally = async () => {
  const [accountRows] = await t.db.select({ n: count() }).from(socialAccounts);
  const [postRows] = await t.db.select({ n: count() }).from(socialPosts);
  const [snapshotRows] = await t.db.select({ n: count() }).from(followerSnapshots);
  return [accountRows?.n, postRows?.n, snapshotRows?.n];
};

beforeAll(async () => {
  t = await createTestApp();
  facilitator = await t.login('facilitator@demo.test');
  accounts = (
    await ok<{ accounts: Listed[] }>(await t.call('GET', '/api/audit/accounts', { cookie: facilitator }))
  ).accounts;
});
afterAll(() => t.close());

describe('the demo’s audit accounts', () => {
  it('are an Instagram and a TikTok account of KSBN and an Instagram account of KPMI', () => {
    expect(accounts.map((a) => `${a.platform} @${a.handle}`).sort()).toEqual([
      'instagram @kpmi.merdeka',
      'instagram @ksbn.nusantara',
      'tiktok @ksbn.nusantara',
    ]);
  });

  it('give KSBN’s Instagram figures, a heatmap and the flags the demo is meant to show', async () => {
    const audit = await auditOf(find('instagram', 'ksbn.nusantara'));
    expect(audit.kpis.posts).toBeGreaterThan(60);
    expect(audit.kpis.median_reach).toBeGreaterThan(500);
    expect(audit.followers?.followers).toBeGreaterThan(10_000);
    expect(audit.kpis.flags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['inconsistent', 'low_reach', 'slow_growth', 'underused_potential']),
    );
    const busyHours = new Set(audit.bestTimes.filter((c) => c.posts > 0).map((c) => c.hour));
    expect(busyHours.size).toBeGreaterThan(4);
    expect(audit.weeks.length).toBeGreaterThan(20);
  });

  it('leave collab posts of another account out of the figures', async () => {
    const spec = DEMO_AUDIT_ACCOUNTS.find((a) => a.collabs !== null);
    const { posts } = demoAuditData(spec ?? (DEMO_AUDIT_ACCOUNTS[0] as never), '2026-03-02');
    const own = posts.filter((p) => p.own).length;
    expect(posts.length - own).toBe(spec?.collabs?.count);
    const audit = await auditOf(find('instagram', 'ksbn.nusantara'));
    expect(audit.kpis.posts).toBe(own);
  });

  it('give KPMI’s Instagram and KSBN’s TikTok figures and flags of their own', async () => {
    const kpmi = await auditOf(find('instagram', 'kpmi.merdeka'));
    expect(kpmi.kpis.posts).toBeGreaterThan(60);
    expect(kpmi.kpis.flags.map((f) => f.code)).toContain('low_engagement');
    expect(kpmi.kpis.flags.map((f) => f.code)).not.toContain('inconsistent');
    const tiktok = await auditOf(find('tiktok', 'ksbn.nusantara'));
    expect(tiktok.kpis.posts).toBeGreaterThan(30);
    expect(tiktok.kpis.median_reach).toBeNull();
    expect(tiktok.kpis.median_views).toBeGreaterThan(1000);
    expect(tiktok.kpis.flags.length).toBeGreaterThan(0);
  });

  it('are the same for the same date, and dated before it', () => {
    for (const spec of DEMO_AUDIT_ACCOUNTS) {
      const a = demoAuditData(spec, '2026-03-02');
      expect(demoAuditData(spec, '2026-03-02')).toEqual(a);
      const last = Math.max(...a.posts.map((p) => p.publishedAt.getTime()));
      expect(last).toBeLessThan(Date.parse('2026-03-01T17:00:00Z'));
      const first = Math.min(...a.posts.map((p) => p.publishedAt.getTime()));
      expect(last - first).toBeGreaterThan(150 * 86_400_000);
    }
  });

  it('are seeded once however often the seed runs, and quickly', async () => {
    const before = await tally();
    await seedDemo(t.db, t.clock.now);
    expect(await tally()).toEqual(before);
    // A demo seeded before the audit's accounts existed gets them on the next seeding.
    await t.db.delete(socialAccounts);
    const started = performance.now();
    await seedDemo(t.db, t.clock.now);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await tally()).toEqual(before);
  });
});

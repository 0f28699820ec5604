/**
 * The KPIs of stored posts are the KPIs of the posts as they were written: ids with commas, quotes,
 * backslashes and line breaks, missing metrics and window bounds survive the database read.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeKpis } from '#core/audit/kpis.ts';
import type { ImportedPost } from '#core/audit/model.ts';
import { organisations, socialAccounts, socialPosts } from '../../db/schema.ts';
import { createTestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import type { AccountRow } from './import.ts';
import { kpisOfAccount } from './kpis.ts';

const IDS = ['1790001', 'a,b', 'say "hi"', 'back\\slash', 'two\nlines', 'media/posts/x.jpg', 'ünï ✊'];

const posts: ImportedPost[] = IDS.map((id, i) => ({
  platformPostId: id,
  ownerAccountId: null,
  ownerHandle: null,
  publishedAt: Date.UTC(2026, 2, 1 + i * 3, 3 + i, 7, 11, 250),
  type: i % 2 === 0 ? 'reel' : 'image',
  typeLabel: null,
  caption: null,
  permalink: null,
  durationSeconds: null,
  metrics: {
    views: 1000 + i,
    reach: i === 2 ? null : 400.5 + i * 10,
    likes: 30 + i,
    reactions: null,
    comments: i === 4 ? null : i,
    shares: 2,
    saves: 1,
    follows: null,
    clicks: null,
  },
}));

let database: TestDatabase;
let account: AccountRow;

beforeAll(async () => {
  database = await createTestDatabase();
  const [org] = await database.db
    .insert(organisations)
    .values({ name: 'Serikat', kind: 'union' })
    .returning();
  if (!org) throw new Error('no organisation was created');
  const [row] = await database.db
    .insert(socialAccounts)
    .values({ organisationId: org.id, platform: 'instagram', handle: 'own', timeZone: 'Europe/Berlin' })
    .returning();
  if (!row) throw new Error('no account was created');
  account = row;
  await database.db.insert(socialPosts).values([
    ...posts.map((p) => ({
      accountId: row.id,
      platformPostId: p.platformPostId,
      own: true,
      publishedAt: new Date(p.publishedAt),
      type: p.type,
      caption: `Caption of ${p.platformPostId}`,
      ...p.metrics,
      metricsAsOf: '2026-04-01',
    })),
    // A collab post: stored, but not the account's own.
    {
      accountId: row.id,
      platformPostId: 'foreign',
      own: false,
      publishedAt: new Date(Date.UTC(2026, 2, 5)),
      type: 'image',
      views: 1,
      metricsAsOf: '2026-04-01',
    },
  ]);
});
afterAll(() => database.destroy());

const sameAsCore = (stored: ImportedPost[], expected: ImportedPost[]) => {
  const byId = (list: ImportedPost[]) =>
    [...list].sort((a, b) => a.platformPostId.localeCompare(b.platformPostId));
  expect(byId(stored)).toEqual(byId(expected));
};

describe('KPIs read from the database', () => {
  it('equal the KPIs of the posts as written', async () => {
    const { input, kpis } = await kpisOfAccount(database.db, account, {});
    sameAsCore([...input.posts], posts);
    const expected = computeKpis({ ...input, posts });
    expect(kpis).toEqual(expected);
  });

  it('narrow to the window in the account’s zone', async () => {
    const { input } = await kpisOfAccount(database.db, account, { from: '2026-03-04', to: '2026-03-13' });
    const from = Date.UTC(2026, 2, 3, 23);
    const to = Date.UTC(2026, 2, 12, 23);
    sameAsCore(
      [...input.posts],
      posts.filter((p) => p.publishedAt >= from && p.publishedAt < to),
    );
  });
});

describe('the audit page', () => {
  it('lists its best and worst posts with their captions and permalinks', async () => {
    const t = await createTestApp();
    try {
      const lead = await t.login('media.lead@demo.test');
      const list = await ok<{ organisations: Array<{ id: string; shortName: string }> }>(
        await t.call('GET', '/api/organisations', { cookie: lead }),
      );
      const ksbn = list.organisations.find((o) => o.shortName === 'KSBN')?.id ?? '';
      const created = await ok<{ account: { id: string } }>(
        await t.call('POST', '/api/audit/accounts', {
          cookie: lead,
          body: { organisationId: ksbn, platform: 'instagram', handle: 'union.example' },
        }),
        201,
      );
      const id = created.account.id;
      const file = readFileSync(
        new URL('../../../core/audit/fixtures/meta-posts-instagram-en.csv', import.meta.url),
        'utf8',
      );
      // The fixture holds a bad row on purpose; the rows before it make a file of their own.
      const good = file.split('\n').slice(0, 5).join('\n');
      await ok(
        await t.call('POST', `/api/audit/accounts/${id}/imports?fileName=posts.csv`, {
          cookie: lead,
          body: good,
          headers: { 'content-type': 'text/csv' },
        }),
        201,
      );
      const audit = await ok<{
        posts: { best: Array<{ id: string; caption: string | null; permalink: string | null }> };
      }>(await t.call('GET', `/api/audit/accounts/${id}/kpis`, { cookie: lead }));
      expect(audit.posts.best.length).toBeGreaterThan(0);
      for (const post of audit.posts.best) {
        expect(post.caption).not.toBeNull();
        expect(post.permalink).toMatch(/^https:\/\/www\.instagram\.com\//);
      }
      expect(audit.posts.best.find((p) => p.id === '8100000000000003')?.caption).toBe('Strike FAQ\n— part 1');
    } finally {
      await t.close();
    }
  });
});

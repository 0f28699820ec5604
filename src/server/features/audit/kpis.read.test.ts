/**
 * The KPIs of stored posts are the KPIs of the posts as they were written: ids with commas, quotes,
 * backslashes and line breaks, missing metrics and window bounds survive the database read.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeText } from '#core/audit/import/decode.ts';
import { computeKpis } from '#core/audit/kpis.ts';
import type { ImportedPost } from '#core/audit/model.ts';
import { organisations, socialAccounts, socialPostDigests, socialPosts } from '../../db/schema.ts';
import { createTestApp } from '../../testing/app.ts';
import { ok } from '../../testing/assessment.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { type AccountRow, commitImport } from './import.ts';
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

  it('take `from` inclusive and `to` exclusive at a post’s very instant', async () => {
    const at = (i: number) => new Date((posts[i] as ImportedPost).publishedAt).toISOString();
    const { input } = await kpisOfAccount(database.db, account, { from: at(2), to: at(5) });
    sameAsCore([...input.posts], posts.slice(2, 5));
    const one = await kpisOfAccount(database.db, account, { from: at(3), to: at(4) });
    sameAsCore([...one.input.posts], posts.slice(3, 4));
  });
});

describe('the stored digest of the posts', () => {
  const HEADER =
    '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",' +
    'Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';
  const exportWith = (likes: number, extra: boolean) =>
    encodeText(
      [
        HEADER,
        `7001,100,digest.account,"Name","First",0,"03/02/2026 10:00",https://www.instagram.com/p/A/,IG image,,Lifetime,100,50,${likes},1,0,2,3`,
        ...(extra
          ? [
              '7002,100,digest.account,"Name","Second",0,"03/09/2026 10:00",https://www.instagram.com/p/B/,IG reel,,Lifetime,300,80,9,1,0,2,3',
            ]
          : []),
      ].join('\n'),
    );
  const importFile = (target: AccountRow | null, bytes: Uint8Array, metricsAsOf: string) =>
    commitImport(database.db, {
      account: target ?? {
        organisationId: account.organisationId,
        platform: 'instagram',
        handle: 'digest.account',
        displayName: 'Digest',
        timeZone: 'Asia/Jakarta',
      },
      source: bytes,
      options: { timeZone: 'Asia/Jakarta' },
      metricsAsOf,
      fileName: 'posts.csv',
      actorUserId: null,
    });

  it('is built by every import, and by a read that finds none of the current version', async () => {
    const first = await importFile(null, exportWith(10, false), '2026-03-10');
    const id = first.accountId ?? '';
    const load = async () => {
      const [row] = await database.db.select().from(socialAccounts).where(eq(socialAccounts.id, id));
      if (!row) throw new Error('no account');
      return row;
    };
    const digest = () =>
      database.db.select().from(socialPostDigests).where(eq(socialPostDigests.accountId, id));
    // The import built it, for the version it raised.
    const [imported] = await digest();
    expect(imported?.posts).toBe(1);
    expect(imported?.version).toBe((await load()).postsVersion);
    // Gone (as after a restore, which leaves digests out): the next read builds it again.
    await database.db.delete(socialPostDigests).where(eq(socialPostDigests.accountId, id));

    let kpis = (await kpisOfAccount(database.db, await load(), {})).kpis;
    expect(kpis?.posts).toBe(1);
    expect(kpis?.medianInteractions).toBe(10 + 2 + 1 + 3);
    const [built] = await digest();
    expect(built?.posts).toBe(1);
    expect(built?.version).toBe((await load()).postsVersion);

    // Newer metrics and a new post: the stored digest is stale and the next read sees both.
    await importFile(await load(), exportWith(40, true), '2026-03-20');
    kpis = (await kpisOfAccount(database.db, await load(), {})).kpis;
    expect(kpis?.posts).toBe(2);
    expect(kpis?.medianInteractions).toBe((40 + 6 + 9 + 6) / 2);
    const [rebuilt] = await digest();
    expect(rebuilt?.posts).toBe(2);
    expect(rebuilt?.version).toBe((await load()).postsVersion);
  });

  it('is not replaced by a read that saw an older version', async () => {
    const [row] = await database.db.select().from(socialAccounts).where(eq(socialAccounts.id, account.id));
    if (!row) throw new Error('no account');
    await kpisOfAccount(database.db, row, {});
    await database.db
      .update(socialPostDigests)
      .set({ version: row.postsVersion + 5, body: '' })
      .where(eq(socialPostDigests.accountId, account.id));
    // The stored digest claims a newer version than the account's: this read builds its own and keeps it.
    const { kpis } = await kpisOfAccount(database.db, row, {});
    expect(kpis?.posts).toBe(posts.length);
    const [kept] = await database.db
      .select()
      .from(socialPostDigests)
      .where(eq(socialPostDigests.accountId, account.id));
    expect(kept?.body).toBe('');
    await database.db.delete(socialPostDigests).where(eq(socialPostDigests.accountId, account.id));
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

/**
 * What an import reports it did: new posts, posts already known (whether their metrics were replaced or
 * kept because the stored ones are newer) and collab posts owned by another account, across batches.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeText } from '#core/audit/import/decode.ts';
import { organisations, socialAccounts, socialPosts } from '../../db/schema.ts';
import { createTestDatabase, type TestDatabase } from '../../testing/database.ts';
import { type AccountRow, commitImport, type NewAccount } from './import.ts';

const HEADER =
  '"Post ID","Account ID","Account username","Account name",Description,"Duration (sec)","Publish time",' +
  'Permalink,"Post type","Data comment",Date,Views,Reach,Likes,Shares,Follows,Comments,Saves';

/** Posts `from`…`to − 1`; every tenth is a collab post owned by a partner account. */
function exportOf(from: number, to: number, likes: number): Uint8Array {
  const lines = [HEADER];
  for (let n = from; n < to; n++) {
    const [id, handle] = n % 10 === 3 ? ['900', 'partner'] : ['100', 'own.account'];
    const day = String(1 + (n % 28)).padStart(2, '0');
    lines.push(
      `${5000 + n},${id},${handle},"Name","Caption ${n}\nsecond line ✊",0,"03/${day}/2026 10:00",` +
        `https://www.instagram.com/p/P${n}/,IG image,,Lifetime,100,50,${likes},1,0,2,3`,
    );
  }
  return encodeText(`${lines.join('\n')}\n`);
}

let database: TestDatabase;
let organisationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const [org] = await database.db
    .insert(organisations)
    .values({ name: 'Serikat', kind: 'union' })
    .returning();
  if (!org) throw new Error('no organisation was created');
  organisationId = org.id;
});
afterAll(() => database.destroy());

const importFile = (account: AccountRow | NewAccount, bytes: Uint8Array, metricsAsOf: string) =>
  commitImport(database.db, {
    account,
    source: bytes,
    options: { timeZone: 'Asia/Jakarta' },
    metricsAsOf,
    fileName: 'posts.csv',
    actorUserId: null,
  });

describe('import counts', () => {
  it('counts new, known and foreign posts exactly over several batches', async () => {
    const created = await importFile(
      {
        organisationId,
        platform: 'instagram',
        handle: 'own.account',
        displayName: '',
        timeZone: 'Asia/Jakarta',
      },
      exportOf(0, 4500, 7),
      '2026-04-01',
    );
    // 4,500 rows: 450 collab rows of the partner, 4,050 own.
    expect(created).toMatchObject({ committed: true, imported: 4050, updated: 0, skipped_foreign: 450 });
    const [account] = await database.db
      .select()
      .from(socialAccounts)
      .where(eq(socialAccounts.id, created.accountId ?? ''));
    if (!account) throw new Error('no account');
    expect(account.platformAccountId).toBe('100');

    // Posts 4,000–4,999: 500 known (50 of them foreign), 500 new (50 foreign).
    const overlapping = await importFile(account, exportOf(4000, 5000, 8), '2026-05-01');
    expect(overlapping).toMatchObject({ imported: 450, updated: 450, skipped_foreign: 100 });

    // An older export of known posts: nothing is replaced, every own post is still counted as known.
    const older = await importFile(account, exportOf(0, 1000, 1), '2026-03-01');
    expect(older).toMatchObject({ imported: 0, updated: 900, skipped_foreign: 100 });
    const [kept] = await database.db
      .select({ likes: socialPosts.likes, own: socialPosts.own })
      .from(socialPosts)
      .where(and(eq(socialPosts.accountId, account.id), eq(socialPosts.platformPostId, '5000')));
    expect(kept).toEqual({ likes: 7, own: true });
    const foreign = await database.db
      .select({ id: socialPosts.platformPostId })
      .from(socialPosts)
      .where(and(eq(socialPosts.accountId, account.id), eq(socialPosts.own, false)));
    expect(foreign).toHaveLength(500);
  });

  it('stores every text of a post exactly as the file has it, first import and re-import alike', async () => {
    const captions = ['NULL', 'null', '{a,b}', 'back\\slash "kutip"', 'baris\ndua\ttab', 'ünï ✊ 👷‍♀️'];
    const fileOf = (likes: number) =>
      encodeText(
        `${[
          HEADER,
          ...captions.map(
            (caption, n) =>
              `${9000 + n},100,odd.texts,"Name","${caption.replace(/"/g, '""')}",0,"03/0${n + 1}/2026 10:00",` +
              `https://www.instagram.com/p/{${n}}/,IG image,,Lifetime,100,50,${likes},1,0,2,3`,
          ),
        ].join('\n')}\n`,
      );
    const stored = async (accountId: string) =>
      database.db
        .select({
          id: socialPosts.platformPostId,
          caption: socialPosts.caption,
          permalink: socialPosts.permalink,
        })
        .from(socialPosts)
        .where(eq(socialPosts.accountId, accountId));
    const first = await importFile(
      {
        organisationId,
        platform: 'instagram',
        handle: 'odd.texts',
        displayName: '',
        timeZone: 'Asia/Jakarta',
      },
      fileOf(1),
      '2026-04-01',
    );
    expect(first).toMatchObject({ committed: true, imported: captions.length });
    const id = first.accountId ?? '';
    const expected = captions.map((caption, n) => ({
      id: String(9000 + n),
      caption,
      permalink: `https://www.instagram.com/p/{${n}}/`,
    }));
    const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(await stored(id))).toEqual(expected);
    const [account] = await database.db.select().from(socialAccounts).where(eq(socialAccounts.id, id));
    if (!account) throw new Error('no account');
    // The upsert path writes the same texts again.
    expect(await importFile(account, fileOf(2), '2026-05-01')).toMatchObject({ updated: captions.length });
    expect(byId(await stored(id))).toEqual(expected);
  });
});

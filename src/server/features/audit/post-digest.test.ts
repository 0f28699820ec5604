/** Reading the post digest's lines: every number form PostgreSQL writes, odd ids and the window. */
import { describe, expect, it } from 'vitest';
import { postsOfDigest } from './post-digest.ts';

const line = (at: number, metrics: string, id: string) => `${at},image,${metrics},${JSON.stringify(id)}`;

describe('postsOfDigest', () => {
  it.each([
    ['digits', '1,2,3,4,5,6,7,8,9', [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ['empty fields are null', ',,0,,,,,,', [null, null, 0, null, null, null, null, null, null]],
    [
      'decimals, exponents and signs',
      '400.5,1e+21,-3,0.25,,,,,7',
      [400.5, 1e21, -3, 0.25, null, null, null, null, 7],
    ],
  ] as const)('reads metrics: %s', (_, metrics, expected) => {
    const [post] = postsOfDigest(line(1000, metrics, '17'), null, null);
    const m = post?.metrics;
    expect([
      m?.views,
      m?.reach,
      m?.likes,
      m?.reactions,
      m?.comments,
      m?.shares,
      m?.saves,
      m?.follows,
      m?.clicks,
    ]).toEqual(expected);
    expect(post?.publishedAt).toBe(1000);
    expect(post?.type).toBe('image');
  });

  it.each(['17900', 'a,b', 'say "hi"', 'back\\slash', 'two\nlines', 'ünï ✊', ''])(
    'keeps the id %j',
    (id) => {
      const body = [line(1, ',,,,,,,,', id), line(2, '1,,,,,,,,', 'next')].join('\n');
      expect(postsOfDigest(body, null, null).map((p) => p.platformPostId)).toEqual([id, 'next']);
    },
  );

  it('reads only the posts of the window: from inclusive, to exclusive', () => {
    const body = [10, 20, 20, 30, 40].map((at, i) => line(at, '1,,,,,,,,', `p${i}`)).join('\n');
    const ids = (from: number | null, to: number | null) =>
      postsOfDigest(body, from, to).map((p) => p.platformPostId);
    expect(ids(null, null)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(ids(20, 40)).toEqual(['p1', 'p2', 'p3']);
    expect(ids(21, null)).toEqual(['p3', 'p4']);
    expect(ids(null, 10)).toEqual([]);
    expect(ids(41, null)).toEqual([]);
  });

  it('reads an empty digest as no posts', () => {
    expect(postsOfDigest('', null, null)).toEqual([]);
  });

  it('refuses a line cut short instead of reading on forever', () => {
    expect(() => postsOfDigest('1000,image,1,2', null, null)).toThrow(/ends before its fields/);
  });
});

describe('writers of posts', () => {
  it('every module that writes posts marks them changed, so no stored digest is read stale', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const root = new URL('../../../', import.meta.url);
    const files = (await readdir(root, { recursive: true }))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('testing'))
      .sort();
    const writes =
      /\.(insert|update|delete)\(socialPosts\)|(insert into|update|delete from) \$\{socialPosts\}/;
    const writers: string[] = [];
    for (const file of files) {
      const text = await readFile(new URL(file, root), 'utf8');
      if (writes.test(text)) writers.push(file);
    }
    expect(writers.length).toBeGreaterThan(0);
    for (const file of writers) {
      const text = await readFile(new URL(file, root), 'utf8');
      expect(text.includes('markPostsChanged('), `${file} writes posts without markPostsChanged`).toBe(true);
    }
  });
});

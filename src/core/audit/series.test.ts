import { describe, expect, it } from 'vitest';
import { postValuesOf } from './post-values.ts';
import { bestAndWorst, weeklySeries } from './series.ts';
import { post } from './test-posts.test-data.ts';

const JAKARTA = 'Asia/Jakarta';
const values = (...posts: ReturnType<typeof post>[]) => posts.map((p) => postValuesOf(p, 'instagram'));

describe('weeklySeries', () => {
  it('puts posts in their local ISO week and keeps empty weeks', () => {
    // Sunday 2026-06-07 23:30 in Jakarta is Sunday: still the week of Monday 1 June.
    const posts = values(
      post('2026-06-07T16:30:00Z', { reach: 100, likes: 10 }),
      post('2026-06-02T03:00:00Z', { reach: 300, likes: 60 }),
      post('2026-06-16T03:00:00Z', { reach: 50, likes: 5 }),
    );
    const window = { from: Date.parse('2026-05-31T17:00:00Z'), to: Date.parse('2026-06-21T17:00:00Z') };
    expect(weeklySeries(posts, window, JAKARTA)).toEqual([
      { week: '2026-06-01', posts: 2, medianAudience: 200, medianRate: expect.closeTo(0.15, 12) },
      { week: '2026-06-08', posts: 0, medianAudience: null, medianRate: null },
      { week: '2026-06-15', posts: 1, medianAudience: 50, medianRate: 0.1 },
    ]);
  });

  it('a Monday 00:30 in Jakarta starts a new week even though it is still Sunday in UTC', () => {
    const posts = values(post('2026-06-07T17:30:00Z', { reach: 10, likes: 1 }));
    const window = { from: Date.parse('2026-06-07T17:00:00Z'), to: Date.parse('2026-06-08T17:00:00Z') };
    expect(weeklySeries(posts, window, JAKARTA).map((w) => [w.week, w.posts])).toEqual([['2026-06-08', 1]]);
  });
});

describe('bestAndWorst', () => {
  const posts = values(
    post('2026-06-01T03:00:00Z', { reach: 100, likes: 1 }, 'image', 'low'),
    post('2026-06-02T03:00:00Z', { reach: 100, likes: 50 }, 'reel', 'high'),
    post('2026-06-03T03:00:00Z', { reach: 100, likes: 10 }, 'image', 'mid'),
    post('2026-06-04T03:00:00Z', { likes: 10 }, 'image', 'unrated'),
  );

  it('ranks by engagement rate, leaves posts without a rate out, never lists a post twice', () => {
    expect(bestAndWorst(posts, 2)).toMatchObject({
      best: [
        { id: 'high', rate: 0.5 },
        { id: 'mid', rate: 0.1 },
      ],
      worst: [{ id: 'low', rate: 0.01 }],
    });
  });

  it('with many posts, the worst are the lowest rates, lowest first', () => {
    const many = values(
      ...Array.from({ length: 12 }, (_, i) =>
        post(
          `2026-07-${String(i + 1).padStart(2, '0')}T03:00:00Z`,
          { reach: 100, likes: i },
          'image',
          `p${i}`,
        ),
      ),
    );
    const { best, worst } = bestAndWorst(many, 3);
    expect(best.map((p) => p.id)).toEqual(['p11', 'p10', 'p9']);
    expect(worst.map((p) => p.id)).toEqual(['p0', 'p1', 'p2']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeKpis } from './kpis.ts';
import { type ImportedPost, PLATFORMS, POST_TYPES } from './model.ts';
import { NO_METRICS } from './test-posts.test-data.ts';

const START = Date.parse('2023-01-01T00:00:00Z');
const SPAN = 400 * 86_400_000;
const count = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null, freq: 4 });

const postArb = fc.record({
  offset: fc.integer({ min: 0, max: SPAN }),
  type: fc.constantFrom(...POST_TYPES),
  views: count,
  reach: count,
  likes: count,
  reactions: count,
  comments: count,
  shares: count,
  saves: count,
});

type PostShape = typeof postArb extends fc.Arbitrary<infer T> ? T : never;

const toPost = (p: PostShape, i: number): ImportedPost => ({
  platformPostId: `p${i}`,
  ownerAccountId: null,
  ownerHandle: null,
  publishedAt: START + p.offset,
  type: p.type,
  typeLabel: null,
  caption: null,
  permalink: null,
  durationSeconds: null,
  metrics: {
    ...NO_METRICS,
    views: p.views,
    reach: p.reach,
    likes: p.likes,
    reactions: p.reactions,
    comments: p.comments,
    shares: p.shares,
    saves: p.saves,
  },
});

const isoDay = (offsetDays: number) => new Date(START + offsetDays * 86_400_000).toISOString().slice(0, 10);

const scenario = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  timeZone: fc.constantFrom('Asia/Jakarta', 'Europe/Berlin', 'America/Santiago', 'UTC'),
  posts: fc.array(postArb, { maxLength: 40 }),
  // A window given as bare dates, or left to default from the posts.
  window: fc.option(
    fc
      .tuple(fc.integer({ min: 0, max: 390 }), fc.integer({ min: 1, max: 120 }))
      .map(([start, length]) => ({ from: isoDay(start), to: isoDay(start + length) })),
    { nil: undefined },
  ),
  followers: fc.array(
    fc.record({
      date: fc.integer({ min: 0, max: 400 }).map(isoDay),
      followers: fc.integer({ min: 0, max: 10_000_000 }),
    }),
    { maxLength: 4 },
  ),
});

describe('KPI invariants (randomised)', () => {
  it('rates finite and ≥ 0, shares in [0, 1], longest gap within the window, posts = those in [from, to)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const posts = s.posts.map(toPost);
        fc.pre(s.window !== undefined || posts.length > 0);
        const k = computeKpis({ ...s, posts });
        const days = (k.window.to - k.window.from) / 86_400_000;

        const rates = [
          k.engagementRateReach,
          k.engagementRateViews,
          k.engagementRateFollowers,
          k.reachRate,
          k.gapCv,
          k.postsPerWeek,
          k.medianReach,
          k.medianViews,
          k.medianInteractions,
          ...k.formatMix.map((m) => m.engagementRate),
        ];
        for (const r of rates) if (r !== null) expect(Number.isFinite(r) && r >= 0).toBe(true);

        expect(k.activeWeeksShare).toBeGreaterThanOrEqual(0);
        expect(k.activeWeeksShare).toBeLessThanOrEqual(1);
        expect(k.longestGapDays).toBeGreaterThanOrEqual(0);
        expect(k.longestGapDays).toBeLessThanOrEqual(days + 1e-9);

        const inside = posts.filter(
          (p) => p.publishedAt >= k.window.from && p.publishedAt < k.window.to,
        ).length;
        expect(k.posts).toBe(inside);
        expect(k.formatMix.reduce((n, m) => n + m.posts, 0)).toBe(inside);
        if (inside > 0) expect(k.formatMix.reduce((n, m) => n + m.share, 0)).toBeCloseTo(1, 9);
        if (s.window === undefined) expect(k.posts).toBe(posts.length);
        // Nothing in the JSON may be NaN or infinite.
        expect(JSON.stringify(k)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { Platform, PostMetrics } from './model.ts';
import { interactionsOf, postValuesOf, rateOf } from './post-values.ts';
import { NO_METRICS, post } from './test-posts.test-data.ts';

const m = (values: Partial<PostMetrics>): PostMetrics => ({ ...NO_METRICS, ...values });

describe('interactions per post', () => {
  it.each<[string, Platform, Partial<PostMetrics>, number | null]>([
    [
      'Instagram: likes + comments + shares + saves',
      'instagram',
      { likes: 10, comments: 2, shares: 3, saves: 4 },
      19,
    ],
    [
      'Instagram ignores reactions, views and clicks',
      'instagram',
      { likes: 1, reactions: 50, views: 9, clicks: 7 },
      1,
    ],
    [
      'Facebook: reactions + comments + shares',
      'facebook',
      { reactions: 10, comments: 2, shares: 3, saves: 4 },
      15,
    ],
    [
      'Facebook: likes are part of reactions, never added',
      'facebook',
      { reactions: 10, likes: 8, comments: 1 },
      11,
    ],
    ['Facebook: no reactions column → likes', 'facebook', { likes: 8, comments: 1, shares: 1 }, 10],
    [
      'TikTok: likes + comments + shares, saves left out',
      'tiktok',
      { likes: 100, comments: 5, shares: 7, saves: 9 },
      112,
    ],
    ['a missing component counts 0 when another is present', 'instagram', { likes: 5 }, 5],
    ['every component missing → no value', 'instagram', { views: 100, reach: 50 }, null],
    ['every component missing on Facebook → no value', 'facebook', { saves: 3 }, null],
    ['all present and 0 → 0', 'tiktok', { likes: 0, comments: 0, shares: 0 }, 0],
    ['a negative count counts as missing', 'tiktok', { likes: -1, comments: 2 }, 2],
  ])('%s', (_label, platform, metrics, expected) => {
    expect(interactionsOf(m(metrics), platform)).toBe(expected);
  });
});

describe('per-post rate', () => {
  it.each([
    ['interactions ÷ denominator', 15, 300, 0.05],
    ['denominator 0 → none', 15, 0, null],
    ['denominator missing → none', 15, null, null],
    ['interactions missing → none', null, 300, null],
    ['may exceed 1', 30, 20, 1.5],
  ] as const)('%s', (_label, interactions, denominator, expected) => {
    expect(rateOf(interactions, denominator)).toBe(expected);
  });

  it('audience is reach on Meta, views on TikTok', () => {
    const metrics = { reach: 200, views: 400, likes: 20 };
    expect(postValuesOf(post('2024-01-01T00:00Z', metrics), 'instagram')).toMatchObject({
      audience: 200,
      rate: 0.1,
    });
    expect(postValuesOf(post('2024-01-01T00:00Z', metrics), 'tiktok')).toMatchObject({
      audience: 400,
      rate: 0.05,
    });
  });
});

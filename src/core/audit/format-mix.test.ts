import { describe, expect, it } from 'vitest';
import { formatMixOf } from './format-mix.ts';
import { postValuesOf } from './post-values.ts';
import { post } from './test-posts.test-data.ts';

const at = '2024-01-01T00:00Z';

describe('format mix', () => {
  it('share of posts and median rate per type, most posts first', () => {
    const posts = [
      post(at, { reach: 100, likes: 10 }, 'image'), // 0.10
      post(at, { reach: 100, likes: 20 }, 'image'), // 0.20
      post(at, { reach: 0, likes: 5 }, 'image'), // reach 0: counted as a post, no rate
      post(at, { reach: 200, likes: 10 }, 'reel'), // 0.05
      post(at, { reach: 100, likes: 30 }, 'reel'), // 0.30
      post(at, { reach: 100 }, 'carousel'), // no interactions: no rate
    ].map((p) => postValuesOf(p, 'instagram'));
    expect(formatMixOf(posts)).toEqual([
      { type: 'image', posts: 3, share: 0.5, engagementRate: (0.1 + 0.2) / 2 },
      { type: 'reel', posts: 2, share: 2 / 6, engagementRate: (0.05 + 0.3) / 2 },
      { type: 'carousel', posts: 1, share: 1 / 6, engagementRate: null },
    ]);
  });

  it('ties keep the order of POST_TYPES; TikTok rates are by views', () => {
    const posts = [
      post(at, { views: 1000, likes: 50, reach: 10 }, 'video'),
      post(at, { views: 1000, likes: 10 }, 'image'),
    ].map((p) => postValuesOf(p, 'tiktok'));
    expect(formatMixOf(posts)).toEqual([
      { type: 'image', posts: 1, share: 0.5, engagementRate: 0.01 },
      { type: 'video', posts: 1, share: 0.5, engagementRate: 0.05 },
    ]);
  });

  it('no posts, no entries', () => {
    expect(formatMixOf([])).toEqual([]);
  });
});

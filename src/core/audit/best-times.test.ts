import { describe, expect, it } from 'vitest';
import { bestTimes } from './best-times.ts';
import { post } from './test-posts.test-data.ts';

describe('best times', () => {
  it('median rate per local weekday × hour, every cell present', () => {
    const result = bestTimes({
      platform: 'instagram',
      timeZone: 'Asia/Jakarta',
      posts: [
        // Monday 8 Jan 01:xx in Jakarta (Sunday in UTC): rates 0.1, 0.3, and one without reach.
        post('2024-01-07T18:00:00Z', { reach: 100, likes: 10 }),
        post('2024-01-07T18:59:00Z', { reach: 100, likes: 30 }),
        post('2024-01-14T18:30:00Z', { reach: 0, likes: 30 }),
        // Sunday 7 Jan 23:30 in Jakarta.
        post('2024-01-07T16:30:00Z', { reach: 200, likes: 10 }),
      ],
    });
    expect(result.basis).toBe('reach');
    expect(result.cells).toHaveLength(168);
    expect(result.cells[0]).toEqual({ weekday: 1, hour: 0, posts: 0, engagementRate: null });
    const cell = (weekday: number, hour: number) =>
      result.cells.find((c) => c.weekday === weekday && c.hour === hour);
    expect(cell(1, 1)).toEqual({ weekday: 1, hour: 1, posts: 3, engagementRate: 0.2 });
    expect(cell(7, 23)).toEqual({ weekday: 7, hour: 23, posts: 1, engagementRate: 0.05 });
    expect(result.cells.reduce((n, c) => n + c.posts, 0)).toBe(4);
  });

  it('Berlin summer time shifts the hour; TikTok rates by views', () => {
    const result = bestTimes({
      platform: 'tiktok',
      timeZone: 'Europe/Berlin',
      window: { from: '2024-07-01', to: '2024-07-08' },
      posts: [
        post('2024-07-03T16:00:00Z', { views: 400, likes: 40 }),
        post('2024-07-08T10:00:00Z', { views: 1, likes: 1 }),
      ],
    });
    expect(result.basis).toBe('views');
    // Wednesday 18:00 local; the second post lies after the window.
    expect(result.cells.filter((c) => c.posts > 0)).toEqual([
      { weekday: 3, hour: 18, posts: 1, engagementRate: 0.1 },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeKpis, type KpiInput, kpisJson } from './kpis.ts';
import { close, post } from './test-posts.test-data.ts';

const JKT = 'Asia/Jakarta';

describe('KPIs, hand-computed (the figures in the comments are the expectations)', () => {
  it('Instagram: window bounds, reach 0, collab rows, even medians', () => {
    const input: KpiInput = {
      account: 'serikat.ig',
      platform: 'instagram',
      timeZone: JKT,
      window: { from: '2024-01-01', to: '2024-01-29' }, // 28 days, 4 ISO weeks
      ownerAccountIds: ['serikat.ig'],
      followers: [
        { date: '2023-12-01', followers: 4000 },
        { date: '2024-01-15', followers: 5000 }, // latest within the window
        { date: '2024-02-10', followers: 6000 },
      ],
      posts: [
        // Exactly at `from`: counted. 40 + 5 + 3 + 2 = 50 interactions, rate 50 / 1000.
        post(
          '2024-01-01T00:00+07:00',
          { reach: 1000, likes: 40, comments: 5, shares: 3, saves: 2 },
          'image',
          'A',
        ),
        // Missing shares and saves count 0: 160, rate 0.08.
        post('2024-01-05T12:00+07:00', { reach: 2000, likes: 150, comments: 10 }, 'reel', 'B'),
        // Reach 0: a post and a reach of 0, but no rate.
        post('2024-01-12T12:00+07:00', { reach: 0, likes: 10 }, 'image', 'C'),
        post('2024-01-20T12:00+07:00', { reach: 500, likes: 30, comments: 5 }, 'carousel', 'D'),
        // Exactly at `to` and 1 ms before `from`: outside.
        post('2024-01-29T00:00+07:00', { reach: 9999, likes: 999 }, 'image', 'E'),
        post('2023-12-31T23:59:59.999+07:00', { reach: 9999, likes: 999 }, 'image', 'F'),
        // Collab post owned by another account.
        {
          ...post('2024-01-10T12:00+07:00', { reach: 9999, likes: 999 }, 'reel', 'G'),
          ownerHandle: 'partner',
        },
      ],
    };
    const json = kpisJson(computeKpis(input));
    expect(
      close(json, {
        account: 'serikat.ig',
        platform: 'instagram',
        window: { from: '2023-12-31T17:00:00.000Z', to: '2024-01-28T17:00:00.000Z' },
        posts: 4,
        posts_per_week: 1, // 4 ÷ (28 ÷ 7)
        median_reach: 750, // 0, 500, 1000, 2000
        median_views: null,
        median_interactions: 42.5, // 10, 35, 50, 160
        engagement_rate_reach: 0.07, // 0.05, 0.07, 0.08
        engagement_rate_views: null,
        engagement_rate_followers: 42.5 / 5000,
        reach_rate: 750 / 5000,
        longest_gap_days: 8.5, // 20 Jan 12:00 → 29 Jan 00:00
        // Gaps 4.5, 7, 8: mean 6.5, population variance 6.5 / 3.
        gap_cv: Math.sqrt(6.5 / 3) / 6.5,
        active_weeks_share: 0.75,
        format_mix: [
          { type: 'image', posts: 2, share: 0.5, engagement_rate: 0.05 },
          { type: 'reel', posts: 1, share: 0.25, engagement_rate: 0.08 },
          { type: 'carousel', posts: 1, share: 0.25, engagement_rate: 0.07 },
        ],
        flags: [],
      }),
    ).toEqual([]);
  });

  it('Facebook: likes stand in for reactions, views in a Meta export, default window, a gap of exactly 14 days', () => {
    const k = computeKpis({
      platform: 'facebook',
      timeZone: JKT,
      followers: [{ date: '2024-01-01', followers: 10_000 }], // before the window: still used
      posts: [
        post(
          '2024-02-01T09:00+07:00',
          { reach: 1000, views: 3000, reactions: 100, comments: 10, shares: 10 },
          'image',
        ),
        post('2024-02-02T09:00+07:00', { reach: 4000, likes: 40, comments: 0 }, 'link'),
        post('2024-02-16T09:00+07:00', { reach: 0, views: 0, reactions: 30, shares: 0 }, 'image'),
      ],
    });
    const days = 15 + 1 / 86_400_000; // first post to last post + 1 ms
    expect(
      close(kpisJson(k), {
        account: null,
        platform: 'facebook',
        window: { from: '2024-02-01T02:00:00.000Z', to: '2024-02-16T02:00:00.001Z' },
        posts: 3,
        posts_per_week: 3 / (days / 7),
        median_reach: 1000,
        median_views: 1500, // 0 and 3000
        median_interactions: 40, // 30, 40, 120
        engagement_rate_reach: 0.065, // 0.12 and 0.01
        engagement_rate_views: 0.04, // 120 / 3000 only
        engagement_rate_followers: 0.004,
        reach_rate: 0.1,
        longest_gap_days: 14, // not above 14: no longest-gap evidence
        gap_cv: 6.5 / 7.5, // gaps 1 and 14
        active_weeks_share: 2 / 3, // weeks of 29 Jan, 5 Feb (empty), 12 Feb
        format_mix: [
          { type: 'image', posts: 2, share: 2 / 3, engagement_rate: 0.12 },
          { type: 'link', posts: 1, share: 1 / 3, engagement_rate: 0.01 },
        ],
        flags: [
          {
            code: 'inconsistent',
            evidence: [
              {
                reason: 'active_weeks_share',
                key: 'audit.flag.inconsistent.active_weeks_share',
                value: 2 / 3,
                threshold: 0.75,
                params: { active_weeks: 2, weeks: 3 },
              },
            ],
          },
        ],
      }),
    ).toEqual([]);
    expect(k.followers).toEqual({ date: '2024-01-01', followers: 10_000 });
  });

  it('TikTok: views only, below the published by-followers median', () => {
    const json = kpisJson(
      computeKpis({
        account: '@serikat',
        platform: 'tiktok',
        timeZone: JKT,
        window: { from: '2024-03-01', to: '2024-03-15' },
        followers: [{ date: '2024-03-10', followers: 2000 }],
        posts: [
          post('2024-03-01T20:00+07:00', { views: 1000, likes: 100, comments: 10, shares: 10 }, 'video'), // 0.12
          post('2024-03-02T20:00+07:00', { views: 500, likes: 10 }, 'video'), // 0.02
          post('2024-03-09T20:00+07:00', { views: 2000, likes: 60 }, 'video'), // 0.03
          post('2024-03-14T20:00+07:00', { views: 800, likes: 40, saves: 100 }, 'video'), // saves not counted: 0.05
        ],
      }),
    );
    expect(
      close(json, {
        account: '@serikat',
        platform: 'tiktok',
        window: { from: '2024-02-29T17:00:00.000Z', to: '2024-03-14T17:00:00.000Z' },
        posts: 4,
        posts_per_week: 2,
        median_reach: null,
        median_views: 900,
        median_interactions: 50, // 10, 40, 60, 120
        engagement_rate_reach: null,
        engagement_rate_views: 0.04, // 0.02, 0.03, 0.05, 0.12
        engagement_rate_followers: 0.025,
        reach_rate: 0.45, // median views ÷ followers
        longest_gap_days: 7,
        gap_cv: Math.sqrt(56 / 9) / (13 / 3), // gaps 1, 7, 5: mean 13/3, population variance 56/9
        active_weeks_share: 1,
        format_mix: [{ type: 'video', posts: 4, share: 1, engagement_rate: 0.04 }],
        flags: [
          {
            code: 'low_engagement',
            evidence: [
              {
                reason: 'engagement_rate_followers',
                key: 'audit.flag.low_engagement.engagement_rate_followers',
                value: 0.025,
                threshold: 0.0263,
                params: {
                  reference_value: 0.0263,
                  reference_source: 'Rival IQ Social Media Industry Benchmark Report',
                  reference_year: 2024,
                  reference_denominator: 'followers',
                },
              },
            ],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('zero posts in a given window: counts 0, medians and rates null, the whole window is the gap', () => {
    const k = computeKpis({
      platform: 'instagram',
      timeZone: 'Europe/Berlin',
      window: { from: '2024-03-18', to: '2024-04-08' },
      followers: [],
      posts: [post('2024-04-08T00:00+02:00', { reach: 10, likes: 1 })],
    });
    expect(k).toMatchObject({
      posts: 0,
      postsPerWeek: 0,
      medianReach: null,
      medianInteractions: null,
      engagementRateReach: null,
      engagementRateFollowers: null,
      reachRate: null,
      gapCv: null,
      weeks: 3,
      activeWeeksShare: 0,
      formatMix: [],
    });
    expect(k.longestGapDays).toBeCloseTo(21 - 1 / 24, 12); // the spring-forward hour is missing
    expect(k.flags.map((f) => [f.code, f.evidence.map((e) => e.reason)])).toEqual([
      ['inconsistent', ['longest_gap', 'active_weeks_share']],
    ]);
  });

  it('one post, default window of 1 ms', () => {
    const k = computeKpis({
      platform: 'instagram',
      timeZone: JKT,
      followers: [{ date: '2024-05-01', followers: 0 }],
      posts: [post('2024-05-01T10:00+07:00', { reach: 100, likes: 5 })],
    });
    expect(k).toMatchObject({ posts: 1, longestGapDays: 1 / 86_400_000, gapCv: null, activeWeeksShare: 1 });
    // 0 followers leaves the per-follower rates undefined rather than infinite.
    expect([k.engagementRateFollowers, k.reachRate]).toEqual([null, null]);
    expect(kpisJson(k).window).toEqual({ from: '2024-05-01T03:00:00.000Z', to: '2024-05-01T03:00:00.001Z' });
  });

  it('kpisJson has exactly the published keys', () => {
    const json = kpisJson(
      computeKpis({ platform: 'facebook', timeZone: JKT, followers: [], posts: [post('2024-01-01T00:00Z')] }),
    );
    expect(Object.keys(json)).toEqual([
      'account',
      'platform',
      'window',
      'posts',
      'posts_per_week',
      'median_reach',
      'median_views',
      'median_interactions',
      'engagement_rate_reach',
      'engagement_rate_views',
      'engagement_rate_followers',
      'reach_rate',
      'longest_gap_days',
      'gap_cv',
      'active_weeks_share',
      'format_mix',
      'flags',
    ]);
  });

  it('programme thresholds override the defaults', () => {
    const input: KpiInput = {
      platform: 'instagram',
      timeZone: JKT,
      window: { from: '2024-01-01', to: '2024-01-29' },
      followers: [],
      posts: [post('2024-01-01T10:00+07:00'), post('2024-01-10T10:00+07:00'), post('2024-01-20T10:00+07:00')],
    };
    expect(computeKpis(input).flags).toEqual([]);
    const strict = computeKpis({ ...input, thresholds: { maxLongestGapDays: 7 } });
    expect(strict.flags[0]?.evidence[0]).toMatchObject({ reason: 'longest_gap', value: 10, threshold: 7 });
  });
});

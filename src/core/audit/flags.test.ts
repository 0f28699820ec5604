import { describe, expect, it } from 'vitest';
import type { Consistency } from './consistency.ts';
import { defaultThresholds, didNotTravel, type FlagInput, flagsOf } from './flags.ts';
import { formatMixOf } from './format-mix.ts';
import type { PostType } from './model.ts';
import { postValuesOf } from './post-values.ts';
import { LOW_ENGAGEMENT_REFERENCE, LOW_REACH_DEFAULTS, REFERENCE_FIGURES } from './references.ts';
import { post } from './test-posts.test-data.ts';

const steady: Consistency = { longestGapDays: 3, gapCv: 0.5, weeks: 4, activeWeeks: 4, activeWeeksShare: 1 };
const base: FlagInput = {
  platform: 'instagram',
  posts: [],
  consistency: steady,
  formatMix: [],
  reachRate: 0.2,
  engagementRateFollowers: 0.01,
  followers: { date: '2024-01-15', followers: 5000 },
  growth: null,
};
const reasons = (input: FlagInput) =>
  flagsOf(input, defaultThresholds(input.platform)).map((f) => [f.code, ...f.evidence.map((e) => e.reason)]);

describe('flags against the default thresholds', () => {
  it.each<[string, Partial<FlagInput>, string[][]]>([
    ['nothing to flag', {}, []],
    ['gap of 14 days is not above 14', { consistency: { ...steady, longestGapDays: 14 } }, []],
    [
      'gap above 14 days',
      { consistency: { ...steady, longestGapDays: 14.01 } },
      [['inconsistent', 'longest_gap']],
    ],
    ['gap CV of exactly 1 is not above 1', { consistency: { ...steady, gapCv: 1 } }, []],
    ['gap CV above 1', { consistency: { ...steady, gapCv: 1.2 } }, [['inconsistent', 'gap_cv']]],
    ['active weeks exactly 75 %', { consistency: { ...steady, activeWeeks: 3, activeWeeksShare: 0.75 } }, []],
    [
      'every consistency reason at once',
      { consistency: { longestGapDays: 20, gapCv: 1.5, weeks: 4, activeWeeks: 2, activeWeeksShare: 0.5 } },
      [['inconsistent', 'longest_gap', 'gap_cv', 'active_weeks_share']],
    ],
    ['Instagram reach rate below 10 %', { reachRate: 0.09 }, [['low_reach', 'reach_rate']]],
    ['Facebook reach rate 4 % is not below 4 %', { platform: 'facebook', reachRate: 0.04 }, []],
    [
      'Facebook reach rate below 4 %',
      { platform: 'facebook', reachRate: 0.039 },
      [['low_reach', 'reach_rate']],
    ],
    ['reach rate unknown: no flag', { reachRate: null }, []],
    [
      'growth below 1 % per 30 days',
      {
        growth: {
          first: { date: '2024-01-01', followers: 1000 },
          last: { date: '2024-01-31', followers: 1005 },
          days: 30,
          changePer30Days: 5,
          relativePer30Days: 0.005,
        },
      },
      [['slow_growth', 'follower_growth']],
    ],
    [
      'Instagram engagement below Rival IQ’s 0.47 %',
      { engagementRateFollowers: 0.0046 },
      [['low_engagement', 'engagement_rate_followers']],
    ],
    ['TikTok engagement at Rival IQ’s 2.63 %', { platform: 'tiktok', engagementRateFollowers: 0.0263 }, []],
    ['engagement unknown: no flag', { engagementRateFollowers: null }, []],
  ])('%s', (_label, change, expected) => {
    expect(reasons({ ...base, ...change })).toEqual(expected);
  });

  it('evidence carries the numbers behind it', () => {
    const [flag] = flagsOf({ ...base, platform: 'facebook', reachRate: 0.02 }, defaultThresholds('facebook'));
    expect(flag).toEqual({
      code: 'low_reach',
      evidence: [
        {
          reason: 'reach_rate',
          key: 'audit.flag.low_reach.reach_rate',
          value: 0.02,
          threshold: 0.04,
          params: { followers: 5000, followers_date: '2024-01-15' },
        },
      ],
    });
  });
});

describe('underused potential', () => {
  // Rates by reach: eight images at 0.02–0.05, one reel at 0.10 (1 of 10 posts), one carousel at 0.035.
  const rows: Array<[PostType, number, number, string]> = [
    ['image', 1000, 20, 'i1'],
    ['image', 1000, 25, 'i2'],
    ['image', 1000, 30, 'i3'],
    ['image', 2000, 60, 'i4'],
    ['image', 2000, 80, 'i5'],
    ['image', 2000, 90, 'i6'],
    ['image', 2000, 100, 'i7'],
    ['image', 4000, 200, 'i8'],
    ['reel', 500, 50, 'r1'],
    ['carousel', 2000, 70, 'c1'],
  ];
  const posts = rows.map(([type, reach, likes, id]) =>
    postValuesOf(post('2024-01-01T00:00Z', { reach, likes }, type, id), 'instagram'),
  );
  const input: FlagInput = { ...base, posts, formatMix: formatMixOf(posts) };

  it('a type at ≥ 1.5 × the median rate with < 20 % of posts, and the good posts that did not travel', () => {
    // Rates sorted: .02 .025 .03 .03 .035 .04 .045 .05 .05 .1 → median (.035 + .04) / 2 = .0375;
    // 1.5 × .0375 = .05625: the reel (.1, 10 % of posts) qualifies. Upper quartile (type 7): rank 6.75 →
    // .045 + .75 × (.05 − .045) = .04875; median reach (1000 × 3, 2000 × 5, 4000, 500 → 2000).
    // Rate ≥ .04875 and reach < 2000: r1 (.1, 500). i8 has .05 but reach 4000; i7 .05 at 2000 is not below.
    const [flag] = flagsOf(input, defaultThresholds('instagram'));
    expect(flag?.code).toBe('underused_potential');
    expect(flag?.evidence.map((e) => e.reason)).toEqual(['post_type', 'did_not_travel']);
    expect(flag?.evidence[0]).toMatchObject({ value: 0.1, params: { type: 'reel', posts: 1, share: 0.1 } });
    expect(flag?.evidence[0]?.threshold).toBeCloseTo(0.05625, 12);
    expect(flag?.evidence[1]).toMatchObject({ value: 1, threshold: null, postIds: ['r1'] });
    expect(flag?.evidence[1]?.params.rate_from).toBeCloseTo(0.04875, 12);
    expect(flag?.evidence[1]?.params.reach_below).toBe(2000);
  });

  it('a strong type that already has 20 % of the posts is not underused', () => {
    expect(reasons({ ...input, formatMix: input.formatMix.map((m) => ({ ...m, share: 0.2 })) })).toEqual([]);
  });

  it('"did not travel" needs four rated posts', () => {
    const few = posts.slice(0, 3) as Parameters<typeof didNotTravel>[0];
    expect(didNotTravel(few)).toBeNull();
  });
});

describe('reference figures', () => {
  it('every figure names its source, year and denominator; rates are fractions', () => {
    for (const f of REFERENCE_FIGURES) {
      expect(f.source.length).toBeGreaterThan(0);
      expect(f.year).toBeGreaterThanOrEqual(2020);
      if (f.metric === 'posts_per_week') expect(f.denominator).toBeNull();
      else expect(f.value).toBeLessThan(1);
    }
    expect(new Set(REFERENCE_FIGURES.map((f) => f.id)).size).toBe(REFERENCE_FIGURES.length);
  });

  it('low_engagement compares by followers with by-followers figures only', () => {
    for (const f of Object.values(LOW_ENGAGEMENT_REFERENCE)) expect(f.denominator).toBe('followers');
    expect(LOW_ENGAGEMENT_REFERENCE.facebook.value).toBe(0.00063);
    expect(LOW_REACH_DEFAULTS.facebook).toMatchObject({ value: 0.04, kind: 'published' });
  });
});

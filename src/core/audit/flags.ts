/**
 * Flags: short findings an adviser raises with the account team, each with the numbers behind it.
 * Thresholds are configurable per programme; the defaults and their sources are in docs/metrics.md
 * ("Flags"). A flag is raised only on a figure that could be computed: a missing figure is not a finding.
 */
import { median, quantile } from '../stats.ts';
import type { Consistency } from './consistency.ts';
import type { FormatMixEntry } from './format-mix.ts';
import type { FollowerGrowth } from './growth.ts';
import type { FollowerSnapshot, Platform } from './model.ts';
import { AUDIENCE_BASIS, type PostValues } from './post-values.ts';
import { LOW_ENGAGEMENT_REFERENCE, LOW_REACH_DEFAULTS } from './references.ts';

export const FLAG_CODES = [
  'inconsistent',
  'low_reach',
  'slow_growth',
  'underused_potential',
  'low_engagement',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type EvidenceReason =
  | 'longest_gap'
  | 'gap_cv'
  | 'active_weeks_share'
  | 'reach_rate'
  | 'follower_growth'
  | 'post_type'
  | 'did_not_travel'
  | 'engagement_rate_followers';

/** One reason a flag was raised: the measured value beside the threshold it crossed. */
export interface FlagEvidence {
  reason: EvidenceReason;
  /** Message key for the UI (`audit.flag.<code>.<reason>`), filled with `value`, `threshold` and `params`. */
  key: string;
  value: number;
  /** Null where the evidence is a list rather than a crossed line (`did_not_travel`). */
  threshold: number | null;
  /** Further figures (snake_case names) and, for reference figures, the source's name. */
  params: Record<string, number | string>;
  /** Posts the evidence points to (`did_not_travel`), by platform post id. */
  postIds?: string[];
}

export interface Flag {
  code: FlagCode;
  evidence: FlagEvidence[];
}

export interface FlagThresholds {
  /** `inconsistent` when the longest gap exceeds this many days. Default 14. */
  maxLongestGapDays: number;
  /** `inconsistent` when gap_cv exceeds this. Default 1.0. */
  maxGapCv: number;
  /** `inconsistent` when the share of active weeks is below this. Default 0.75. */
  minActiveWeeksShare: number;
  /** `low_reach` when reach_rate is below this. Default per platform: `LOW_REACH_DEFAULTS`. */
  minReachRate: number;
  /** `slow_growth` when relative follower growth per 30 days is below this (0.01 = 1 %). Default 0.01. */
  minFollowerGrowthPer30Days: number;
  /** `underused_potential`: a type's rate at least this multiple of the account's median rate… Default 1.5. */
  underusedMinRateRatio: number;
  /** …while the type has less than this share of the posts. Default 0.2. */
  underusedMaxShare: number;
  /** `low_engagement` when engagement_rate_followers is below this. Default: `LOW_ENGAGEMENT_REFERENCE`. */
  minEngagementRateFollowers: number;
}

export function defaultThresholds(platform: Platform): FlagThresholds {
  return {
    maxLongestGapDays: 14,
    maxGapCv: 1,
    minActiveWeeksShare: 0.75,
    minReachRate: LOW_REACH_DEFAULTS[platform].value,
    minFollowerGrowthPer30Days: 0.01,
    underusedMinRateRatio: 1.5,
    underusedMaxShare: 0.2,
    minEngagementRateFollowers: LOW_ENGAGEMENT_REFERENCE[platform].value,
  };
}

/** Quartiles and halves of fewer posts say nothing: "did not travel" needs at least this many rated posts. */
export const DID_NOT_TRAVEL_MIN_POSTS = 4;

export interface FlagInput {
  platform: Platform;
  /** Own posts in the window. */
  posts: readonly PostValues[];
  consistency: Consistency;
  formatMix: readonly FormatMixEntry[];
  reachRate: number | null;
  engagementRateFollowers: number | null;
  /** The snapshot the per-follower rates divided by. */
  followers: FollowerSnapshot | null;
  growth: FollowerGrowth | null;
}

const evidence = (
  code: FlagCode,
  reason: EvidenceReason,
  value: number,
  threshold: number | null,
  params: Record<string, number | string> = {},
): FlagEvidence => ({ reason, key: `audit.flag.${code}.${reason}`, value, threshold, params });

export function flagsOf(input: FlagInput, thresholds: FlagThresholds): Flag[] {
  const { consistency: c } = input;
  const flags: Flag[] = [];
  const raise = (code: FlagCode, items: FlagEvidence[]) => {
    if (items.length > 0) flags.push({ code, evidence: items });
  };

  raise('inconsistent', [
    ...(c.longestGapDays > thresholds.maxLongestGapDays
      ? [evidence('inconsistent', 'longest_gap', c.longestGapDays, thresholds.maxLongestGapDays)]
      : []),
    ...(c.gapCv !== null && c.gapCv > thresholds.maxGapCv
      ? [evidence('inconsistent', 'gap_cv', c.gapCv, thresholds.maxGapCv)]
      : []),
    ...(c.activeWeeksShare < thresholds.minActiveWeeksShare
      ? [
          evidence('inconsistent', 'active_weeks_share', c.activeWeeksShare, thresholds.minActiveWeeksShare, {
            active_weeks: c.activeWeeks,
            weeks: c.weeks,
          }),
        ]
      : []),
  ]);

  const audiences: number[] = [];
  for (const p of input.posts) if (p.audience !== null) audiences.push(p.audience);
  const medianAudience = median(audiences);
  raise(
    'low_reach',
    input.reachRate !== null && input.reachRate < thresholds.minReachRate && input.followers
      ? [
          evidence('low_reach', 'reach_rate', input.reachRate, thresholds.minReachRate, {
            ...(medianAudience === null
              ? {}
              : { [`median_${AUDIENCE_BASIS[input.platform]}`]: medianAudience }),
            followers: input.followers.followers,
            followers_date: input.followers.date,
          }),
        ]
      : [],
  );

  const g = input.growth;
  raise(
    'slow_growth',
    g && g.relativePer30Days !== null && g.relativePer30Days < thresholds.minFollowerGrowthPer30Days
      ? [
          evidence(
            'slow_growth',
            'follower_growth',
            g.relativePer30Days,
            thresholds.minFollowerGrowthPer30Days,
            {
              first: g.first.followers,
              first_date: g.first.date,
              last: g.last.followers,
              last_date: g.last.date,
              days: g.days,
              change_per_30_days: g.changePer30Days,
            },
          ),
        ]
      : [],
  );

  raise('underused_potential', underusedEvidence(input, thresholds));

  const reference = LOW_ENGAGEMENT_REFERENCE[input.platform];
  raise(
    'low_engagement',
    input.engagementRateFollowers !== null &&
      input.engagementRateFollowers < thresholds.minEngagementRateFollowers
      ? [
          evidence(
            'low_engagement',
            'engagement_rate_followers',
            input.engagementRateFollowers,
            thresholds.minEngagementRateFollowers,
            // Names the published figure; a programme that overrides the threshold sees it beside its own.
            {
              reference_value: reference.value,
              reference_source: reference.source,
              reference_year: reference.year,
              reference_denominator: 'followers',
            },
          ),
        ]
      : [],
  );

  return flags;
}

/**
 * `underused_potential` is raised by a post type that does clearly better than the account's median
 * rate yet makes up little of its posting. Its evidence also lists "good content that did not travel":
 * posts in the top quartile of rate but the bottom half of reach (TikTok: views). That list alone does not
 * raise the flag, because a rate divided by reach is high for small reach almost by construction.
 */
function underusedEvidence(input: FlagInput, t: FlagThresholds): FlagEvidence[] {
  const rated = input.posts.filter(
    (p): p is PostValues & { rate: number; audience: number } => p.rate !== null && p.audience !== null,
  );
  const accountRate = median(rated.map((p) => p.rate));
  if (accountRate === null) return [];
  const types = input.formatMix.flatMap((entry) =>
    entry.engagementRate !== null &&
    entry.engagementRate > 0 &&
    entry.engagementRate >= t.underusedMinRateRatio * accountRate &&
    entry.share < t.underusedMaxShare
      ? [
          evidence(
            'underused_potential',
            'post_type',
            entry.engagementRate,
            t.underusedMinRateRatio * accountRate,
            {
              type: entry.type,
              posts: entry.posts,
              share: entry.share,
              max_share: t.underusedMaxShare,
              account_rate: accountRate,
            },
          ),
        ]
      : [],
  );
  if (types.length === 0) return [];

  const travelled = didNotTravel(rated);
  return travelled
    ? [
        ...types,
        {
          ...evidence('underused_potential', 'did_not_travel', travelled.posts.length, null, {
            rate_from: travelled.rateFrom,
            [`${AUDIENCE_BASIS[input.platform]}_below`]: travelled.audienceBelow,
          }),
          postIds: travelled.posts,
        },
      ]
    : types;
}

/**
 * Posts with a rate at or above the upper quartile (type 7, as `quantile`) and an audience strictly below
 * the median audience of the rated posts, best rate first; null when there are too few posts or none fit.
 */
export function didNotTravel(
  rated: ReadonlyArray<PostValues & { rate: number; audience: number }>,
): { posts: string[]; rateFrom: number; audienceBelow: number } | null {
  if (rated.length < DID_NOT_TRAVEL_MIN_POSTS) return null;
  const rateFrom = quantile(
    rated.map((p) => p.rate),
    0.75,
  ) as number;
  const audienceBelow = median(rated.map((p) => p.audience)) as number;
  const posts = rated
    .filter((p) => p.rate >= rateFrom && p.audience < audienceBelow)
    .sort((a, b) => b.rate - a.rate)
    .map((p) => p.post.platformPostId);
  return posts.length === 0 ? null : { posts, rateFrom, audienceBelow };
}

/**
 * An account's KPIs over an audit window, implemented once for the server, the web app and the CLI.
 * Every formula is written out in docs/metrics.md; the per-post values come from post-values.ts.
 * Reach and interactions are per post, so account figures are medians of posts, never sums.
 */
import { median } from '../stats.ts';
import { consistencyOf } from './consistency.ts';
import {
  defaultThresholds,
  didNotTravel,
  type Flag,
  type FlagCode,
  type FlagEvidence,
  type FlagThresholds,
  flagsOf,
} from './flags.ts';
import { type FormatMixEntry, formatMixOf } from './format-mix.ts';
import { type FollowerGrowth, followerGrowth, followersForWindow } from './growth.ts';
import { localDateOf } from './local-time.ts';
import type { FollowerSnapshot, Platform, PostType } from './model.ts';
import { AUDIENCE_BASIS, type PostValues, rateOf } from './post-values.ts';
import { type PostSelectionInput, selectPosts } from './selection.ts';
import { type AuditWindow, windowDays } from './window.ts';

export interface KpiInput extends PostSelectionInput {
  /** The account's id or handle, echoed in the output. */
  account?: string | null;
  /** Known follower counts of the account (typed in, audience file, follower history). */
  followers: readonly FollowerSnapshot[];
  /** The programme's overrides of `defaultThresholds(platform)`. */
  thresholds?: Partial<FlagThresholds>;
}

export interface Kpis {
  account: string | null;
  platform: Platform;
  timeZone: string;
  window: AuditWindow;
  posts: number;
  postsPerWeek: number;
  medianReach: number | null;
  medianViews: number | null;
  medianInteractions: number | null;
  engagementRateReach: number | null;
  engagementRateViews: number | null;
  engagementRateFollowers: number | null;
  reachRate: number | null;
  longestGapDays: number;
  gapCv: number | null;
  activeWeeks: number;
  weeks: number;
  activeWeeksShare: number;
  formatMix: FormatMixEntry[];
  flags: Flag[];
  /** The snapshot the per-follower rates divided by (see `followersForWindow`). */
  followers: FollowerSnapshot | null;
  /** Follower growth from the snapshots dated within the window. */
  growth: FollowerGrowth | null;
  /** "Good content that did not travel": top-quartile rate, bottom-half reach (see `didNotTravel`). */
  didNotTravel: string[];
  thresholds: FlagThresholds;
}

const known = (values: ReadonlyArray<number | null>): number[] =>
  values.filter((v): v is number => v !== null);

/** Median of interactions ÷ denominator over the posts where both exist and the denominator is above 0. */
function medianRate(
  posts: readonly PostValues[],
  denominator: (p: PostValues) => number | null,
): number | null {
  return median(known(posts.map((p) => rateOf(p.interactions, denominator(p)))));
}

export function computeKpis(input: KpiInput): Kpis {
  const { platform, timeZone } = input;
  const { window, posts } = selectPosts(input);
  const thresholds = { ...defaultThresholds(platform), ...input.thresholds };

  const medianReach = median(known(posts.map((p) => p.reach)));
  const medianViews = median(known(posts.map((p) => p.views)));
  const medianInteractions = median(known(posts.map((p) => p.interactions)));
  const medianAudience = AUDIENCE_BASIS[platform] === 'reach' ? medianReach : medianViews;

  const followers = followersForWindow(input.followers, window, timeZone);
  // A count of 0 followers leaves the per-follower rates undefined rather than infinite.
  const perFollower = (value: number | null) =>
    value === null || !followers || followers.followers <= 0 ? null : value / followers.followers;
  const engagementRateFollowers = perFollower(medianInteractions);
  const reachRate = perFollower(medianAudience);

  const consistency = consistencyOf(
    posts.map((p) => p.post.publishedAt),
    window,
    timeZone,
  );
  const formatMix = formatMixOf(posts);
  const growth = followerGrowth(input.followers, {
    fromDate: localDateOf(window.from, timeZone),
    toDate: localDateOf(window.to - 1, timeZone),
  });
  const flags = flagsOf(
    { platform, posts, consistency, formatMix, reachRate, engagementRateFollowers, followers, growth },
    thresholds,
  );
  const rated = posts.filter(
    (p): p is PostValues & { rate: number; audience: number } => p.rate !== null && p.audience !== null,
  );

  return {
    account: input.account ?? null,
    platform,
    timeZone,
    window,
    posts: posts.length,
    postsPerWeek: posts.length / (windowDays(window) / 7),
    medianReach,
    medianViews,
    medianInteractions,
    engagementRateReach: medianRate(posts, (p) => p.reach),
    engagementRateViews: medianRate(posts, (p) => p.views),
    engagementRateFollowers,
    reachRate,
    longestGapDays: consistency.longestGapDays,
    gapCv: consistency.gapCv,
    activeWeeks: consistency.activeWeeks,
    weeks: consistency.weeks,
    activeWeeksShare: consistency.activeWeeksShare,
    formatMix,
    flags,
    followers,
    growth,
    didNotTravel: didNotTravel(rated)?.posts ?? [],
    thresholds,
  };
}

export interface FlagEvidenceJson {
  reason: FlagEvidence['reason'];
  key: string;
  value: number;
  threshold: number | null;
  params: Record<string, number | string>;
  post_ids?: string[];
}

/** The audit's JSON shape (CLI, API): snake_case, rates as fractions, instants as UTC ISO strings. */
export interface KpisJson {
  account: string | null;
  platform: Platform;
  window: { from: string; to: string };
  posts: number;
  posts_per_week: number;
  median_reach: number | null;
  median_views: number | null;
  median_interactions: number | null;
  engagement_rate_reach: number | null;
  engagement_rate_views: number | null;
  engagement_rate_followers: number | null;
  reach_rate: number | null;
  longest_gap_days: number;
  gap_cv: number | null;
  active_weeks_share: number;
  format_mix: Array<{ type: PostType; posts: number; share: number; engagement_rate: number | null }>;
  flags: Array<{ code: FlagCode; evidence: FlagEvidenceJson[] }>;
}

export function kpisJson(k: Kpis): KpisJson {
  return {
    account: k.account,
    platform: k.platform,
    window: { from: new Date(k.window.from).toISOString(), to: new Date(k.window.to).toISOString() },
    posts: k.posts,
    posts_per_week: k.postsPerWeek,
    median_reach: k.medianReach,
    median_views: k.medianViews,
    median_interactions: k.medianInteractions,
    engagement_rate_reach: k.engagementRateReach,
    engagement_rate_views: k.engagementRateViews,
    engagement_rate_followers: k.engagementRateFollowers,
    reach_rate: k.reachRate,
    longest_gap_days: k.longestGapDays,
    gap_cv: k.gapCv,
    active_weeks_share: k.activeWeeksShare,
    format_mix: k.formatMix.map((m) => ({
      type: m.type,
      posts: m.posts,
      share: m.share,
      engagement_rate: m.engagementRate,
    })),
    flags: k.flags.map((f) => ({
      code: f.code,
      evidence: f.evidence.map(({ reason, key, value, threshold, params, postIds }) => ({
        reason,
        key,
        value,
        threshold,
        params,
        ...(postIds ? { post_ids: postIds } : {}),
      })),
    })),
  };
}

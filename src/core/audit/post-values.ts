/**
 * What one post contributes to the account's figures: its interactions and its per-post rates.
 * Written out in docs/metrics.md ("Interactions" and "Per-post rates").
 */
import type { ImportedPost, Platform, PostMetrics } from './model.ts';

/** A count as the KPIs use it: a negative or non-finite value is an import fault and counts as missing. */
export const countOf = (value: number | null | undefined): number | null =>
  value !== null && value !== undefined && Number.isFinite(value) && value >= 0 ? value : null;

/**
 * Interactions of one post:
 * - Instagram: likes + comments + shares + saves;
 * - Facebook: reactions + comments + shares, where reactions falls back to likes when the export has no
 *   reactions (likes are one kind of reaction, so the two are never added together);
 * - TikTok: likes + comments + shares.
 * A missing component counts as 0 as long as one component is present (exports leave empty cells for
 * zero); with every component missing the post has no interactions value (`null`), rather than a false 0.
 */
export function interactionsOf(metrics: PostMetrics, platform: Platform): number | null {
  // Written without an array of components: an audit sums this for every one of 100,000 posts.
  const first = platform === 'facebook' ? (countOf(metrics.reactions) ?? metrics.likes) : metrics.likes;
  const last = platform === 'instagram' ? metrics.saves : null;
  let sum = 0;
  let present = 0;
  for (let i = 0; i < 4; i++) {
    const value = countOf(i === 0 ? first : i === 1 ? metrics.comments : i === 2 ? metrics.shares : last);
    if (value !== null) {
      sum += value;
      present++;
    }
  }
  return present === 0 ? null : sum;
}

/** The audience measure each platform's exports carry per post: reach on Meta, views on TikTok (no reach). */
export type RateBasis = 'reach' | 'views';
export const AUDIENCE_BASIS: Record<Platform, RateBasis> = {
  instagram: 'reach',
  facebook: 'reach',
  tiktok: 'views',
};

/** interactions ÷ reach or views; null without interactions or when the denominator is missing or 0. */
export function rateOf(interactions: number | null, denominator: number | null): number | null {
  return interactions === null || denominator === null || denominator <= 0
    ? null
    : interactions / denominator;
}

/** One post in the window with the values every figure is built from, computed once. */
export interface PostValues {
  post: ImportedPost;
  interactions: number | null;
  reach: number | null;
  views: number | null;
  /** The platform's audience measure (`AUDIENCE_BASIS`): reach on Instagram and Facebook, views on TikTok. */
  audience: number | null;
  /** interactions ÷ audience: the per-post engagement rate of format mix, best times and flags. */
  rate: number | null;
}

export function postValuesOf(post: ImportedPost, platform: Platform): PostValues {
  const interactions = interactionsOf(post.metrics, platform);
  const reach = countOf(post.metrics.reach);
  const views = countOf(post.metrics.views);
  const audience = AUDIENCE_BASIS[platform] === 'reach' ? reach : views;
  return { post, interactions, reach, views, audience, rate: rateOf(interactions, audience) };
}

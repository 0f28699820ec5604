/**
 * Published reference figures for the benchmark view's reference lines and the flags' defaults.
 * A figure is only comparable with a KPI of the same denominator: the same account's engagement rate
 * differs tenfold between "by followers", "by reach" and "by impressions". docs/metrics.md lists them.
 */
import type { Platform } from './model.ts';

export type ReferenceMetric =
  | 'engagement_rate_followers'
  | 'engagement_rate_impressions'
  | 'reach_rate'
  | 'posts_per_week';

export interface ReferenceFigure {
  id: string;
  platform: Platform;
  metric: ReferenceMetric;
  /** Rates as fractions (0.00063 = 0.063 %); posts per week as a count. */
  value: number;
  /** What the figure divides by; null for counts. */
  denominator: 'followers' | 'impressions' | 'fans' | null;
  source: string;
  /** Year of the report. */
  year: number;
  /** Who was measured and how the figure reached us. */
  scope: string;
}

export const REFERENCE_FIGURES: readonly ReferenceFigure[] = [
  // Rival IQ: interactions ÷ followers per post, median over ~150 companies per industry.
  ...(
    [
      ['instagram', 0.0047],
      ['facebook', 0.0006],
      ['tiktok', 0.0569],
    ] as const
  ).map(
    ([platform, value]): ReferenceFigure => ({
      id: `rival-iq-2023-${platform}-er-followers`,
      platform,
      metric: 'engagement_rate_followers',
      value,
      denominator: 'followers',
      source: 'Rival IQ Social Media Industry Benchmark Report',
      year: 2023,
      scope: 'all industries, median per company, 2022 data',
    }),
  ),
  {
    id: 'rival-iq-2024-facebook-er-followers',
    platform: 'facebook',
    metric: 'engagement_rate_followers',
    value: 0.00063,
    denominator: 'followers',
    source: 'Rival IQ Social Media Industry Benchmark Report',
    year: 2024,
    scope: 'all industries, median per company',
  },
  {
    id: 'rival-iq-2024-tiktok-er-followers',
    platform: 'tiktok',
    metric: 'engagement_rate_followers',
    value: 0.0263,
    denominator: 'followers',
    source: 'Rival IQ Social Media Industry Benchmark Report',
    year: 2024,
    scope: 'all industries, median per company',
  },
  ...(
    [
      ['instagram', 0.0048],
      ['facebook', 0.0015],
      ['tiktok', 0.037],
    ] as const
  ).map(
    ([platform, value]): ReferenceFigure => ({
      id: `socialinsider-2026-${platform}-er-followers`,
      platform,
      metric: 'engagement_rate_followers',
      value,
      denominator: 'followers',
      source: 'Socialinsider',
      year: 2026,
      scope: 'reported second-hand',
    }),
  ),
  ...(
    [
      ['instagram', 0.0116],
      ['facebook', 0.0507],
      ['tiktok', 0.0486],
    ] as const
  ).map(
    ([platform, value]): ReferenceFigure => ({
      id: `buffer-2025-${platform}-er-impressions`,
      platform,
      metric: 'engagement_rate_impressions',
      value,
      denominator: 'impressions',
      source: 'Buffer',
      year: 2025,
      scope: 'all accounts in the study; (comments + clicks + shares + reactions) ÷ impressions',
    }),
  ),
  {
    id: 'mr-2020-facebook-reach-rate',
    platform: 'facebook',
    metric: 'reach_rate',
    value: 0.04,
    denominator: 'fans',
    source: 'M+R Benchmarks',
    year: 2020,
    scope: 'nonprofits, organic posts: reach ÷ page fans',
  },
  {
    id: 'rival-iq-2023-facebook-posts-per-week',
    platform: 'facebook',
    metric: 'posts_per_week',
    value: 5.04,
    denominator: null,
    source: 'Rival IQ Social Media Industry Benchmark Report',
    year: 2023,
    scope: 'all industries, median per company, 2022 data',
  },
  {
    id: 'rival-iq-2023-instagram-posts-per-week',
    platform: 'instagram',
    metric: 'posts_per_week',
    value: 4.5,
    denominator: null,
    source: 'Rival IQ Social Media Industry Benchmark Report',
    year: 2023,
    scope: 'all industries, median per company, 2022 data',
  },
  {
    id: 'rival-iq-2024-facebook-posts-per-week',
    platform: 'facebook',
    metric: 'posts_per_week',
    value: 4.69,
    denominator: null,
    source: 'Rival IQ Social Media Industry Benchmark Report',
    year: 2024,
    scope: 'all industries, median per company',
  },
];

const figure = (id: string): ReferenceFigure => {
  const found = REFERENCE_FIGURES.find((f) => f.id === id);
  if (!found) throw new Error(`unknown reference figure ${id}`);
  return found;
};

/**
 * The figure `low_engagement` compares `engagement_rate_followers` with: the latest all-industry
 * by-followers median in our references, from one source (Rival IQ). Instagram's latest Rival IQ figure
 * we hold is the 2023 report's.
 */
export const LOW_ENGAGEMENT_REFERENCE: Record<Platform, ReferenceFigure> = {
  instagram: figure('rival-iq-2023-instagram-er-followers'),
  facebook: figure('rival-iq-2024-facebook-er-followers'),
  tiktok: figure('rival-iq-2024-tiktok-er-followers'),
};

export interface ReachRateDefault {
  value: number;
  /** 'published': a figure from a report; 'judgement': our own choice, reasoned in `basis`. */
  kind: 'published' | 'judgement';
  basis: string;
}

/**
 * Default `low_reach` thresholds: reach ÷ followers (TikTok: views ÷ followers) of the median post.
 * Only Facebook's rests on a published figure; no source we hold publishes reach per follower for
 * Instagram or TikTok, so those two are judgements, reasoned from figures that are published.
 */
export const LOW_REACH_DEFAULTS: Record<Platform, ReachRateDefault> = {
  facebook: {
    value: 0.04,
    kind: 'published',
    basis: 'M+R Benchmarks 2020: an organic nonprofit Facebook post reached about 4 % of the page’s fans.',
  },
  instagram: {
    value: 0.1,
    kind: 'judgement',
    basis:
      'Rival IQ 2023 by followers (0.47 %) ÷ Buffer 2025 by impressions (1.16 %) ≈ 40 % impressions per ' +
      'follower for a typical post; impressions count repeat views and the studies differ, so we flag only ' +
      'a quarter of that: 10 %.',
  },
  tiktok: {
    value: 0.14,
    kind: 'judgement',
    basis:
      'Rival IQ 2024 by followers (2.63 %) ÷ Buffer 2025 by impressions (4.86 %) ≈ 54 % views per follower ' +
      'for a typical video; the studies differ, so we flag only about a quarter of that: 14 %.',
  },
};

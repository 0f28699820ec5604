/** The audit's downloads as tables: posts, the KPIs with their flags, and the critiques. Pure. */
import type { Cell } from '../export-files.ts';
import type { KpisJson } from './kpis.ts';
import { type ImportedPost, METRIC_KEYS } from './model.ts';

export interface ExportedPost extends ImportedPost {
  own: boolean;
  metricsAsOf: string;
}

export function postsTable(posts: readonly ExportedPost[]): Cell[][] {
  return [
    [
      'post_id',
      'published_at',
      'own',
      'owner',
      'type',
      'type_label',
      ...METRIC_KEYS,
      'metrics_as_of',
      'permalink',
      'caption',
    ],
    ...posts.map((p) => [
      p.platformPostId,
      new Date(p.publishedAt).toISOString(),
      p.own ? 1 : 0,
      p.ownerHandle ?? p.ownerAccountId,
      p.type,
      p.typeLabel,
      ...METRIC_KEYS.map((m) => p.metrics[m]),
      p.metricsAsOf,
      p.permalink,
      p.caption,
    ]),
  ];
}

/** One figure per row (`metric`, `value`), then one row per format and per piece of flag evidence. */
export function kpiTable(k: KpisJson): Cell[][] {
  const scalar = (
    [
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
    ] as const
  ).map((key): Cell[] => [key, k[key]]);
  return [
    ['metric', 'value', 'detail', 'threshold'],
    ['account', k.account],
    ['platform', k.platform],
    ['window_from', k.window.from],
    ['window_to', k.window.to],
    ...scalar,
    ...k.format_mix.map((m): Cell[] => [`format_mix.${m.type}`, m.share, `${m.posts} posts`, null]),
    ...k.format_mix.map((m): Cell[] => [`format_mix.${m.type}.engagement_rate`, m.engagement_rate]),
    ...k.flags.flatMap((f) =>
      f.evidence.map((e): Cell[] => [`flag.${f.code}`, e.value, e.reason, e.threshold]),
    ),
  ];
}

export interface ExportedCritique {
  kind: string;
  body: string;
  author: string | null;
  votes: number;
  pinned: boolean;
  createdAt: string;
}

export function critiqueTable(critiques: readonly ExportedCritique[]): Cell[][] {
  return [
    ['kind', 'critique', 'author', 'votes', 'pinned', 'created_at'],
    ...critiques.map((c) => [c.kind, c.body, c.author ?? '', c.votes, c.pinned ? 1 : 0, c.createdAt]),
  ];
}

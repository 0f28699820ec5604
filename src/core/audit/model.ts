/**
 * The social-media audit's shared vocabulary: what every importer produces and what the KPIs consume.
 * Importers turn the platforms' own export files into these records; nothing here knows about files,
 * HTTP or SQL.
 */
export const PLATFORMS = ['instagram', 'facebook', 'tiktok'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * A post's format, normalised across platforms and interface languages ("IG reel", "Reel IG" → reel).
 * `typeLabel` on the post keeps the export's own words for display.
 */
export const POST_TYPES = [
  'reel',
  'image',
  'carousel',
  'video',
  'text',
  'link',
  'story',
  'live',
  'other',
] as const;
export type PostType = (typeof POST_TYPES)[number];

/** Metric columns an export may carry; `null` when the file has no such column or the cell is empty. */
export interface PostMetrics {
  views: number | null;
  reach: number | null;
  likes: number | null;
  /** Facebook reactions (likes are one kind of reaction there). */
  reactions: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  follows: number | null;
  clicks: number | null;
}

/** Every metric, in the order tables, exports and the post digest list them (column names alike). */
export const METRIC_KEYS = [
  'views',
  'reach',
  'likes',
  'reactions',
  'comments',
  'shares',
  'saves',
  'follows',
  'clicks',
] as const satisfies readonly (keyof PostMetrics)[];

/** A post's metrics before any column is read: every one unknown. */
export function noMetrics(): PostMetrics {
  return {
    views: null,
    reach: null,
    likes: null,
    reactions: null,
    comments: null,
    shares: null,
    saves: null,
    follows: null,
    clicks: null,
  };
}

export interface ImportedPost {
  /** The platform's own id (Meta `Post ID`, TikTok video id from the link, Instagram JSON media uri). */
  platformPostId: string;
  /** The owning account's platform id or handle as the export gives it; differs for collab posts. */
  ownerAccountId: string | null;
  ownerHandle: string | null;
  /** Publication instant, UTC milliseconds since the epoch. */
  publishedAt: number;
  type: PostType;
  typeLabel: string | null;
  caption: string | null;
  permalink: string | null;
  durationSeconds: number | null;
  metrics: PostMetrics;
}

/** A dated value of one daily metric (reach, views, followers gained, …) from a daily metric file. */
export interface DailyValue {
  /** Local calendar date of the export, `YYYY-MM-DD`. */
  date: string;
  metric: string;
  value: number | null;
}

/** A follower count known on a date (typed in, from an audience file, or from follower history). */
export interface FollowerSnapshot {
  /** `YYYY-MM-DD` in the account's time zone. */
  date: string;
  followers: number;
}

/** Builders for audit tests: a post with only the metrics a case cares about. */
import type { ImportedPost, PostMetrics, PostType } from './model.ts';

export const NO_METRICS: PostMetrics = {
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

let counter = 0;

/** `at`: an ISO date-time with offset or Z. */
export function post(
  at: string,
  metrics: Partial<PostMetrics> = {},
  type: PostType = 'image',
  id = `p${++counter}`,
): ImportedPost {
  const publishedAt = Date.parse(at);
  if (Number.isNaN(publishedAt)) throw new Error(`bad test instant ${at}`);
  return {
    platformPostId: id,
    ownerAccountId: null,
    ownerHandle: null,
    publishedAt,
    type,
    typeLabel: null,
    caption: null,
    permalink: null,
    durationSeconds: null,
    metrics: { ...NO_METRICS, ...metrics },
  };
}

export const iso = (ms: number) => new Date(ms).toISOString();

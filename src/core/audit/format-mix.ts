/** Which post types an account uses and how each does. Written out in docs/metrics.md ("Format mix"). */
import { median } from '../stats.ts';
import { POST_TYPES, type PostType } from './model.ts';
import type { PostValues } from './post-values.ts';

export interface FormatMixEntry {
  type: PostType;
  posts: number;
  /** posts of this type ÷ all posts in the window. */
  share: number;
  /** Median per-post engagement rate (interactions ÷ reach, TikTok ÷ views) of this type's posts. */
  engagementRate: number | null;
}

/** One entry per type that has posts, most posts first (ties in the order of `POST_TYPES`). */
export function formatMixOf(posts: readonly PostValues[]): FormatMixEntry[] {
  const byType = new Map<PostType, PostValues[]>();
  for (const p of posts) {
    const list = byType.get(p.post.type);
    if (list) list.push(p);
    else byType.set(p.post.type, [p]);
  }
  return [...byType.entries()]
    .map(([type, list]) => ({
      type,
      posts: list.length,
      share: list.length / posts.length,
      engagementRate: median(rates(list)),
    }))
    .sort((a, b) => b.posts - a.posts || POST_TYPES.indexOf(a.type) - POST_TYPES.indexOf(b.type));
}

function rates(posts: readonly PostValues[]): number[] {
  const out: number[] = [];
  for (const p of posts) if (p.rate !== null) out.push(p.rate);
  return out;
}

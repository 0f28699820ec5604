/**
 * What the benchmark view draws over time and lists: per ISO week (in the account's zone) the posts
 * published, their median audience and median engagement rate; and the best and worst posts by rate.
 */
import { median } from '../stats.ts';
import { localDayNumberOf, mondayOf } from './local-time.ts';
import type { PostType } from './model.ts';
import type { PostValues } from './post-values.ts';

export interface WeekPoint {
  /** The week's Monday, `YYYY-MM-DD`. */
  week: string;
  posts: number;
  medianAudience: number | null;
  medianRate: number | null;
}

const dateOfDayNumber = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const known = (values: ReadonlyArray<number | null>) => values.filter((v): v is number => v !== null);

/** Every week from the window's first to its last, empty weeks included (a gap should look like one). */
export function weeklySeries(
  posts: readonly PostValues[],
  window: { from: number; to: number },
  timeZone: string,
): WeekPoint[] {
  const first = mondayOf(localDayNumberOf(window.from, timeZone));
  const last = mondayOf(localDayNumberOf(Math.max(window.from, window.to - 1), timeZone));
  const byWeek = new Map<number, PostValues[]>();
  for (const p of posts) {
    const week = mondayOf(localDayNumberOf(p.post.publishedAt, timeZone));
    const list = byWeek.get(week);
    if (list) list.push(p);
    else byWeek.set(week, [p]);
  }
  const points: WeekPoint[] = [];
  for (let week = first; week <= last; week += 7) {
    const list = byWeek.get(week) ?? [];
    points.push({
      week: dateOfDayNumber(week),
      posts: list.length,
      medianAudience: median(known(list.map((p) => p.audience))),
      medianRate: median(known(list.map((p) => p.rate))),
    });
  }
  return points;
}

/** How much of a caption the best and worst lists show. */
export const RANKED_CAPTION_CHARS = 280;

export interface RankedPost {
  id: string;
  publishedAt: string;
  type: PostType;
  caption: string | null;
  permalink: string | null;
  interactions: number | null;
  audience: number | null;
  rate: number;
}

/** The `count` posts with the highest and the lowest engagement rate (posts without a rate are left out). */
export function bestAndWorst(
  posts: readonly PostValues[],
  count = 5,
): { best: RankedPost[]; worst: RankedPost[] } {
  const rated = posts
    .filter((p): p is PostValues & { rate: number } => p.rate !== null)
    .map(
      (p): RankedPost => ({
        id: p.post.platformPostId,
        publishedAt: new Date(p.post.publishedAt).toISOString(),
        type: p.post.type,
        caption: p.post.caption === null ? null : p.post.caption.slice(0, RANKED_CAPTION_CHARS),
        permalink: p.post.permalink,
        interactions: p.interactions,
        audience: p.audience,
        rate: p.rate,
      }),
    )
    .sort((a, b) => b.rate - a.rate || a.publishedAt.localeCompare(b.publishedAt));
  const best = rated.slice(0, count);
  const worst = rated.slice(Math.max(count, rated.length - count)).reverse();
  return { best, worst };
}

/**
 * When an account's posts do best, per local weekday and hour. Written out in docs/metrics.md ("Best times").
 * Each cell holds the median per-post rate, not a total: a total mostly counts how many posts went out
 * in that hour, which says nothing about the hour.
 */
import { median } from '../stats.ts';
import { isoWeekdayOfDay, localDateTimeOf, localDayNumberOf } from './local-time.ts';
import type { PostValues, RateBasis } from './post-values.ts';
import { AUDIENCE_BASIS } from './post-values.ts';
import { type PostSelectionInput, selectPosts } from './selection.ts';
import type { AuditWindow } from './window.ts';

export interface BestTimeCell {
  /** ISO weekday in the account's zone: Monday 1 … Sunday 7. */
  weekday: number;
  /** Local hour 0–23. */
  hour: number;
  posts: number;
  /** Median per-post engagement rate of the cell's posts; null when none has a rate. */
  engagementRate: number | null;
}

export interface BestTimes {
  window: AuditWindow;
  /** The denominator of the per-post rates: reach (Instagram, Facebook) or views (TikTok). */
  basis: RateBasis;
  /** All 7 × 24 cells, Monday 00:00 first, so an empty hour shows as empty rather than missing. */
  cells: BestTimeCell[];
}

/** The heatmap cells of posts already selected (in the window, own). */
export function bestTimeCellsOf(posts: readonly PostValues[], timeZone: string): BestTimeCell[] {
  const rates: number[][] = Array.from({ length: 7 * 24 }, () => []);
  const counts: number[] = new Array(7 * 24).fill(0);
  for (const p of posts) {
    const weekday = isoWeekdayOfDay(localDayNumberOf(p.post.publishedAt, timeZone));
    const { hour } = localDateTimeOf(p.post.publishedAt, timeZone);
    const index = (weekday - 1) * 24 + hour;
    counts[index] = (counts[index] ?? 0) + 1;
    if (p.rate !== null) rates[index]?.push(p.rate);
  }
  return rates.map((list, index) => ({
    weekday: Math.floor(index / 24) + 1,
    hour: index % 24,
    posts: counts[index] ?? 0,
    engagementRate: median(list),
  }));
}

export function bestTimes(input: PostSelectionInput): BestTimes {
  const { window, posts } = selectPosts(input);
  return { window, basis: AUDIENCE_BASIS[input.platform], cells: bestTimeCellsOf(posts, input.timeZone) };
}

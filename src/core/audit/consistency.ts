/** How regularly an account posts. Written out in docs/metrics.md ("Consistency"). */
import { mean, populationSd } from '../stats.ts';
import { DAY_MS, localDayNumberOf, mondayOf } from './local-time.ts';
import type { AuditWindow } from './window.ts';

export interface Consistency {
  /** Longest stretch without a post, in fractional days, including `from` → first post and last post → `to`. */
  longestGapDays: number;
  /** Population SD ÷ mean of the gaps between consecutive posts; null below 3 posts or when all gaps are 0. */
  gapCv: number | null;
  /** ISO weeks (Monday–Sunday in the account's zone) that touch the window. */
  weeks: number;
  /** Of those, the weeks with at least one post. */
  activeWeeks: number;
  /** activeWeeks ÷ weeks, in [0, 1]. */
  activeWeeksShare: number;
}

/** `publishedAt`: the instants of the posts inside the window, in any order. */
export function consistencyOf(
  publishedAt: readonly number[],
  window: AuditWindow,
  timeZone: string,
): Consistency {
  // A Float64Array sorts numbers without a comparator call per comparison (100,000 posts in an audit).
  const times = new Float64Array(publishedAt).sort();
  const between: number[] = [];
  for (let i = 1; i < times.length; i++) between.push((times[i] as number) - (times[i - 1] as number));

  // With no post, the whole window is one gap.
  const edges =
    times.length === 0
      ? [window.to - window.from]
      : [(times[0] as number) - window.from, window.to - (times[times.length - 1] as number)];
  let longest = 0;
  for (const gap of [...edges, ...between]) if (gap > longest) longest = gap;
  const longestGapDays = longest / DAY_MS;

  const gapMean = mean(between);
  const gapSd = populationSd(between);
  const gapCv =
    times.length < 3 || gapMean === null || gapSd === null || gapMean === 0 ? null : gapSd / gapMean;

  // `to` is exclusive: the week that starts exactly at `to` does not touch the window.
  const firstMonday = mondayOf(localDayNumberOf(window.from, timeZone));
  const lastMonday = mondayOf(localDayNumberOf(window.to - 1, timeZone));
  const weeks = (lastMonday - firstMonday) / 7 + 1;
  const activeWeeks = new Set(times.map((t) => mondayOf(localDayNumberOf(t, timeZone)))).size;

  return { longestGapDays, gapCv, weeks, activeWeeks, activeWeeksShare: activeWeeks / weeks };
}

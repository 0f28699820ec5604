/** Follower counts: growth over time and the count the per-follower rates divide by. See docs/metrics.md. */
import { AppError, type FieldIssue } from '../errors.ts';
import { dayNumberOf, localDateOf } from './local-time.ts';
import type { FollowerSnapshot } from './model.ts';
import type { AuditWindow } from './window.ts';

interface DatedSnapshot extends FollowerSnapshot {
  day: number;
}

/**
 * Checks the snapshots and keeps one per date, sorted by date. Two snapshots of one date: the later in the
 * list wins (a count typed in after an import corrects it). Throws `AppError('validation')` listing every
 * bad entry (rule `date` for a date that is not `YYYY-MM-DD`, `too_small` for a negative or non-finite count).
 */
export function normaliseSnapshots(
  snapshots: readonly FollowerSnapshot[],
  field = 'followers',
): DatedSnapshot[] {
  const issues: FieldIssue[] = [];
  const byDay = new Map<number, DatedSnapshot>();
  snapshots.forEach((s, i) => {
    const day = dayNumberOf(s.date);
    if (day === null) issues.push({ field: `${field}.${i}.date`, rule: 'date' });
    if (!Number.isFinite(s.followers) || s.followers < 0) {
      issues.push({ field: `${field}.${i}.followers`, rule: 'too_small', params: { min: 0 } });
    }
    if (day !== null) byDay.set(day, { date: s.date, followers: s.followers, day });
  });
  if (issues.length > 0) throw new AppError('validation', { fields: issues });
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

/**
 * The follower count the window's per-follower rates divide by: the latest snapshot dated within the
 * window; else the latest dated before it; else the earliest dated after it. A date counts as "within or
 * before" when its local day starts before `to`, so both first rules come down to "the latest snapshot
 * whose date is on or before the window's last local day".
 */
export function followersForWindow(
  snapshots: readonly FollowerSnapshot[],
  window: AuditWindow,
  timeZone: string,
): FollowerSnapshot | null {
  const sorted = normaliseSnapshots(snapshots);
  const lastDay = dayNumberOf(localDateOf(window.to - 1, timeZone)) as number;
  const onOrBefore = sorted.filter((s) => s.day <= lastDay);
  const chosen = onOrBefore[onOrBefore.length - 1] ?? sorted[0];
  return chosen ? { date: chosen.date, followers: chosen.followers } : null;
}

export interface FollowerGrowth {
  first: FollowerSnapshot;
  last: FollowerSnapshot;
  /** Calendar days from the first snapshot's date to the last one's. */
  days: number;
  /** (last − first) ÷ days × 30: followers gained (or lost, negative) per 30 days. */
  changePer30Days: number;
  /** changePer30Days ÷ first, a fraction (0.01 = 1 % per 30 days); null when the first count is 0. */
  relativePer30Days: number | null;
}

/**
 * Linear follower growth between the first and the last snapshot, optionally only those dated from
 * `fromDate` to `toDate` (inclusive local dates). Null without two snapshots on different dates.
 */
export function followerGrowth(
  snapshots: readonly FollowerSnapshot[],
  range?: { fromDate: string; toDate: string },
): FollowerGrowth | null {
  const fromDay = range ? dayNumberOf(range.fromDate) : null;
  const toDay = range ? dayNumberOf(range.toDate) : null;
  if (range && (fromDay === null || toDay === null)) {
    throw new AppError('validation', {
      fields: [
        ...(fromDay === null ? [{ field: 'range.fromDate', rule: 'date' }] : []),
        ...(toDay === null ? [{ field: 'range.toDate', rule: 'date' }] : []),
      ],
    });
  }
  const kept = normaliseSnapshots(snapshots).filter(
    (s) => (fromDay === null || s.day >= fromDay) && (toDay === null || s.day <= toDay),
  );
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (!first || !last || last.day === first.day) return null;
  const days = last.day - first.day;
  const changePer30Days = ((last.followers - first.followers) / days) * 30;
  return {
    first: { date: first.date, followers: first.followers },
    last: { date: last.date, followers: last.followers },
    days,
    changePer30Days,
    relativePer30Days: first.followers > 0 ? changePer30Days / first.followers : null,
  };
}

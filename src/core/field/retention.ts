/**
 * When photos and quotes are deleted. They are kept for the session's retention period in whole days after
 * the later of the session's last day and the day the item was made (a photo uploaded a day late still gets
 * the full period), and deleted at the local midnight that ends the period, in the session's time zone.
 * Example: a Car Free Day session ending on Sunday 12 May 2024 in Jakarta with 30 days: kept through
 * Tuesday 11 June, deleted from 00:00 WIB on Wednesday 12 June.
 */
import { z } from 'zod';
import { DAY_MS, localDateOf, startOfLocalDate } from '../audit/local-time.ts';
import type { FieldSession } from './session.ts';

/** A year at most: quotes and photos of the public are kept only as long as the programme needs them. */
export const RetentionDaysSchema = z.int().min(0).max(365);
export const DEFAULT_RETENTION_DAYS = 30;

export type RetentionSession = Pick<FieldSession, 'endsAt' | 'timeZone' | 'retentionDays'>;

export interface Retained {
  id: string;
  /** When the photo was taken or uploaded, or the quote logged; UTC ms. */
  at: number;
}

/** The local date `days` after `date` (`YYYY-MM-DD`), by the calendar, not by 24-hour steps. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The instant from which an item made at `at` is past retention. The session's end is exclusive, so a
 * session ending at local midnight ends on the day before.
 */
export function deleteAt(at: number, session: RetentionSession): number {
  const lastDay = localDateOf(Math.max(at, session.endsAt - 1), session.timeZone);
  const days = Math.max(0, Math.floor(session.retentionDays));
  // startOfLocalDate is only null for a malformed date, which addDays never makes.
  return startOfLocalDate(addDays(lastDay, days + 1), session.timeZone) as number;
}

/** The items that are past retention at `now`, with the instant each became so, in the order given. */
export function pastRetention(
  items: Iterable<Retained>,
  session: RetentionSession,
  now: number,
): Array<{ id: string; deleteAt: number }> {
  const out: Array<{ id: string; deleteAt: number }> = [];
  for (const item of items) {
    const at = deleteAt(item.at, session);
    if (now >= at) out.push({ id: item.id, deleteAt: at });
  }
  return out;
}

/**
 * The facilitator's live dashboard in one answer: the summary, the honest comparison of the variants, the
 * volunteers' counts, the implausible-rate flags (shown, never dropped), the latest quotes, the photos and
 * the tracked links' scans.
 */
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { compareVariants } from '#core/field/compare.ts';
import { rateFlags } from '#core/field/quality.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { fieldTallies, fieldVolunteers } from '../../db/schema.ts';
import { scanCounts } from './links.ts';
import { listPhotos } from './photos.ts';
import type { SessionRow } from './sessions.ts';
import { sessionSummary } from './tallies.ts';

export const LATEST_QUOTES = 50;

export async function sessionDashboard(db: Database, session: SessionRow) {
  // Independent reads, side by side: the projected dashboard asks for all of them at every change.
  const [summary, volunteers, taps, quotes, photos, scans] = await Promise.all([
    sessionSummary(db, session),
    queryRows<{ id: string; name: string; tallies: number }>(
      db,
      sql`select v.id, v.name, count(t.id)::int as tallies
        from ${fieldVolunteers} v
        left join ${fieldTallies} t on t.volunteer_id = v.id and t.session_id = v.session_id
        where v.session_id = ${session.id}
        group by v.id, v.name, v.created_at
        order by tallies desc, v.created_at`,
    ),
    db
      .select({ volunteer: fieldTallies.volunteerId, at: fieldTallies.at })
      .from(fieldTallies)
      .where(and(eq(fieldTallies.sessionId, session.id), isNotNull(fieldTallies.volunteerId))),
    db
      .select({
        id: fieldTallies.id,
        variant: fieldTallies.variant,
        outcome: fieldTallies.outcome,
        team: fieldTallies.team,
        quote: fieldTallies.quote,
        at: fieldTallies.at,
      })
      .from(fieldTallies)
      .where(and(eq(fieldTallies.sessionId, session.id), isNotNull(fieldTallies.quote)))
      .orderBy(desc(fieldTallies.at))
      .limit(LATEST_QUOTES),
    listPhotos(db, session.id),
    scanCounts(db, session),
  ]);
  const names = new Map(volunteers.map((v) => [v.id, v.name]));
  const flags = rateFlags(taps.map((t) => ({ volunteer: t.volunteer ?? '', at: t.at.getTime() }))).map(
    (f) => ({
      volunteer: { id: f.volunteer, name: names.get(f.volunteer) ?? '' },
      from: new Date(f.from).toISOString(),
      to: new Date(f.to).toISOString(),
      tallies: f.tallies,
      rate: f.rate,
    }),
  );
  return {
    summary,
    comparison: compareVariants(summary.by_variant),
    volunteers,
    flags,
    quotes: quotes.map((q) => ({ ...q, at: q.at.toISOString() })),
    photos,
    scans,
  };
}

/**
 * The public's response to a campaign's variants: the field sessions of its programme whose variants name
 * the campaign (`variants[].campaignId`), and their tallies counted in the database, grouped by session,
 * variant and outcome (never read row by row). Whoever may see the campaign may see these counts; the
 * sessions themselves (volunteers, quotes, photos) stay the facilitators'.
 */
import { sql } from 'drizzle-orm';
import { fieldResponse, type LinkedSession, type ResponseCount } from '#core/campaign/field-response.ts';
import { DEFAULT_OUTCOMES, type Outcome, sessionOutcomes } from '#core/field/outcomes.ts';
import type { Scope } from '../../auth/actor.ts';
import { queryRows } from '../../db/client.ts';
import { fieldSessions, fieldTallies } from '../../db/schema.ts';
import { loadCampaign } from './access.ts';

interface LinkedRow {
  session_id: string;
  name: string;
  place: string;
  starts_at: string;
  ends_at: string;
  time_zone: string;
  extra_outcomes: unknown;
  variant_id: string;
  variant_name: string;
  asset_id: string | null;
}

/** A session's outcomes from its stored extras; a stored value that no longer fits keeps the defaults. */
function outcomesOf(stored: unknown): Outcome[] {
  try {
    const extras: unknown = typeof stored === 'string' ? JSON.parse(stored) : stored;
    return sessionOutcomes(Array.isArray(extras) ? extras : []);
  } catch {
    console.error('[campaigns] a field session’s extra outcomes no longer fit; the defaults are shown');
    return [...DEFAULT_OUTCOMES];
  }
}

/** `GET /api/campaigns/:id/field-response`. */
export async function campaignFieldResponse(scope: Scope, campaignId: string) {
  const { campaign } = await loadCampaign(scope, campaignId, 'view');
  // The campaign's variants, one row each, in the order of their sessions and of each session's list.
  const linked = sql`select s.id as session_id, v.value->>'id' as variant
    from ${fieldSessions} s cross join lateral jsonb_array_elements(s.variants) v
    where s.programme_id = ${campaign.programmeId} and v.value->>'campaignId' = ${campaign.id}`;
  const [variants, counts] = await Promise.all([
    queryRows<LinkedRow>(
      scope.db,
      sql`select s.id as session_id, s.name, s.place, to_json(s.starts_at)#>>'{}' as starts_at,
          to_json(s.ends_at)#>>'{}' as ends_at, s.time_zone, s.extra_outcomes,
          v.value->>'id' as variant_id, v.value->>'name' as variant_name,
          nullif(v.value->>'assetId', '') as asset_id
        from ${fieldSessions} s
        cross join lateral jsonb_array_elements(s.variants) with ordinality as v(value, position)
        where s.programme_id = ${campaign.programmeId} and v.value->>'campaignId' = ${campaign.id}
        order by s.starts_at, s.created_at, s.id, v.position`,
    ),
    queryRows<{ session_id: string; variant: string; outcome: string; n: number }>(
      scope.db,
      sql`with linked as (${linked})
        select t.session_id, t.variant, t.outcome, count(*)::int as n
        from ${fieldTallies} t
        join linked l on l.session_id = t.session_id and l.variant = t.variant
        group by t.session_id, t.variant, t.outcome`,
    ),
  ]);
  const sessions = new Map<string, LinkedSession & { variants: LinkedSession['variants'][number][] }>();
  for (const row of variants) {
    let session = sessions.get(row.session_id);
    if (!session) {
      session = {
        id: row.session_id,
        name: row.name,
        place: row.place,
        startsAt: new Date(row.starts_at).toISOString(),
        endsAt: new Date(row.ends_at).toISOString(),
        timeZone: row.time_zone,
        outcomes: outcomesOf(row.extra_outcomes),
        variants: [],
      };
      sessions.set(row.session_id, session);
    }
    session.variants.push({ id: row.variant_id, name: row.variant_name, assetId: row.asset_id });
  }
  const rows: ResponseCount[] = counts.map((c) => ({
    sessionId: c.session_id,
    variant: c.variant,
    outcome: c.outcome,
    n: Number(c.n),
  }));
  return { campaignId: campaign.id, ...fieldResponse([...sessions.values()], rows) };
}

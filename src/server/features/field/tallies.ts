/**
 * Storing a batch of tallies and reading the counts back. A batch is one statement: the valid tallies
 * from one array parameter per column, `on conflict (id) do nothing` so a retry counts nothing twice (an id stored under
 * another session is left where it is and counts as a duplicate), and the notification to live pages in
 * the same statement, so it is sent exactly when the rows are committed.
 */
import { sql } from 'drizzle-orm';
import { AppError } from '#core/errors.ts';
import { type CountRow, type FieldSummary, fromCounts } from '#core/field/summary.ts';
import { checkBatch, type Tally } from '#core/field/tally.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { fieldSessions, fieldTallies } from '../../db/schema.ts';
import type { AppDeps } from '../../http/context.ts';
import { coreSession, type SessionRow } from './sessions.ts';
import type { Volunteer } from './volunteers.ts';

/** The channel of the field campaign's notifications; the payload is a `BatchNotice` as JSON. */
export const FIELD_CHANNEL = 'lantang_field';

/**
 * What a notification says about one stored batch: enough to read exactly its rows back (they share one
 * `received_at`, the statement's time, and lie between the first and the last tap), in ~150 bytes.
 */
export interface BatchNotice {
  /** The session. */
  s: string;
  /** `received_at` of the batch's rows, as PostgreSQL writes a timestamptz (exact to the microsecond). */
  r: string;
  /** The first and last `at` of the batch. */
  a: string;
  b: string;
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ id: string | null; reason: string }>;
}

/**
 * Inserts the valid tallies in one statement; returns how many were new, or null when the session is gone.
 * The batch arrives as one array per column, which PostgreSQL unnests into rows: on PGlite that stores
 * tallies about a third faster than reading the same batch from one JSON document (bench/field.ts).
 *
 * Tallies have no foreign key to their session (see the table): the statement itself stores them only
 * while the session row exists, and holds it (`for key share`) until it commits, so a session deleted
 * meanwhile waits for the batch and then takes its tallies with it. Edits of the session do not wait.
 */
export async function insertTallies(
  db: Database,
  sessionId: string,
  volunteerId: string | null,
  tallies: readonly Tally[],
): Promise<number | null> {
  if (tallies.length === 0) return 0;
  const column = <T>(value: (t: Tally) => T) => sql.param(tallies.map(value));
  const [row] = await queryRows<{ n: number; present: boolean }>(
    db,
    sql`with session as (
      select id from ${fieldSessions} where id = ${sessionId}::uuid for key share
    ), ins as (
      insert into ${fieldTallies} (id, session_id, volunteer_id, variant, outcome, at, team, age_band, gender,
        "group", quote)
      select r.id, session.id, ${volunteerId}::uuid, r.variant, r.outcome, r.at, r.team, r.age_band,
        r.gender, r.grp, r.quote
      from session, unnest(${column((t) => t.id)}::uuid[], ${column((t) => t.variant)}::text[],
        ${column((t) => t.outcome)}::text[], ${column((t) => new Date(t.at).toISOString())}::timestamptz[],
        ${column((t) => t.team)}::text[], ${column((t) => t.ageBand)}::text[], ${column((t) => t.gender)}::text[],
        ${column((t) => t.group)}::text[], ${column((t) => t.quote)}::text[])
        as r(id, variant, outcome, at, team, age_band, gender, grp, quote)
      on conflict (id) do nothing
      returning at, received_at
    ), batch as (
      select count(*)::int as n, min(at) as a, max(at) as b, max(received_at) as r from ins
    )
    select n, exists (select 1 from session) as present, case when n > 0 then pg_notify(${FIELD_CHANNEL},
      json_build_object('s', ${sessionId}::text, 'r', r::text, 'a', a, 'b', b)::text)::text end as notified
    from batch`,
  );
  return row?.present ? row.n : null;
}

/** `POST /api/field/tallies`: checks the batch against the volunteer's session and stores the valid ones. */
export async function ingestTallies(
  { db, now }: Pick<AppDeps, 'db' | 'now'>,
  volunteer: Volunteer,
  body: unknown,
): Promise<IngestResult> {
  const session = volunteer.session;
  const { valid, rejected } = checkBatch(body, { ...coreSession(session), now: now().getTime() });
  const accepted = await insertTallies(db, session.id, volunteer.id, valid);
  // The session was deleted after the token was read: the token leads nowhere any more.
  if (accepted === null) throw new AppError('unauthenticated');
  return { accepted, duplicates: valid.length - accepted, rejected };
}

/** The summary from grouped counts per 15-minute UTC slot (exact for every zone; see docs/field.md). */
export async function sessionSummary(db: Database, session: SessionRow): Promise<FieldSummary> {
  const rows = await queryRows<CountRow>(
    db,
    sql`select variant, team, (floor(extract(epoch from at) / 900) * 900000)::float8 as hour, outcome,
        count(*)::int as n
      from ${fieldTallies} where session_id = ${session.id}
      group by 1, 2, 3, 4`,
  );
  return fromCounts(rows, coreSession(session));
}

export interface LiveTally {
  id: string;
  variant: string;
  outcome: string;
  at: string;
  team: string | null;
  age_band: string | null;
  gender: string | null;
  group: string | null;
  quote: string | null;
}

/** The rows of the notified batches (and of any other batch stored at the very same microsecond). */
export async function tallyRowsOf(db: Database, sessionId: string, notices: readonly BatchNotice[]) {
  if (notices.length === 0) return [];
  // Compared as instants: PostgreSQL writes the offset of its connection's zone, not always `+00:00`.
  const from = new Date(Math.min(...notices.map((n) => Date.parse(n.a)))).toISOString();
  const to = new Date(Math.max(...notices.map((n) => Date.parse(n.b)))).toISOString();
  const received = JSON.stringify(notices.map((n) => n.r));
  return queryRows<LiveTally>(
    db,
    sql`select id, variant, outcome, to_json(at)#>>'{}' as at, team, age_band, gender, "group", quote
      from ${fieldTallies}
      where session_id = ${sessionId} and at between ${from}::timestamptz and ${to}::timestamptz
        and received_at in (select value::timestamptz from json_array_elements_text(${received}::json))
      order by at, id`,
  );
}

/**
 * Volunteers join a field session with its code and a name, no account: they get a random token, kept only
 * as its hash, so it survives restarts and works on every app instance. The token is what the page sends
 * with every batch of tallies, every photo and the live stream.
 */
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { AppError } from '#core/errors.ts';
import { beginAttempt, forgetAttempt, LIMITS } from '../../auth/rate-limit.ts';
import { sha256Hex } from '../../crypto.ts';
import { type Database, queryRows } from '../../db/client.ts';
import { fieldSessions, fieldVolunteers, teams } from '../../db/schema.ts';
import type { AppDeps, AppEnv } from '../../http/context.ts';
import { outcomesOf, type SessionRow, variantsOf } from './sessions.ts';

export interface Volunteer {
  id: string;
  name: string;
  session: SessionRow;
}

/**
 * Joins a session. Every attempt counts towards the per-address limit of joins (an unknown code is a guess);
 * a successful one is forgiven, so a crowd of volunteers behind one Wi-Fi can all join.
 */
export async function joinFieldSession(
  { db, now }: Pick<AppDeps, 'db' | 'now'>,
  input: { code: string; name: string },
  ip: string,
) {
  const attempt = await beginAttempt(db, [LIMITS.joinIp(ip)], now());
  const [session] = await db
    .select()
    .from(fieldSessions)
    .where(eq(fieldSessions.joinCode, input.code))
    .limit(1);
  if (!session) throw new AppError('join_code_invalid');
  await forgetAttempt(db, attempt);
  const token = randomBytes(32).toString('base64url');
  const [volunteer] = await db
    .insert(fieldVolunteers)
    .values({ sessionId: session.id, name: input.name, tokenHash: sha256Hex(token) })
    .returning({ id: fieldVolunteers.id });
  if (!volunteer) throw new Error('volunteer insert returned nothing');
  return {
    token,
    volunteer: { id: volunteer.id, name: input.name },
    session: await volunteerSession(db, session),
  };
}

/**
 * The session as a volunteer's page shows it: the `session` of the join answer, and of
 * `GET /api/field/session`, which the page reads again to follow a facilitator's changes.
 */
export async function volunteerSession(db: Database, session: SessionRow) {
  const teamRows =
    session.teamIds.length === 0
      ? []
      : await db
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(eq(teams.programmeId, session.programmeId));
  const names = new Map(teamRows.map((t) => [t.id, t.name]));
  return {
    id: session.id,
    name: session.name,
    place: session.place,
    startsAt: session.startsAt.toISOString(),
    endsAt: session.endsAt.toISOString(),
    timeZone: session.timeZone,
    variants: variantsOf(session).map((v) => ({ id: v.id, name: v.name })),
    outcomes: outcomesOf(session).map((o) => ({ id: o.id, label: o.label, colour: o.colour })),
    teams: session.teamIds.map((id) => ({ id, name: names.get(id) ?? '' })),
  };
}

/** The bearer token of a request (`Authorization: Bearer …`), or with `query`, also `?token=`. */
export function bearerToken(c: Context<AppEnv>, query = false): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (match?.[1]) return match[1];
  return query ? (c.req.query('token') ?? null) : null;
}

/**
 * Sessions as last read, per database, with the row version (`xmin`, which every update of the row changes)
 * they were read at. Every batch of tallies needs its session's variants and outcomes; reading the whole
 * row (JSON columns included) for each batch cost PGlite more than storing the batch's tallies did. The
 * version comes with the token lookup, so an edited session is read again on the very next batch, on
 * every app instance.
 */
const sessionsRead = new WeakMap<Database, Map<string, { version: string; session: SessionRow }>>();
const SESSIONS_KEPT = 200;

async function sessionAtVersion(db: Database, id: string, version: string): Promise<SessionRow | null> {
  let kept = sessionsRead.get(db);
  if (!kept) {
    kept = new Map();
    sessionsRead.set(db, kept);
  }
  const known = kept.get(id);
  if (known?.version === version) return known.session;
  const [row] = await db
    .select({ session: fieldSessions, version: sql<string>`${fieldSessions}.xmin::text` })
    .from(fieldSessions)
    .where(eq(fieldSessions.id, id));
  if (!row) return null;
  kept.delete(id);
  if (kept.size >= SESSIONS_KEPT) kept.delete(kept.keys().next().value as string);
  kept.set(id, row);
  return row.session;
}

export async function findVolunteer(db: Database, token: string): Promise<Volunteer | null> {
  const [row] = await queryRows<{ id: string; name: string; session_id: string; version: string }>(
    db,
    sql`select v.id, v.name, v.session_id, s.xmin::text as version
      from ${fieldVolunteers} v join ${fieldSessions} s on s.id = v.session_id
      where v.token_hash = ${sha256Hex(token)} limit 1`,
  );
  if (!row) return null;
  const session = await sessionAtVersion(db, row.session_id, row.version);
  return session ? { id: row.id, name: row.name, session } : null;
}

/** The volunteer of the request's bearer token, or 401. */
export async function requireVolunteer(c: Context<AppEnv>, query = false): Promise<Volunteer> {
  const token = bearerToken(c, query);
  const volunteer = token ? await findVolunteer(c.get('deps').db, token) : null;
  if (!volunteer) throw new AppError('unauthenticated');
  return volunteer;
}

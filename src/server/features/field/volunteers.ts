/**
 * Volunteers join a field session with its code and a name, no account: they get a random token, kept only
 * as its hash, so it survives restarts and works on every app instance. The token is what the page sends
 * with every batch of tallies, every photo and the live stream.
 */
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { AppError } from '#core/errors.ts';
import { beginAttempt, forgetAttempt, LIMITS } from '../../auth/rate-limit.ts';
import { sha256Hex } from '../../crypto.ts';
import type { Database } from '../../db/client.ts';
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
  const teamRows =
    session.teamIds.length === 0
      ? []
      : await db
          .select({ id: teams.id, name: teams.name })
          .from(teams)
          .where(eq(teams.programmeId, session.programmeId));
  const names = new Map(teamRows.map((t) => [t.id, t.name]));
  return {
    token,
    volunteer: { id: volunteer.id, name: input.name },
    session: {
      id: session.id,
      name: session.name,
      place: session.place,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      timeZone: session.timeZone,
      variants: variantsOf(session).map((v) => ({ id: v.id, name: v.name })),
      outcomes: outcomesOf(session).map((o) => ({ id: o.id, label: o.label, colour: o.colour })),
      teams: session.teamIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    },
  };
}

/** The bearer token of a request (`Authorization: Bearer …`), or with `query`, also `?token=`. */
export function bearerToken(c: Context<AppEnv>, query = false): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (match?.[1]) return match[1];
  return query ? (c.req.query('token') ?? null) : null;
}

export async function findVolunteer(db: Database, token: string): Promise<Volunteer | null> {
  const [row] = await db
    .select({ id: fieldVolunteers.id, name: fieldVolunteers.name, session: fieldSessions })
    .from(fieldVolunteers)
    .innerJoin(fieldSessions, eq(fieldSessions.id, fieldVolunteers.sessionId))
    .where(eq(fieldVolunteers.tokenHash, sha256Hex(token)))
    .limit(1);
  return row ?? null;
}

/** The volunteer of the request's bearer token, or 401. */
export async function requireVolunteer(c: Context<AppEnv>, query = false): Promise<Volunteer> {
  const token = bearerToken(c, query);
  const volunteer = token ? await findVolunteer(c.get('deps').db, token) : null;
  if (!volunteer) throw new AppError('unauthenticated');
  return volunteer;
}

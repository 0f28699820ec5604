import { randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { isLocale } from '#core/i18n/locales.ts';
import { sha256Hex } from '../crypto.ts';
import type { Database } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import type { SessionUser } from '../http/context.ts';

export const SESSION_COOKIE = 'lantang_session';

/** Session rows are keyed by the token's hash; the token itself only ever lives in the cookie. */
export function sessionIdOf(token: string): string {
  return sha256Hex(token);
}

export async function createSession(
  db: Database,
  userId: string,
  now: Date,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await db.insert(sessions).values({ id: sessionIdOf(token), userId, createdAt: now, expiresAt });
  // Opportunistic clean-up keeps the table small without a scheduler.
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  return { token, expiresAt };
}

export async function findSessionUser(db: Database, token: string, now: Date): Promise<SessionUser | null> {
  const id = sessionIdOf(token);
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      locale: users.locale,
      isPlatformAdmin: users.isPlatformAdmin,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  return { ...row, locale: isLocale(row.locale) ? row.locale : 'id', sessionId: id };
}

export async function deleteSession(db: Database, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteOtherSessions(
  db: Database,
  userId: string,
  keepSessionId: string,
): Promise<void> {
  const all = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId));
  for (const s of all) if (s.id !== keepSessionId) await deleteSession(db, s.id);
}

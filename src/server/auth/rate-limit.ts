import { and, count, eq, gt, inArray, lt } from 'drizzle-orm';
import { AppError } from '#core/errors.ts';
import type { Database } from '../db/client.ts';
import { authFailures } from '../db/schema.ts';

/**
 * Failed attempts are rows in the database (not process memory), so the limit holds across restarts and
 * across several app instances behind a load balancer.
 *
 * An attempt is written *before* the slow password check and counted with itself included; a success
 * deletes it again. Checking first and writing after would let a burst of parallel guesses all pass
 * while the hashes are computed.
 */
export const WINDOW_MINUTES = 15;

export interface Limit {
  key: string;
  max: number;
}

export const LIMITS = {
  /** Per account: a slow brute force on one person's password. */
  account: (email: string): Limit => ({ key: `login:account:${email}`, max: 5 }),
  /** Per IP: one machine trying many accounts. */
  ip: (ip: string): Limit => ({ key: `login:ip:${ip}`, max: 20 }),
  /** Per programme + name: guessing a returning participant's PIN. */
  join: (programmeId: string, name: string): Limit => ({ key: `join:${programmeId}:${name}`, max: 5 }),
  joinIp: (ip: string): Limit => ({ key: `join:ip:${ip}`, max: 30 }),
  /** Per user: trying personal codes to reach someone else's assessment answers. */
  personalCode: (userId: string): Limit => ({ key: `code:user:${userId}`, max: 10 }),
};

export interface Attempt {
  ids: string[];
}

/** Records an attempt under every limit, then refuses it if any limit is now exceeded. */
export async function beginAttempt(db: Database, limits: Limit[], now: Date): Promise<Attempt> {
  const rows = await db
    .insert(authFailures)
    .values(limits.map((l) => ({ key: l.key, at: now })))
    .returning({ id: authFailures.id });
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  for (const limit of limits) {
    const [row] = await db
      .select({ n: count() })
      .from(authFailures)
      .where(and(eq(authFailures.key, limit.key), gt(authFailures.at, since)));
    if ((row?.n ?? 0) > limit.max)
      throw new AppError('rate_limited', { params: { minutes: WINDOW_MINUTES } });
  }
  await db.delete(authFailures).where(lt(authFailures.at, new Date(now.getTime() - 24 * 3_600_000)));
  return { ids: rows.map((r) => r.id) };
}

/** A successful attempt does not count against anyone. */
export async function forgetAttempt(db: Database, attempt: Attempt): Promise<void> {
  if (attempt.ids.length > 0) await db.delete(authFailures).where(inArray(authFailures.id, attempt.ids));
}

/** After a success, earlier failures of this key are forgiven too (a person who finally got it right). */
export async function clearFailures(db: Database, limit: Limit): Promise<void> {
  await db.delete(authFailures).where(eq(authFailures.key, limit.key));
}

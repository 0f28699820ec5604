import { and, count, eq, gt, lt } from 'drizzle-orm';
import { AppError } from '#core/errors.ts';
import type { Database } from '../db/client.ts';
import { authFailures } from '../db/schema.ts';

/**
 * Failed attempts are rows in the database (not process memory), so the limit holds across restarts and
 * across several app instances behind a load balancer.
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
};

export async function assertNotLimited(db: Database, limits: Limit[], now: Date): Promise<void> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  for (const limit of limits) {
    const [row] = await db
      .select({ n: count() })
      .from(authFailures)
      .where(and(eq(authFailures.key, limit.key), gt(authFailures.at, since)));
    if ((row?.n ?? 0) >= limit.max)
      throw new AppError('rate_limited', { params: { minutes: WINDOW_MINUTES } });
  }
}

export async function recordFailure(db: Database, limits: Limit[], now: Date): Promise<void> {
  await db.insert(authFailures).values(limits.map((l) => ({ key: l.key, at: now })));
  await db.delete(authFailures).where(lt(authFailures.at, new Date(now.getTime() - 24 * 3_600_000)));
}

export async function clearFailures(db: Database, limit: Limit): Promise<void> {
  await db.delete(authFailures).where(eq(authFailures.key, limit.key));
}

import { and, eq, isNull } from 'drizzle-orm';
import { normaliseJoinName } from '#core/auth/schemas.ts';
import { AppError } from '#core/errors.ts';
import { isLocale, type Locale } from '#core/i18n/locales.ts';
import { writeAudit } from '../../audit/log.ts';
import { hashSecret, verifySecret } from '../../auth/password.ts';
import { beginAttempt, clearFailures, forgetAttempt, LIMITS } from '../../auth/rate-limit.ts';
import { createSession, deleteOtherSessions } from '../../auth/sessions.ts';
import type { Database } from '../../db/client.ts';
import { duplicateAs } from '../../db/errors.ts';
import {
  joinCodes,
  organisations,
  programmeMembers,
  programmeOrganisations,
  programmes,
  users,
} from '../../db/schema.ts';
import type { AppDeps, SessionUser } from '../../http/context.ts';

type Deps = Pick<AppDeps, 'db' | 'now' | 'config'>;
type Signed = { user: Omit<SessionUser, 'sessionId'>; token: string };

function toSessionUser(row: typeof users.$inferSelect): Omit<SessionUser, 'sessionId'> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: isLocale(row.locale) ? row.locale : 'id',
    isPlatformAdmin: row.isPlatformAdmin,
  };
}

export async function signIn(
  { db, now, config }: Deps,
  input: { email: string; password: string },
  ip: string,
): Promise<Signed> {
  const attempt = await beginAttempt(db, [LIMITS.account(input.email), LIMITS.ip(ip)], now());
  const [row] = await db.select().from(users).where(eq(users.email, input.email)).limit(1);
  const ok = await verifySecret(input.password, row?.passwordHash ?? null);
  if (!row || !ok || row.disabledAt) {
    await writeAudit(db, {
      actorUserId: row?.id ?? null,
      action: 'auth.login_failed',
      ip,
      details: { email: input.email },
    });
    throw new AppError('invalid_credentials');
  }
  await forgetAttempt(db, attempt);
  await clearFailures(db, LIMITS.account(input.email));
  const { token } = await createSession(db, row.id, now(), config.sessionDays);
  await writeAudit(db, {
    actorUserId: row.id,
    action: 'auth.login',
    targetType: 'user',
    targetId: row.id,
    ip,
  });
  return { user: toSessionUser(row), token };
}

export async function changePassword(
  db: Database,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<void> {
  const [row] = await db.select().from(users).where(eq(users.id, user.id)).limit(1);
  if (!row?.passwordHash || !(await verifySecret(input.currentPassword, row.passwordHash))) {
    throw new AppError('current_password_wrong');
  }
  await db
    .update(users)
    .set({ passwordHash: await hashSecret(input.newPassword) })
    .where(eq(users.id, user.id));
  // Whoever else held a session with the old password is signed out.
  await deleteOtherSessions(db, user.id, user.sessionId);
  await writeAudit(db, {
    actorUserId: user.id,
    action: 'auth.password_changed',
    targetType: 'user',
    targetId: user.id,
    ip,
  });
}

export async function updateMe(
  db: Database,
  userId: string,
  input: { locale?: Locale | undefined; name?: string | undefined },
) {
  const patch: Partial<typeof users.$inferInsert> = {};
  if (input.locale) patch.locale = input.locale;
  if (input.name) patch.name = input.name;
  if (Object.keys(patch).length > 0) await db.update(users).set(patch).where(eq(users.id, userId));
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!row) throw new AppError('not_found');
  return toSessionUser(row);
}

async function findActiveCode(db: Database, code: string) {
  const [row] = await db
    .select({ programmeId: joinCodes.programmeId })
    .from(joinCodes)
    .where(and(eq(joinCodes.code, code), eq(joinCodes.active, true)))
    .limit(1);
  if (!row) throw new AppError('join_code_invalid');
  return row.programmeId;
}

export async function previewJoin(db: Database, code: string) {
  const programmeId = await findActiveCode(db, code);
  const [programme] = await db
    .select({
      id: programmes.id,
      name: programmes.name,
      startsOn: programmes.startsOn,
      endsOn: programmes.endsOn,
      venue: programmes.venue,
    })
    .from(programmes)
    .where(eq(programmes.id, programmeId));
  if (!programme) throw new AppError('join_code_invalid');
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(programmeOrganisations)
    .innerJoin(organisations, eq(organisations.id, programmeOrganisations.organisationId))
    .where(eq(programmeOrganisations.programmeId, programmeId))
    .orderBy(organisations.name);
  return { programme, organisations: orgs };
}

/**
 * Joining with a code: a new name becomes a participant; the same code + name + PIN signs that participant
 * in again on any device. Wrong PINs count towards a rate limit per programme and name.
 */
export async function joinWithCode(
  { db, now, config }: Deps,
  input: { code: string; name: string; pin: string; organisationId?: string | null | undefined },
  ip: string,
): Promise<Signed & { programmeId: string; returning: boolean }> {
  const programmeId = await findActiveCode(db, input.code);
  const joinName = normaliseJoinName(input.name);
  const attempt = await beginAttempt(db, [LIMITS.join(programmeId, joinName), LIMITS.joinIp(ip)], now());

  const [existing] = await db
    .select({ user: users })
    .from(programmeMembers)
    .innerJoin(users, eq(users.id, programmeMembers.userId))
    .where(and(eq(programmeMembers.programmeId, programmeId), eq(programmeMembers.joinName, joinName)))
    .limit(1);

  if (existing) {
    if (!(await verifySecret(input.pin, existing.user.pinHash)) || existing.user.disabledAt) {
      await writeAudit(db, {
        actorUserId: null,
        action: 'auth.join_failed',
        targetType: 'programme',
        targetId: programmeId,
        ip,
      });
      throw new AppError('join_pin_mismatch');
    }
    await forgetAttempt(db, attempt);
    await clearFailures(db, LIMITS.join(programmeId, joinName));
    const { token } = await createSession(db, existing.user.id, now(), config.sessionDays);
    await writeAudit(db, {
      actorUserId: existing.user.id,
      action: 'auth.join',
      targetType: 'programme',
      targetId: programmeId,
      ip,
      details: { returning: true },
    });
    return { user: toSessionUser(existing.user), token, programmeId, returning: true };
  }

  if (input.organisationId) {
    const [allowed] = await db
      .select({ id: programmeOrganisations.organisationId })
      .from(programmeOrganisations)
      .where(
        and(
          eq(programmeOrganisations.programmeId, programmeId),
          eq(programmeOrganisations.organisationId, input.organisationId),
        ),
      );
    if (!allowed) throw new AppError('validation', { fields: [{ field: 'organisationId', rule: 'choice' }] });
  }
  const pinHash = await hashSecret(input.pin);
  const user = await db
    .transaction(async (tx) => {
      const [created] = await tx.insert(users).values({ name: input.name, pinHash }).returning();
      if (!created) throw new AppError('internal');
      await tx.insert(programmeMembers).values({
        programmeId,
        userId: created.id,
        role: 'participant',
        organisationId: input.organisationId ?? null,
        joinName,
      });
      return created;
    })
    // Two phones joining with the same new name at the same moment: the second is told the name is taken.
    .catch(duplicateAs());
  // Joining is not a failure: phones behind one venue router share an address and must not use up its limit.
  await forgetAttempt(db, attempt);
  const { token } = await createSession(db, user.id, now(), config.sessionDays);
  await writeAudit(db, {
    actorUserId: user.id,
    action: 'auth.join',
    targetType: 'programme',
    targetId: programmeId,
    ip,
    details: { returning: false },
  });
  return { user: toSessionUser(user), token, programmeId, returning: false };
}

export async function userById(db: Database, id: string) {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)))
    .limit(1);
  return row ? toSessionUser(row) : null;
}

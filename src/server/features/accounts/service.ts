import { randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { canInvite, canManageAccounts } from '#core/access/policy.ts';
import type {
  AcceptInvitationInput,
  CreateInvitationInput,
  CreateUserInput,
  UpdateUserInput,
} from '#core/auth/schemas.ts';
import { AppError } from '#core/errors.ts';
import { writeAudit } from '../../audit/log.ts';
import type { Scope } from '../../auth/actor.ts';
import { hashSecret } from '../../auth/password.ts';
import { createSession } from '../../auth/sessions.ts';
import { sha256Hex } from '../../crypto.ts';
import type { Database } from '../../db/client.ts';
import { duplicateAs } from '../../db/errors.ts';
import {
  auditLog,
  invitations,
  organisationRoles,
  organisations,
  programmeMembers,
  programmes,
  users,
} from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';

const INVITATION_DAYS = 14;

function presentUser(u: typeof users.$inferSelect) {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    isPlatformAdmin: u.isPlatformAdmin,
    disabled: u.disabledAt !== null,
    createdAt: u.createdAt.toISOString(),
  };
}

export async function listUsers(scope: Scope) {
  if (!canManageAccounts(scope.actor)) throw new AppError('forbidden');
  const rows = await scope.db.select().from(users).orderBy(users.name);
  return rows.map(presentUser);
}

/** Creates an account with a password; used by admins in the UI and by `lantang user create`. */
export async function createAccount(db: Database, input: z.output<typeof CreateUserInput>) {
  const passwordHash = await hashSecret(input.password);
  const [row] = await db
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      passwordHash,
      isPlatformAdmin: input.isPlatformAdmin ?? false,
      locale: input.locale ?? 'id',
    })
    .returning()
    .catch(duplicateAs('email_taken'));
  if (!row) throw new AppError('internal');
  return presentUser(row);
}

export async function createUser(scope: Scope, input: z.output<typeof CreateUserInput>, ip: string) {
  if (!canManageAccounts(scope.actor)) throw new AppError('forbidden');
  const user = await createAccount(scope.db, input);
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'user.created',
    targetType: 'user',
    targetId: user.id,
    ip,
  });
  return user;
}

export async function updateUser(
  scope: Scope,
  id: string,
  input: z.output<typeof UpdateUserInput>,
  ip: string,
) {
  if (!canManageAccounts(scope.actor)) throw new AppError('forbidden');
  const [current] = await scope.db
    .select()
    .from(users)
    .where(eq(users.id, assertUuid(id)))
    .limit(1);
  if (!current) throw new AppError('not_found');
  // An admin cannot lock themself out by mistake.
  if (current.id === scope.actor.userId && (input.disabled === true || input.isPlatformAdmin === false)) {
    throw new AppError('forbidden');
  }
  const [row] = await scope.db
    .update(users)
    .set({
      name: input.name ?? current.name,
      isPlatformAdmin: input.isPlatformAdmin ?? current.isPlatformAdmin,
      disabledAt: input.disabled === undefined ? current.disabledAt : input.disabled ? new Date() : null,
    })
    .where(eq(users.id, current.id))
    .returning();
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'user.updated',
    targetType: 'user',
    targetId: current.id,
    ip,
    details: { ...input },
  });
  return presentUser(row ?? current);
}

export async function listAuditLog(scope: Scope, limit: number) {
  if (!canManageAccounts(scope.actor)) throw new AppError('forbidden');
  const rows = await scope.db
    .select({ entry: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .orderBy(desc(auditLog.at))
    .limit(limit);
  return rows.map(({ entry, actorName }) => ({ ...entry, at: entry.at.toISOString(), actorName }));
}

// --- invitations ---------------------------------------------------------------------------------

const tokenHash = sha256Hex;

export async function createInvitation(
  scope: Scope,
  input: z.output<typeof CreateInvitationInput>,
  origin: string,
  now: Date,
  ip: string,
) {
  const target = {
    organisationId: input.organisationId ?? null,
    programmeId: input.programmeId ?? null,
    platformAdmin: input.isPlatformAdmin ?? false,
  };
  if (target.organisationId) assertUuid(target.organisationId);
  if (target.programmeId) assertUuid(target.programmeId);
  if (!canInvite(scope.actor, scope.tree, target)) throw new AppError('forbidden');
  if (target.organisationId && !scope.tree.has(target.organisationId)) throw new AppError('not_found');
  const token = randomBytes(24).toString('base64url');
  const [row] = await scope.db
    .insert(invitations)
    .values({
      tokenHash: tokenHash(token),
      email: input.email,
      name: input.name ?? '',
      isPlatformAdmin: target.platformAdmin,
      organisationId: target.organisationId,
      organisationRole: target.organisationId ? (input.organisationRole ?? 'member') : null,
      programmeId: target.programmeId,
      programmeRole: target.programmeId ? (input.programmeRole ?? 'participant') : null,
      invitedBy: scope.actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    })
    .returning();
  if (!row) throw new AppError('internal');
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'invitation.created',
    targetType: 'invitation',
    targetId: row.id,
    ip,
    details: { email: input.email, organisationId: target.organisationId, programmeId: target.programmeId },
  });
  return {
    invitation: { id: row.id, email: row.email, expiresAt: row.expiresAt.toISOString() },
    url: `${origin}/invite/${token}`,
  };
}

async function openInvitation(db: Database, token: string, now: Date) {
  const [row] = await db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.tokenHash, tokenHash(token)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .limit(1);
  if (!row) throw new AppError('invitation_invalid');
  return row;
}

export async function previewInvitation(db: Database, token: string, now: Date) {
  const inv = await openInvitation(db, token, now);
  const [org] = inv.organisationId
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, inv.organisationId))
    : [];
  const [programme] = inv.programmeId
    ? await db
        .select({ id: programmes.id, name: programmes.name })
        .from(programmes)
        .where(eq(programmes.id, inv.programmeId))
    : [];
  return { email: inv.email, name: inv.name, organisation: org ?? null, programme: programme ?? null };
}

export async function acceptInvitation(
  db: Database,
  token: string,
  input: z.output<typeof AcceptInvitationInput>,
  now: Date,
  sessionDays: number,
  ip: string,
) {
  const inv = await openInvitation(db, token, now);
  const passwordHash = await hashSecret(input.password);
  const user = await db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: inv.email, name: input.name, passwordHash, isPlatformAdmin: inv.isPlatformAdmin })
      .returning()
      .catch(duplicateAs('email_taken'));
    if (!created) throw new AppError('internal');
    if (inv.organisationId && inv.organisationRole) {
      await tx
        .insert(organisationRoles)
        .values({ organisationId: inv.organisationId, userId: created.id, role: inv.organisationRole });
    }
    if (inv.programmeId && inv.programmeRole) {
      await tx.insert(programmeMembers).values({
        programmeId: inv.programmeId,
        userId: created.id,
        role: inv.programmeRole,
        organisationId: inv.organisationId,
      });
    }
    await tx.update(invitations).set({ acceptedAt: now }).where(eq(invitations.id, inv.id));
    return created;
  });
  const { token: sessionToken } = await createSession(db, user.id, now, sessionDays);
  await writeAudit(db, {
    actorUserId: user.id,
    action: 'invitation.accepted',
    targetType: 'invitation',
    targetId: inv.id,
    ip,
  });
  return { user, sessionToken };
}

import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  canCreateOrganisation,
  canManageOrganisation,
  canViewOrganisationPrivate,
} from '#core/access/policy.ts';
import { AppError } from '#core/errors.ts';
import type {
  CreateOrganisationInput,
  SetOrganisationMemberInput,
  UpdateOrganisationInput,
} from '#core/organisation/schemas.ts';
import { writeAudit } from '../../audit/log.ts';
import type { Scope } from '../../auth/actor.ts';
import { organisationRoles, organisations, users } from '../../db/schema.ts';
import { assertUuid } from '../../http/ids.ts';

function present(o: typeof organisations.$inferSelect) {
  return { id: o.id, name: o.name, shortName: o.shortName, kind: o.kind, parentId: o.parentId };
}

/** Organisation names and the hierarchy are not private: every signed-in person may list them. */
export async function listOrganisations(scope: Scope) {
  const rows = await scope.db.select().from(organisations).orderBy(asc(organisations.name));
  return rows.map(present);
}

async function organisationOf(scope: Scope, id: string) {
  const [row] = await scope.db
    .select()
    .from(organisations)
    .where(eq(organisations.id, assertUuid(id)))
    .limit(1);
  if (!row) throw new AppError('not_found');
  return row;
}

export async function getOrganisation(scope: Scope, id: string) {
  const org = await organisationOf(scope, id);
  if (!canViewOrganisationPrivate(scope.actor, scope.tree, org.id)) throw new AppError('not_found');
  const members = await scope.db
    .select({ userId: users.id, name: users.name, email: users.email, role: organisationRoles.role })
    .from(organisationRoles)
    .innerJoin(users, eq(users.id, organisationRoles.userId))
    .where(eq(organisationRoles.organisationId, org.id))
    .orderBy(asc(users.name));
  return {
    organisation: present(org),
    members,
    can: { manage: canManageOrganisation(scope.actor, scope.tree, org.id) },
  };
}

export async function createOrganisation(
  scope: Scope,
  input: z.output<typeof CreateOrganisationInput>,
  ip: string,
) {
  const parentId = input.parentId ?? null;
  if (parentId) await organisationOf(scope, parentId);
  if (!canCreateOrganisation(scope.actor, scope.tree, parentId)) throw new AppError('forbidden');
  const [row] = await scope.db
    .insert(organisations)
    .values({
      name: input.name,
      shortName: input.shortName ?? null,
      kind: input.kind,
      parentId,
      country: input.country ?? null,
    })
    .returning();
  if (!row) throw new AppError('internal');
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'organisation.created',
    targetType: 'organisation',
    targetId: row.id,
    ip,
  });
  return present(row);
}

export async function updateOrganisation(
  scope: Scope,
  id: string,
  input: z.output<typeof UpdateOrganisationInput>,
  ip: string,
) {
  const org = await organisationOf(scope, id);
  if (!canViewOrganisationPrivate(scope.actor, scope.tree, org.id)) throw new AppError('not_found');
  if (!canManageOrganisation(scope.actor, scope.tree, org.id)) throw new AppError('forbidden');
  const [row] = await scope.db
    .update(organisations)
    .set({
      name: input.name ?? org.name,
      shortName: input.shortName === undefined ? org.shortName : input.shortName,
      kind: input.kind ?? org.kind,
    })
    .where(eq(organisations.id, org.id))
    .returning();
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'organisation.updated',
    targetType: 'organisation',
    targetId: org.id,
    ip,
    details: { fields: Object.keys(input) },
  });
  return present(row ?? org);
}

async function guardMembers(scope: Scope, id: string) {
  const org = await organisationOf(scope, id);
  if (!canViewOrganisationPrivate(scope.actor, scope.tree, org.id)) throw new AppError('not_found');
  if (!canManageOrganisation(scope.actor, scope.tree, org.id)) throw new AppError('forbidden');
  return org;
}

export async function setOrganisationMember(
  scope: Scope,
  id: string,
  input: z.output<typeof SetOrganisationMemberInput>,
  ip: string,
) {
  const org = await guardMembers(scope, id);
  const [user] = await scope.db.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (!user) throw new AppError('validation', { fields: [{ field: 'email', rule: 'unknown_account' }] });
  await scope.db
    .insert(organisationRoles)
    .values({ organisationId: org.id, userId: user.id, role: input.role })
    .onConflictDoUpdate({
      target: [organisationRoles.organisationId, organisationRoles.userId],
      set: { role: input.role },
    });
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'organisation.member_set',
    targetType: 'organisation',
    targetId: org.id,
    ip,
    details: { userId: user.id, role: input.role },
  });
}

export async function removeOrganisationMember(scope: Scope, id: string, userId: string, ip: string) {
  const org = await guardMembers(scope, id);
  const removed = await scope.db
    .delete(organisationRoles)
    .where(
      and(eq(organisationRoles.organisationId, org.id), eq(organisationRoles.userId, assertUuid(userId))),
    )
    .returning();
  if (removed.length === 0) throw new AppError('not_found');
  await writeAudit(scope.db, {
    actorUserId: scope.actor.userId,
    action: 'organisation.member_removed',
    targetType: 'organisation',
    targetId: org.id,
    ip,
    details: { userId },
  });
}
